"""Planned mails: templates, composition, limits, calendar files, opt-outs, sending."""
