"""What the staff commands do (``inbox-agent status``, ``list``, ``mark-paid``, ...).

The logic lives in the office wing and returns data or text; ``cli`` only parses
arguments and prints. Everything a person reads is in the staff language
(``[office] language``, German by default); ``--json`` data has English keys and ids.
This module gathers the commands' public names from where they live:

* ``common``: ``StaffError``, who acts, the store for a command, finding a record;
* ``reports``: ``status``, ``list``, ``show`` (data and text);
* ``actions``: ``mark-paid``, ``note``, ``set-state``, ``resend``, ``deliver``;
* ``forget``: the erasure of a person; ``circulars``: ``notify``.

Sharing the store with a running daemon: a changing command opens the store without
holding its lock and does its work inside ``store.exclusive(LOCK_WAIT)``: it waits for
the daemon's current job (a poll takes a second or two) to end, re-reads what the
daemon committed, checks its input against that, changes, commits and lets go. So the
office never has to stop the daemon, and never overwrites what the daemon just did.
Reading commands (``status``, ``list``, ``show``, ``export``) read the file as it is:
every write replaces it atomically, so a reader always sees one whole commit.

Who did it: every change records ``by`` (``--by``, else ``$INBOX_AGENT_STAFF``, else
the login name) in the attendee's history or notes.
"""

from __future__ import annotations

from inbox_agent.office.actions import Change, add_note, deliver, mark_paid, resend, set_state
from inbox_agent.office.circulars import Circular, plan_circular, send_circular
from inbox_agent.office.common import (
    LOCK_WAIT,
    QUEUED,
    StaffError,
    attendees,
    find,
    json_safe,
    open_store,
    parse_states,
    table,
    who,
)
from inbox_agent.office.forget import ERASED, forget
from inbox_agent.office.labels import KIND_LABELS, TASK_LABELS
from inbox_agent.office.reports import list_rows, list_text, show, show_text, status, status_text

__all__ = ["StaffError", "LOCK_WAIT", "QUEUED", "ERASED", "who", "parse_states", "open_store",
           "attendees", "find", "table", "status", "status_text", "list_rows", "list_text",
           "show", "show_text", "mark_paid", "add_note", "set_state", "resend", "deliver",
           "forget", "plan_circular", "send_circular", "Circular", "Change", "json_safe",
           "KIND_LABELS", "TASK_LABELS"]
