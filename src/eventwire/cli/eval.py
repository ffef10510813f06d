"""``eventwire eval LAYER GOLD.jsonl``: score a layer against a gold file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.eval import LAYERS, evaluate


def register(sub: Any) -> None:
    """Add the ``eval`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "eval",
        help="score a layer against a gold file (events, statements, times, places, coref, stories)",
        description="Score a layer against a gold JSONL file (formats in ../shared/eval/FORMATS.md).",
    )
    p.add_argument("layer", choices=LAYERS, help="the layer to score")
    p.add_argument("gold", type=Path, help="gold JSONL file")
    p.add_argument("--limit", type=int, default=None, help="score only the first N gold records")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.set_defaults(func=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    """Score and print the report."""
    report = evaluate(args.layer, args.gold, Settings.build(), limit=args.limit)
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
        return 0
    print(f"{report.layer} vs {report.gold}")
    for name, value in report.figures.items():
        print(f"  {name:<28} {value:.3f}")
    for name, count in report.counts.items():
        print(f"  {name:<28} {count}")
    for name, detail in report.details.items():
        print(f"  {name}: {json.dumps(detail)}")
    return 0
