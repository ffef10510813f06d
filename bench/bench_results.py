"""Shared helper of the benchmarks: insert result rows into bench/RESULTS.md."""

from __future__ import annotations

from pathlib import Path


def insert_row(results: Path, section: str, line: str, heading: str | None = None) -> None:
    """Insert ``line`` before the ``<!-- SECTION-rows -->`` marker.

    When the marker is absent, ``heading`` (the section's text, table header and marker) is
    appended first, or the bare marker when there is no heading.
    """
    marker = f"<!-- {section}-rows -->"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    if marker not in text:
        text = text.rstrip("\n") + "\n\n" + (heading or f"{marker}\n")
    results.write_text(text.replace(marker, f"{line}\n{marker}", 1), encoding="utf-8")
