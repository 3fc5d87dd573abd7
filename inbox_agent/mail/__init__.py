"""The wire: IMAP (imapclient), IDLE, MIME parsing (mail-parser), SMTP (aiosmtplib)."""
