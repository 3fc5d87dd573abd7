"""An invoice's files: the Factur-X PDF (and the XRechnung XML for a public buyer),
rendered from the record when a mail carrying it is composed, and kept beside the store
in ``invoices/`` (``<number>.pdf``, ``<number>-xrechnung.xml``) for the office.
Rendering is deterministic, so a file written again has the same bytes."""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

from inbox_agent.config import Config
from inbox_agent.invoices import issue
from inbox_agent.invoices.record import CREDIT_NOTE, Invoice, Line, Party
from inbox_agent.model import PlannedMail
from inbox_agent.outbox.outbox import GeneratedAttachment
from inbox_agent.startup import quiet_imports
from inbox_agent.store.db import Store

TITLES = {("de", "invoice"): "Rechnung", ("de", CREDIT_NOTE): "Gutschrift",
          ("en", "invoice"): "Invoice", ("en", CREDIT_NOTE): "Credit note"}


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    xrechnung: bytes | None  # the XRechnung XML, for a buyer who needs it


@functools.cache
def _renderers() -> tuple[ModuleType, ModuleType, ModuleType]:
    """What renders an invoice (drafthorse, fpdf2, factur-x with pypdf and lxml:
    ~0.2-0.7 s to import), which a command without an invoice never needs: imported on
    first use, once per process, without the collector's passes (``quiet_imports``)."""
    with quiet_imports():
        from inbox_agent.invoices import cii, pdf, zugferd

    return cii, pdf, zugferd


# The folder the invoice font's cut is kept in for later processes (``pdf``), beside
# the store: set by ``bootstrap`` (none in a dry run, which writes nothing).
_CACHE: list[Path | None] = [None]
_APART: list[bool] = []  # ``prepare_apart`` has run in this process
# How long a burst's worker waits for the child making the kept files (~0.15 s).
PREPARE_SECONDS = 30.0


def use_cache(folder: Path | None) -> None:
    _CACHE[0] = folder


def load_renderers() -> None:
    """Import the renderers now (``run`` does it before the store is loaded: BENCHMARKS.md,
    round 8 merged)."""
    _renderers()


def renderers_loaded() -> bool:
    """Whether this process has imported the renderers (~40 MB, ~0.25 s): a burst's
    worker renders the poll's invoices where the poll's own process has not
    (``app.readlane``)."""
    return _renderers.cache_info().currsize > 0


log = logging.getLogger(__name__)

_PLACE = Party("Sample", ("Street 1", "12345 Town"))
_SAMPLE = Invoice(number="SAMPLE-1", kind="invoice", event="sample", event_name="Sample",
                  email="sample@example.org", issued=date(2025, 1, 1),
                  due=date(2025, 1, 31), currency="EUR",
                  lines=(Line("Sample", "Sample", Decimal("1.00")),), seller=_PLACE,
                  buyer=_PLACE, iban="DE02120300000000202051")


def prepare(config: Config) -> None:
    """What every invoice of a process needs made once, made now: the renderers
    imported, the font cut, fpdf2's font objects, the pen's glyph tables (~0.23 s with
    the first invoice). A burst's worker process (``app.readlane``) has this done before
    its fork, so it is made once for both processes, not again in the worker. A sample
    invoice (plain ASCII, the configured font) is rendered and thrown away; if that
    fails, the real invoices meet the failure and report it."""
    try:
        render(_SAMPLE, config)
    except Exception as exc:  # noqa: BLE001 - left to the real invoice's own handling
        log.debug("invoice renderers not prepared ahead (%s)", exc)


def prepare_apart(config: Config) -> None:
    """What ``prepare`` keeps beside the store (the font's cut, the XMP packet: ``pdf``,
    ``zugferd``), made in a child process of this one where no process has kept it
    yet, once per process: this one then takes both from the cache, as every later
    process does, and never holds what making them takes (fontTools' subsetter and
    factur-x with requests: ~14 MB that Python does not give back). For a burst's
    worker (``app.readlane``), which has imported the renderers first (the child
    shares them). Without a cache, or where the child fails, they are made here."""
    if _APART:
        return
    _APART.append(True)
    _cii, pdf, zugferd = _renderers()
    cache = _CACHE[0]
    try:
        if cache is None or (pdf.cut_kept(pdf.font_path(config.invoices.font), cache)
                             and zugferd.xmp_kept(cache)):
            return
        child = multiprocessing.get_context("fork").Process(target=prepare, args=(config,),
                                                            daemon=True)
        child.start()
        child.join(PREPARE_SECONDS)
    except Exception as exc:  # noqa: BLE001 - made here with the first invoice instead
        log.debug("invoice files not prepared apart (%s)", exc)
        return
    if child.is_alive():
        child.kill()
        child.join()


def render(invoice: Invoice, config: Config) -> Rendered:
    """The invoice's files from its record alone (same record, same bytes)."""
    cii, pdf, zugferd = _renderers()
    lang = "en" if invoice.language.startswith("en") else "de"
    title = TITLES[(lang, invoice.kind)]
    xml = cii.cii_xml(invoice)
    facturx = zugferd.parts(xml, number=invoice.number, seller=invoice.seller.name,
                            issued=invoice.issued, title=title, cache=_CACHE[0])
    page = pdf.readable_pdf(invoice, pdf.font_path(config.invoices.font), facturx,
                            cache=_CACHE[0])
    return Rendered(page, cii.cii_xml(invoice, xrechnung=True) if invoice.xrechnung else None)


# Invoices rendered ahead of their mail's compose (a burst's worker process,
# ``app.readlane``): number -> (the record they were rendered from, a getter of the
# files, None when that failed). Taken only for that very record; else rendered here.
_AHEAD: dict[str, tuple[Invoice, Callable[[], Rendered | None]]] = {}


def render_ahead(invoice: Invoice, files: Callable[[], Rendered | None]) -> None:
    _AHEAD[invoice.number] = (invoice, files)


def rendered_ahead(number: str) -> bool:
    return number in _AHEAD


def forget_ahead() -> None:
    _AHEAD.clear()


def _made(invoice: Invoice, config: Config) -> Rendered:
    ahead = _AHEAD.pop(invoice.number, None)
    if ahead is not None and ahead[0] == invoice:
        made = ahead[1]()
        if made is not None:
            return made
    return render(invoice, config)


def folder(config: Config) -> Path:
    return Path(config.storage.path).parent / "invoices"


def file_names(invoice: Invoice) -> tuple[str, str]:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in invoice.number)
    return f"{safe}.pdf", f"{safe}-xrechnung.xml"


def keep(invoice: Invoice, config: Config, made: Rendered | None = None,
         target: Path | None = None) -> list[Path]:
    """Write the invoice's files into ``invoices/`` beside the store (atomically)."""
    made = made or render(invoice, config)
    target = target or folder(config)
    target.mkdir(parents=True, exist_ok=True)
    pdf_name, xml_name = file_names(invoice)
    written = [_write(target / pdf_name, made.pdf)]
    if made.xrechnung is not None:
        written.append(_write(target / xml_name, made.xrechnung))
    return written


def _write(path: Path, data: bytes) -> Path:
    if path.exists() and path.read_bytes() == data:
        return path
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def attachments_for(store_of: Callable[[], Store], config: Config
                    ) -> Callable[[PlannedMail], tuple[GeneratedAttachment, ...]]:
    """For the ``Outbox``: the invoice files of a planned mail whose context names an
    invoice (``invoice.number``), made when the mail is composed and kept on disk."""
    def attached(planned: PlannedMail) -> tuple[GeneratedAttachment, ...]:
        named = dict(planned.context).get("invoice") or {}
        invoice = issue.get(store_of(), named.get("number", "")) if named else None
        if invoice is None:
            return ()
        made = _made(invoice, config)
        store = store_of()
        if store.persist:  # a dry run or ``simulate`` keeps no files in the office's folder
            keep(invoice, config, made, target=Path(store.path).parent / "invoices")
        pdf_name, xml_name = file_names(invoice)
        parts = [GeneratedAttachment(pdf_name, "application/pdf", lambda now: made.pdf,
                                     flag="invoice_attached")]
        if made.xrechnung is not None:
            data = made.xrechnung
            parts.append(GeneratedAttachment(xml_name, "application/xml", lambda now: data))
        return tuple(parts)
    return attached


__all__ = ["render", "prepare_apart", "keep", "folder", "file_names", "attachments_for", "Rendered",
           "render_ahead", "rendered_ahead", "forget_ahead", "renderers_loaded"]
