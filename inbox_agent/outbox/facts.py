"""The facts every template may use: the event, the office, deadlines, fees, payment.

Each event has its own (``[[event]]`` with its sections): ``base_context`` gives the
facts of the event ``event`` names (its ``id``), or of the config's only event.
"""

from __future__ import annotations

from inbox_agent.config import Config
from inbox_agent.registrations import EventRules


def base_context(config: Config, event: EventRules) -> dict:
    """Values every template may use: the event, the office, deadlines and fees."""
    setup = _setup(config, event)
    ev, deadlines, fees, payment = setup.event, setup.deadlines, setup.fees, setup.payment
    return {
        "event": {
            "id": ev.id, "name": ev.name, "title": ev.title,
            "starts": ev.starts.isoformat(), "ends": ev.ends.isoformat(),
            "start_time": ev.start_time, "end_time": ev.end_time,
            "venue": ev.venue,
        },
        "office": {"name": config.office.name, "address": config.office.address},
        "deadlines": {
            "pre_registration": deadlines.pre_registration.isoformat(),
            "registration": deadlines.registration.isoformat(),
        },
        "fees": {"member": fees.member, "non_member": fees.non_member,
                 "currency": fees.currency},
        "payment": {"due_days": payment.due_days,
                    "account_holder": payment.account_holder,
                    "iban": payment.iban, "bic": payment.bic},
    }


def _setup(config: Config, event: EventRules):
    """The config's sections of ``event`` (rules built by hand, without a configured id:
    the first event's)."""
    try:
        return config.setup(event.id)
    except KeyError:
        return config.events[0]
