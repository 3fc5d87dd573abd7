"""Authentication-Results (RFC 8601) judged as genuine, forged or unknown (issue 15):
only the office's own servers count, alignment is relaxed (organisational domain), a
fail outweighs a pass, and no hostile header makes it raise or count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inbox_agent.mail.authresults import Authenticity, judge, of_mail, org_domain, trusted
from inbox_agent.mail.parse import parse_bytes

IDS = ("vsop.de", ".vsop.de")  # the default: the office's domain and its subdomains
G, F, U = Authenticity.GENUINE, Authenticity.FORGED, Authenticity.UNKNOWN


def test_dkim_aligned_or_dmarc_pass_is_genuine():
    assert judge(["mx.vsop.de; dkim=pass header.d=x.de"], "x.de", IDS) is G
    assert judge(["mx.vsop.de; dkim=pass header.d=mail.x.de"], "x.de", IDS) is G  # relaxed
    assert judge(["mx.vsop.de; dkim=pass header.d=x.de"], "lists.x.de", IDS) is G
    assert judge(["vsop.de; dmarc=pass header.from=x.de"], "x.de", IDS) is G
    assert judge(["mx.vsop.de; dkim=pass header.d=stadt.co.uk"], "mail.stadt.co.uk", IDS) is G


def test_unaligned_dkim_is_not_genuine():
    assert judge(["mx.vsop.de; dkim=pass header.d=mailer.example"], "x.de", IDS) is U
    assert judge(["mx.vsop.de; dkim=pass header.d=other.co.uk"], "stadt.co.uk", IDS) is U
    assert judge(["vsop.de; dmarc=pass header.from=other.de"], "x.de", IDS) is U


def test_dmarc_fail_or_spf_fail_without_aligned_dkim_is_forged():
    assert judge(["mx.vsop.de; dmarc=fail header.from=x.de"], "x.de", IDS) is F
    assert judge(["mx.vsop.de; spf=fail smtp.mailfrom=x.de"], "x.de", IDS) is F
    assert judge(["mx.vsop.de; spf=fail smtp.mailfrom=x.de; dkim=pass header.d=x.de"], "x.de", IDS) is G
    # a pass of the sender's own making does not outweigh the server's fail
    assert judge(["mx.vsop.de; dmarc=fail header.from=x.de",
                  "mx.vsop.de; dmarc=pass header.from=x.de; dkim=pass header.d=x.de"], "x.de", IDS) is F


def test_only_trusted_servers_count():
    assert judge(["x.de; dmarc=pass header.from=x.de"], "x.de", IDS) is U
    assert judge(["evilvsop.de; dmarc=fail header.from=x.de"], "x.de", IDS) is U
    assert judge(["vsop.de.evil.example; dmarc=fail"], "x.de", IDS) is U
    assert trusted("MX.VSOP.DE", IDS) and trusted("vsop.de", IDS) and not trusted("xvsop.de", IDS)
    assert judge(["mx.provider.net; dmarc=pass"], "x.de", ("mx.provider.net",)) is G
    assert judge([], "x.de", IDS) is U
    assert judge(["mx.vsop.de; none"], "x.de", IDS) is U


def test_of_mail_reads_the_header_and_the_from_domain():
    raw = (b"Authentication-Results: mx.vsop.de;\r\n dmarc=fail (p=reject)\r\n header.from=x.de\r\n"
           b"From: A <a@x.de>\r\nTo: b@vsop.de\r\nSubject: s\r\nMessage-ID: <1@x.de>\r\n\r\nHallo\r\n")
    assert of_mail(parse_bytes(raw), IDS) is F
    plain = raw.split(b"From:", 1)[1]
    assert of_mail(parse_bytes(b"From:" + plain), IDS) is U


def test_org_domain():
    assert org_domain("mail.stadt-musterhausen.de") == "stadt-musterhausen.de"
    assert org_domain("a.b.stadt.co.uk") == "stadt.co.uk"
    assert org_domain("de") == "de"


_word = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_header = st.one_of(
    _word,
    st.builds(lambda a, m, r, p: f"{a}; {m}={r} {p}", st.sampled_from(["vsop.de", "mx.vsop.de", "x", ""]),
              st.sampled_from(["dkim", "spf", "dmarc", "arc", "x-y", "ü"]),
              st.sampled_from(["pass", "fail", "none", "softfail", "", "=="]), _word))


@settings(max_examples=300, deadline=None)
@given(st.lists(_header, max_size=5), _word)
def test_hostile_headers_never_raise(values, domain):
    assert judge(values, domain, IDS) in (G, F, U)


@settings(max_examples=200, deadline=None)
@given(st.lists(_header, max_size=5))
def test_untrusted_headers_never_count(values):
    untrusted = [v.replace("vsop.de", "vsop.example") for v in values]
    assert judge(untrusted, "x.de", IDS) is U


@settings(max_examples=200, deadline=None)
@given(st.lists(_header, max_size=4))
def test_a_server_fail_is_never_turned_genuine_by_added_headers(extra):
    values = ["mx.vsop.de; dmarc=fail header.from=x.de", *extra]
    assert judge(values, "x.de", IDS) is F
