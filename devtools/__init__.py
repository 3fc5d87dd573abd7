"""Development tools: private Dovecot and SMTP servers, the demo. Not installed."""
