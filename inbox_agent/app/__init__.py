"""The poll pipeline, the daemon, the season simulator and the one bootstrap that wires
the real adapters."""
