"""DEVELOPMENT set 6: how mail is built (MIME structures, charsets, clients) and the
office's mails as dev6's senders quote them. No mails of its own.

The office's texts here were written by hand for dev6 (a third staff member, none of the
templates' or the other sets' texts). The helpers build what ``make_corpus.mail`` cannot:
format=flowed, S/MIME and inline PGP signatures, forwards as attachment (message/rfc822),
TNEF beside a plain part, wrong or missing charset labels.
"""

from __future__ import annotations

import hashlib

from make_corpus import binary, leaf, multipart

MAILS: list = []

OFFICE = "VSOP e.V. <geschaeftsstelle@vsop.de>"

SUBJECTS = {
    "notice": "Save the date: VSOP-Jahrestagung 25./26.9.2025, Köln",
    "forms": "Köln 2025 – Tagungsprogramm und Formular zur festen Anmeldung",
    "missing": "Rückfrage zu Ihrer Anmeldung (Köln, September)",
    "notice_en": "Save the date: VSOP annual meeting, Cologne, 25-26 Sept 2025",
    "missing_en": "Your booking for Cologne – two details still open",
}

TEXTS = {
    "notice": """Liebe Kolleginnen und Kollegen,

merken Sie sich bitte schon jetzt den 25. und 26. September vor: Unsere Jahrestagung findet diesmal in Köln statt.
Weil die Plätze knapp sind, freuen wir uns bis zum 2. Juni über eine formlose Rückmeldung, wer kommen möchte.
Diese Vormerkung verpflichtet Sie noch zu nichts.

Herzlich
Henrike Vollmar
VSOP e.V. – Geschäftsstelle""",
    "forms": """Liebe Vorgemerkte,

anbei finden Sie das Tagungsprogramm und das Formular für die feste Anmeldung.
Fest angemeldet sind Sie, wenn Sie uns bis 4. Juli eine Rechnungsadresse nennen und zusagen, nach Rechnung zu überweisen.
Mitglieder zahlen 250 Euro, alle anderen 300 Euro.

Herzlich
Henrike Vollmar""",
    "missing": """Guten Tag,

danke für Ihre Nachricht zur Tagung in Köln. Zwei Dinge brauchen wir noch von Ihnen:

Rechnungsadresse:
Zusage, dass Sie nach Rechnung überweisen:

Sie können einfach unter die Punkte schreiben und zurückschicken.

Herzlich
Henrike Vollmar""",
    "notice_en": """Dear colleagues,

please keep 25 and 26 September free: this year's annual meeting of VSOP is held in Cologne.
As seats are limited, we would be glad to hear by 2 June whether you plan to join us.
Telling us now does not commit you to anything.

Warm regards
Henrike Vollmar
VSOP e.V. office""",
    "missing_en": """Hello,

thank you for writing about the Cologne meeting. We still need two things from you:

Invoice address:
Confirmation that you will pay by bank transfer once invoiced:

Just write below each point and send it back.

Warm regards
Henrike Vollmar""",
}


def quoted(kind: str, mark: str = "> ") -> str:
    return "\n".join((mark + line).rstrip() for line in TEXTS[kind].splitlines())


def attribution(style: str, when: str) -> str:
    """The line above the quote as German, English, French and Dutch clients write it."""
    return {
        "de": f"Am {when} schrieb VSOP e.V. <geschaeftsstelle@vsop.de>:",
        "en": f"On {when}, VSOP e.V. <geschaeftsstelle@vsop.de> wrote:",
        "fr": f"Le {when}, VSOP e.V. <geschaeftsstelle@vsop.de> a écrit :",
        "nl": f"Op {when} schreef VSOP e.V. <geschaeftsstelle@vsop.de>:",
        "it": f"Il giorno {when} VSOP e.V. <geschaeftsstelle@vsop.de> ha scritto:",
    }[style]


def reply(kind: str, style: str, when: str) -> str:
    """Attribution line plus the office's mail quoted with '> '."""
    return "\n\n" + attribution(style, when) + "\n\n" + quoted(kind) + "\n"


def outlook_quote(kind: str, when: str, to: str, lang: str = "de") -> str:
    """Outlook's header block above the unquoted office mail."""
    if lang == "en":
        head = f"From: {OFFICE}\nSent: {when}\nTo: {to}\nSubject: {SUBJECTS[kind]}"
    else:
        head = f"Von: {OFFICE}\nGesendet: {when}\nAn: {to}\nBetreff: {SUBJECTS[kind]}"
    return "\n\n________________________________\n" + head + "\n\n" + TEXTS[kind] + "\n"


def _digest(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def flowed(text: str, *, delsp: bool = False, width: int = 66, charset: str = "utf-8",
           cte: str = "8bit") -> bytes:
    """A text/plain part in format=flowed: long lines soft-broken (RFC 3676).

    delsp=no breaks between words and keeps the space at the line's end; delsp=yes breaks
    anywhere (also inside a word) and adds a space that the reader deletes again.
    """
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        if delsp:
            chunks = [line[i:i + width] for i in range(0, len(line), width)]
            out += [c + " " for c in chunks[:-1]] + [chunks[-1]]
            continue
        words, cur = line.split(" "), ""
        for word in words:
            if cur and len(cur) + len(word) + 1 > width:
                out.append(cur + " ")
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    params = "; format=flowed" + ("; delsp=yes" if delsp else "")
    return leaf("text/plain", "\n".join(out), charset=charset, cte=cte, extra=params)


def raw_text(text: str, *, declared: str | None, actual: str, cte: str = "8bit") -> bytes:
    """A text/plain part whose bytes are in ``actual`` while the label says ``declared``."""
    ctype = f"text/plain; charset=\"{declared}\"" if declared else "text/plain"
    return (f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n").encode() \
        + text.encode(actual)


def smime_signed(part: bytes, seed: str) -> bytes:
    """multipart/signed with a detached smime.p7s, as Outlook with a certificate sends."""
    sig = hashlib.sha512(seed.encode()).digest() * 12
    p7s = (b"Content-Type: application/pkcs7-signature; name=\"smime.p7s\"\n"
           b"Content-Transfer-Encoding: base64\n"
           b"Content-Disposition: attachment; filename=\"smime.p7s\"\n"
           b"Content-Description: S/MIME Cryptographic Signature\n\n")
    import base64
    p7s += base64.encodebytes(b"\x30\x82\x0b\x1a\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + sig)
    return multipart("signed", [part, p7s], f"----=_sig_{_digest(seed)[:16]}",
                     "; protocol=\"application/pkcs7-signature\"; micalg=sha-256")


def pgp_inline(text: str, seed: str) -> str:
    """A clear-signed text as GnuPG/Enigmail writes it."""
    import base64
    sig = base64.encodebytes(hashlib.sha512(seed.encode()).digest() * 3).decode()
    return ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n" + text.rstrip("\n")
            + "\n-----BEGIN PGP SIGNATURE-----\n\n" + sig + "=Xq3v\n-----END PGP SIGNATURE-----\n")


def with_parts(top: bytes, seed: str, *extra: bytes) -> bytes:
    """multipart/mixed of a body part and further ready-made parts."""
    return multipart("mixed", [top, *extra], f"----=_mx6_{_digest(seed)[:16]}")


def rfc822(inner: bytes, filename: str) -> bytes:
    """A forwarded mail as an attachment (Outlook's 'forward as attachment')."""
    return (f"Content-Type: message/rfc822; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n\n").encode() + inner


def inner_mail(frm: str, to: str, subject: str, date: str, body: str, msgid: str) -> bytes:
    return (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {msgid}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: 8bit\n\n").encode() + body.encode()


def tnef(seed: str) -> bytes:
    """A winmail.dat as Outlook attaches it beside the plain part (opaque bytes)."""
    data = b"\x78\x9f\x3e\x22" + hashlib.sha256(seed.encode()).digest() * 40
    return binary("application/ms-tnef", data, "winmail.dat")


def attach_text(ctype: str, text: str, filename: str) -> bytes:
    return binary(ctype, text.encode("utf-8"), filename)


def vcard(name: str, org: str, email: str, tel: str) -> str:
    last, first = name.split(" ", 1)[1], name.split(" ", 1)[0]
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{name}\r\nORG:{org}\r\n"
            f"EMAIL;TYPE=INTERNET,WORK:{email}\r\nTEL;TYPE=WORK:{tel}\r\nEND:VCARD\r\n")


def alternative(text_part: bytes, html: str, seed: str, charset: str = "utf-8") -> bytes:
    return multipart("alternative", [text_part, leaf("text/html", html, charset=charset)],
                     f"----=_alt6_{_digest(seed)[:16]}")
