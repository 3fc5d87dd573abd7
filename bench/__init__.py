"""Benchmark of inbox-agent against the floor of the same machine (see BENCHMARKS.md)."""
