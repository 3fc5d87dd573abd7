"""What the office's own receiving server found about a mail's sender: the
``Authentication-Results`` headers (RFC 8601), read with the ``authres`` library (the
only module that imports it), judged as one value of ours: ``Authenticity``.

Only headers whose authserv-id is trusted count (``[office] trusted_authserv_ids``;
default the office's domain and its subdomains): anyone can write such a header into a
mail, and only the receiving server's own says anything. Of those:

* **genuine**: dkim=pass with a signing domain aligned with the From domain (relaxed
  alignment, RFC 7489 §3.1.1: the same organisational domain), or dmarc=pass for the
  From domain;
* **forged**: dmarc=fail, or spf=fail without a passing aligned dkim (a fail outweighs
  a pass: a sender can add a header claiming "pass", never remove the server's "fail");
* **unknown**: no trusted header, or one that says neither (none, neutral, temperror…).

Hostile input never raises: a header that cannot be parsed counts as absent.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

import authres

from inbox_agent.model import Mail

# Second-level labels that are public suffixes under a country code (co.uk, com.au …):
# the organisational domain is then the three last labels. A small list instead of the
# Public Suffix List; good enough for alignment, never widening it to a whole TLD.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "or", "ne", "go",
                           "gv", "priv", "ltd", "plc", "sch", "nhs", "police"})


class Authenticity(enum.StrEnum):
    GENUINE = "genuine"
    FORGED = "forged"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Result:
    """One method's result in a trusted header: ``dkim`` / ``pass`` / the domain it is
    about (dkim: header.d, else header.i's; dmarc: header.from; spf: smtp.mailfrom's)."""

    method: str
    result: str
    domain: str


def org_domain(domain: str) -> str:
    """The organisational domain of ``domain`` (``mail.x.de`` -> ``x.de``)."""
    labels = [p for p in domain.strip().strip(".").lower().split(".") if p]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def trusted(authserv_id: str, ids: Iterable[str]) -> bool:
    """Whether ``authserv_id`` is one of ``ids`` (".x.de": any subdomain of x.de)."""
    given = authserv_id.strip().lower().rstrip(".")
    for wanted in ids:
        if wanted.startswith("."):
            if given.endswith(wanted) and len(given) > len(wanted):
                return True
        elif given == wanted:
            return True
    return False


def results(values: Iterable[str], ids: Iterable[str]) -> list[Result]:
    """Every result in the trusted headers among ``values`` (the headers' values)."""
    ids = tuple(ids)
    out: list[Result] = []
    for value in values:
        try:
            header = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
            if not trusted(str(header.authserv_id or ""), ids):
                continue
            out += [_result(r) for r in header.results]
        except Exception:  # hostile or broken: as if the header were not there
            continue
    return out


def _result(r) -> Result:
    props = {(str(p.type).lower(), str(p.name).lower()): str(p.value or "")
             for p in (r.properties or ())}
    method = str(r.method or "").lower()
    if method == "dkim":
        domain = props.get(("header", "d")) or props.get(("header", "i"), "").rpartition("@")[2]
    elif method == "dmarc":
        domain = props.get(("header", "from"), "")
    else:
        domain = (props.get(("smtp", "mailfrom")) or props.get(("smtp", "helo"), "")).rpartition("@")[2]
    return Result(method, str(r.result or "").lower(), domain.strip().strip(".").lower())


def judge(values: Iterable[str], from_domain: str, ids: Iterable[str]) -> Authenticity:
    """The ``Authenticity`` of a mail from ``from_domain`` with these header values."""
    found = results(values, ids)
    if not found or not from_domain:
        return Authenticity.UNKNOWN
    sender = from_domain.strip().strip(".").lower()
    aligned = org_domain(sender)

    def dmarc(result: str) -> bool:  # header.from absent: about the mail's own From
        return any(r.method == "dmarc" and r.result == result and r.domain in ("", sender)
                   for r in found)

    dkim_aligned = any(r.method == "dkim" and r.result == "pass" and r.domain
                       and org_domain(r.domain) == aligned for r in found)
    if dmarc("fail"):
        return Authenticity.FORGED
    if any(r.method == "spf" and r.result == "fail" for r in found) and not dkim_aligned:
        return Authenticity.FORGED
    if dkim_aligned or dmarc("pass"):
        return Authenticity.GENUINE
    return Authenticity.UNKNOWN




def of_mail(mail: Mail, ids: Iterable[str]) -> Authenticity:
    """The ``Authenticity`` of ``mail`` (its From domain, its Authentication-Results)."""
    values = [v for k, v in mail.headers if k == "authentication-results"]
    domain = mail.sender.email.rpartition("@")[2] if mail.sender else ""
    return judge(values, domain, ids) if values else Authenticity.UNKNOWN


__all__ = ["Authenticity", "Result", "org_domain", "trusted", "results", "judge", "of_mail"]
