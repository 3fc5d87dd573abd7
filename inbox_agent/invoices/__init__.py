"""Invoices (issue 16): an invoice with every binding registration, numbered gaplessly,
rendered as a Factur-X PDF (and an XRechnung XML for public buyers), credit notes for
corrections; bank statements read and matched (``statements``, ``matching``).
Between ``outbox`` and ``services``: it uses the registrations' values and the store,
and hands the outbox the files a mail carries."""
