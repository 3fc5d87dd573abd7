"""The durable store (TinyDB behind a journal) and its journal."""
