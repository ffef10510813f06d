"""Shared helpers of the benchmarks: insert result rows into bench/RESULTS.md, parse a gold
benchmark's arguments."""

from __future__ import annotations

import argparse
import sys
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


def gold_arguments(
    doc: str, gold: Path, limit_help: str, *extra: tuple[str, str]
) -> argparse.Namespace | None:
    """Parse a gold benchmark's ``--no-write``, ``--limit N`` and ``extra`` text options (name,
    help); None (said on stderr) when its gold file is absent."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--limit", type=int, default=None, help=limit_help)
    for name, help_text in extra:
        parser.add_argument(name, default=None, help=help_text)
    args = parser.parse_args()
    if not gold.is_file():
        print(f"skipped: gold file not found at {gold}", file=sys.stderr)
        return None
    return args
