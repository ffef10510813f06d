"""Shared helper of the benchmarks: insert result rows into bench/RESULTS.md."""

from __future__ import annotations

from pathlib import Path


def insert_row(results: Path, section: str, line: str) -> None:
    """Insert ``line`` before the ``<!-- SECTION-rows -->`` marker (appending the marker if absent)."""
    marker = f"<!-- {section}-rows -->"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    if marker not in text:
        text = text.rstrip("\n") + f"\n\n{marker}\n"
    results.write_text(text.replace(marker, f"{line}\n{marker}", 1), encoding="utf-8")
