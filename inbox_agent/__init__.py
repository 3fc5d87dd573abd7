"""inbox-agent: works a conference office's inbox (see README.md and DESIGN.md)."""

__version__ = "0.1.0"
