"""Write the .eml files and labels.toml of tests/corpus/test and dev to dev12.

The mails are data in ``writing/``: ``t_*.py`` hold the TEST set, ``d_*.py`` the
DEVELOPMENT set, ``d2_*.py`` the second development set (other regions and voices), ``d3_*.py`` the
third, ``d4_*.py`` the fourth, ``d5_*.py`` the fifth, ``d6_*.py`` the sixth, ``d7_*.py`` the seventh, ``d8_*.py`` the eighth, ``d9_*.py`` the ninth, ``d10_*.py`` the tenth, ``d11_*.py`` the eleventh and ``d12_*.py`` the twelfth (each written apart from the rest,
see README.md). Each module has a list ``MAILS`` of ``Case`` values built with the
helpers below. This module only assembles bytes (headers, MIME parts, encodings);
the words are in the data modules, written as senders write, without looking at
the rules. Run::

    .venv/bin/python tests/corpus/make_corpus.py

The output is deterministic (fixed boundaries, Message-IDs and dates), so running it
again changes nothing unless the data changed.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import os
import quopri
import sys
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFICE = "geschaeftsstelle@vsop.de"
OFFICE_TO = "VSOP Geschäftsstelle <geschaeftsstelle@vsop.de>"

# Label keys in the order they are written; see README.md for what each means.
LABEL_ORDER = ("intent", "auto_reply", "needs_human", "questions", "language", "name",
               "title", "email", "organization", "member", "persons", "people",
               "people_members", "invoice_address", "payment_agreement", "missing",
               "bounced", "note")
ACTIONS = ("pre_registration", "registration", "cancellation")
MACHINES = ("auto_reply", "bounce", "bulk")

CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdnW1x2kQ7lB4f0pTgO9c3m1yH8Z5g==")],
    "outlook-web": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "thunderbird-old": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (21E236)")],
    "android": [("X-Mailer", "Android Mail")],
    "notes": [("X-Mailer", "HCL Notes Release 12.0.2 FP2 March 2023"), ("X-MIMETrack", "Serialize by Router on SRV-MAIL02/Kreis at 06.05.2025 10:14:51")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "gmx": [("X-Mailer", "GMX FreeMail")],
    "none": [],
}


@dataclass
class Case:
    """One mail of the corpus: its file name, its bytes and its label."""

    file: str
    data: bytes
    label: dict = field(default_factory=dict)


def _encode_header(value: str, charset: str = "utf-8") -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode()


def _address(who, charset: str = "utf-8") -> str:
    if isinstance(who, str):
        return who
    name, addr = who
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def _body(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return cte, quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
    if cte == "base64":
        return cte, base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        return ("7bit" if raw.isascii() else "8bit"), raw
    raise ValueError(cte)


def leaf(ctype: str, text: str, *, charset: str = "utf-8", cte: str = "8bit",
         extra: str = "", disposition: str = "") -> bytes:
    """One text part (headers + body) in the given charset and transfer encoding."""
    cte, body = _body(text, charset, cte)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\n"
    return head.encode() + b"\n" + body


def binary(ctype: str, data: bytes, filename: str, disposition: str = "attachment") -> bytes:
    """An attachment part, base64."""
    head = (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: {disposition}; filename=\"{filename}\"\n")
    return head.encode() + b"\n" + base64.encodebytes(data)


def multipart(subtype: str, parts: list[bytes], boundary: str, params: str = "") -> bytes:
    """A multipart container (headers + body) with a fixed boundary."""
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\n\n".encode()]
    out.append(b"This is a multi-part message in MIME format.\n")
    for part in parts:
        out.append(f"\n--{boundary}\n".encode() + part.rstrip(b"\n") + b"\n")
    out.append(f"\n--{boundary}--\n".encode())
    return b"".join(out)


def text_to_html(text: str) -> str:
    """A plain text rendered the way mail programs do (paragraphs, <br>)."""
    import html as _html
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + _html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n{body}</body></html>\n")


def mail(file: str, *, frm, subject: str, body: str = "", date: str,
         to=OFFICE_TO, cc=None, reply_to=None, msgid: str | None = None,
         in_reply_to: str | None = None, client: str = "none", headers=(),
         charset: str = "utf-8", cte: str = "8bit", html: str | None = None,
         html_only: bool = False, attachments=(), header_charset: str = "utf-8",
         from_raw: str | None = None, content: bytes | None = None, **label) -> Case:
    """A mail as a sender's program writes it, with its label.

    ``html`` adds a text/html alternative (``True``: rendered from ``body``);
    ``html_only`` sends only HTML; ``attachments`` are (filename, ctype, bytes);
    ``content`` replaces the whole MIME body (headers and body of the top part).
    """
    domain = (frm if isinstance(frm, str) else frm[1]).rsplit("@", 1)[-1].strip(">")
    digest = hashlib.sha1(file.encode()).hexdigest()
    msgid = msgid or f"<{digest[:12]}.{digest[12:20]}@{domain}>"
    lines = [("From", from_raw or _address(frm, header_charset)), ("To", _address(to))]
    if cc:
        lines.append(("Cc", _address(cc)))
    if reply_to:
        lines.append(("Reply-To", _address(reply_to)))
    lines += [("Subject", _encode_header(subject, header_charset)), ("Date", date),
              ("Message-ID", msgid)]
    if in_reply_to:
        lines += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    lines += CLIENTS[client] + list(headers) + [("MIME-Version", "1.0")]
    head = "".join(f"{k}: {v}\n" for k, v in lines).encode()
    if content is None:
        content = _content(body, digest, charset, cte, html, html_only, attachments)
    return Case(file, head + content, _complete(label, frm))


def person(file: str, who: tuple, subject: str, date: str, body: str, *, client: str = "none",
           org: str | None = None, en: bool = False, display: str | None = None, **label):
    """A person's mail: ``who`` is (name, address[, title]); the label's defaults from it
    (the sets from dev9 on write theirs with it, as ``p``)."""
    name, addr = who[0], who[1]
    title = who[2] if len(who) > 2 else None
    label.setdefault("name", name)
    if title:
        label.setdefault("title", title)
    if org:
        label.setdefault("organization", org)
    if en:
        label.setdefault("language", "en")
    shown = display if display is not None else (f"{title} {name}" if title else name)
    return mail(file, frm=(shown, addr), subject=subject, date=date, body=body, client=client, **label)

def _content(body, digest, charset, cte, html, html_only, attachments) -> bytes:
    if html is True:
        html = text_to_html(body)
    if html_only:
        top = leaf("text/html", html, charset=charset, cte=cte)
    elif html:
        top = multipart("alternative", [leaf("text/plain", body, charset=charset, cte=cte),
                                        leaf("text/html", html, charset=charset, cte=cte)],
                        f"----=_alt_{digest[:16]}")
    else:
        top = leaf("text/plain", body, charset=charset, cte=cte)
    if attachments:
        parts = [top] + [binary(ct, data, name) for name, ct, data in attachments]
        top = multipart("mixed", parts, f"----=_mix_{digest[:16]}")
    return top


def _complete(label: dict, frm) -> dict:
    """Fill the label's defaults so every file states the same keys (README.md)."""
    intent = label["intent"]
    questions = label.setdefault("questions", 0)
    label.setdefault("auto_reply", intent in ACTIONS)
    label.setdefault("needs_human", intent in ("question", "other") or questions > 0)
    if intent not in MACHINES:
        label.setdefault("language", "de")
        if label.get("email", "") is not None:
            label.setdefault("email", frm if isinstance(frm, str) else frm[1])
        if intent in ACTIONS:
            label.setdefault("persons", 1)
    if intent == "registration" and "missing" not in label and not label.get("missing_unknown"):
        label["missing"] = (["invoice_address"] if not label.get("invoice_address") else []) \
            + (["payment_agreement"] if label.get("payment_agreement") is not True else [])
    label.pop("missing_unknown", None)
    return {k: v for k, v in label.items() if v is not None}


def dsn(file: str, *, frm, subject: str, date: str, human: str, status: str,
        recipients, original: str, action: str = "failed", reporting: str = "mx.example",
        nested: bool = False, wrapper: str = "This is an automatically generated message from the gateway.\n",
        to=OFFICE, charset: str = "utf-8", headers=(), **label) -> Case:
    """A delivery status notification (RFC 3464), optionally nested in multipart/mixed."""
    digest = hashlib.sha1(file.encode()).hexdigest()
    fields = f"Reporting-MTA: dns; {reporting}\nArrival-Date: {date}\n"
    for rcpt in recipients:
        fields += (f"\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
                   f"Action: {action}\nStatus: {status}\n")
        if action == "failed":
            fields += f"Diagnostic-Code: smtp; 550 {status} <{rcpt}>: Recipient address rejected: User unknown\n"
    report = multipart("report", [
        leaf("text/plain", human, charset=charset),
        b"Content-Type: message/delivery-status\n\n" + fields.encode(),
        b"Content-Type: message/rfc822\n\n" + original.encode(),
    ], f"----=_rep_{digest[:16]}", "; report-type=delivery-status")
    if nested:
        report = multipart("mixed", [leaf("text/plain", wrapper), report],
                           f"----=_nest_{digest[:16]}")
    label.setdefault("bounced", [] if action == "delayed" else list(recipients))
    return mail(file, frm=frm, subject=subject, date=date, to=to, headers=list(headers),
                content=report, intent="bounce", **label)


def mdn(file: str, *, frm, subject: str, date: str, human: str, original_id: str,
        final: str, disposition: str = "manual-action/MDN-sent-manually; displayed",
        headers=(), client: str = "none", ua: str = "Microsoft Outlook 16.0", **label) -> Case:
    """A read receipt (RFC 8098 message disposition notification)."""
    digest = hashlib.sha1(file.encode()).hexdigest()
    fields = (f"Reporting-UA: {final.split('@')[-1]}; {ua}\n"
              f"Final-Recipient: rfc822;{final}\nOriginal-Message-ID: {original_id}\n"
              f"Disposition: {disposition}\n")
    body = multipart("report", [
        leaf("text/plain", human),
        b"Content-Type: message/disposition-notification\n\n" + fields.encode(),
    ], f"----=_mdn_{digest[:16]}", "; report-type=disposition-notification")
    return mail(file, frm=frm, subject=subject, date=date, headers=list(headers), client=client,
                content=body, intent="auto_reply", **label)


def ical_reply(file: str, *, frm, subject: str, date: str, text: str, partstat: str,
               uid: str, client: str = "outlook", prodid: str = "Microsoft Exchange Server 2016",
               **label) -> Case:
    """A calendar client's answer (iMIP METHOD:REPLY) to the office's invitation."""
    digest = hashlib.sha1(file.encode()).hexdigest()
    name, addr = frm
    cal = (f"BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:{prodid}\nVERSION:2.0\n"
           f"BEGIN:VEVENT\nATTENDEE;PARTSTAT={partstat};CN={name}:mailto:{addr}\n"
           "DTSTART;VALUE=DATE:20250925\nDTEND;VALUE=DATE:20250927\n"
           f"UID:{uid}\nSUMMARY;LANGUAGE=de-DE:{subject.split(': ', 1)[-1]}\n"
           "ORGANIZER:mailto:geschaeftsstelle@vsop.de\nSEQUENCE:0\n"
           "DTSTAMP:20250512T081500Z\nEND:VEVENT\nEND:VCALENDAR\n")
    body = multipart("alternative", [
        leaf("text/plain", text),
        leaf("text/calendar", cal, extra="; method=REPLY"),
    ], f"----=_cal_{digest[:16]}")
    return mail(file, frm=frm, subject=subject, date=date, client=client, content=body,
                intent="auto_reply", **label)


def form_pdf(values: dict[str, str], checked: tuple[str, ...] = ()) -> bytes:
    """The office's blank form filled in as a PDF viewer saves it."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    blank = HERE.parents[1] / "templates" / "attachments" / "anmeldeformular-2025.pdf"
    writer = PdfWriter(clone_from=PdfReader(blank))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    for annot in writer.pages[0].get("/Annots", []):
        obj = annot.get_object()
        if obj.get("/T") in checked:
            obj[NameObject("/V")] = NameObject("/Yes")
            obj[NameObject("/AS")] = NameObject("/Yes")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def scanned_pdf(seed: str) -> bytes:
    """A PDF with one page and no text or form fields: what a copier's scan looks like."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Producer": "KONICA MINOLTA bizhub C300i", "/Title": seed})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(value)


HEADER = """# Labels of this set: one table per .eml file (tests/corpus/README.md says what each
# key means and how a label is decided). Generated by tests/corpus/make_corpus.py from
# the data in tests/corpus/writing/; edit there and run it again.
"""


def write_set(name: str, cases: list[Case]) -> None:
    """Write one set's folder: the .eml files and labels.toml."""
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.eml"):
        old.unlink()
    seen: set[str] = set()
    out = [HEADER]
    for case in cases:
        if case.file in seen:
            raise SystemExit(f"{name}: {case.file} twice")
        seen.add(case.file)
        (folder / case.file).write_bytes(case.data)
        out.append(f"\n[{json.dumps(case.file)}]\n")
        unknown = set(case.label) - set(LABEL_ORDER)
        if unknown:
            raise SystemExit(f"{case.file}: unknown label keys {unknown}")
        for key in LABEL_ORDER:
            if key in case.label:
                out.append(f"{key} = {_toml_value(case.label[key])}\n")
    (folder / "labels.toml").write_text("".join(out), encoding="utf-8")


def collect(prefix: str) -> list[Case]:
    """All cases of the data modules ``writing/<prefix>*.py``, in file-name order."""
    sys.path.insert(0, str(HERE / "writing"))
    cases: list[Case] = []
    for path in sorted((HERE / "writing").glob(f"{prefix}*.py")):
        cases += importlib.import_module(path.stem).MAILS
    return sorted(cases, key=lambda c: c.file)


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # pypdf fills a form field with characters outside Latin-1 (dev6's "Jovanović")
        # in an order that follows the hash seed: run again with a fixed one, so the
        # same data always gives the same bytes.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    for prefix, name in (("t_", "test"), ("d_", "dev"), ("d2_", "dev2"), ("d3_", "dev3"), ("d4_", "dev4"),
                         ("d5_", "dev5"), ("d6_", "dev6"), ("d7_", "dev7"), ("d8_", "dev8"),
                         ("d9_", "dev9"), ("d10_", "dev10"), ("d11_", "dev11"),
                         ("d12_", "dev12")):
        cases = collect(prefix)
        write_set(name, cases)
        print(f"{name}: {len(cases)} mails")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
