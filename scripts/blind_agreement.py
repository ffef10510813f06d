"""Agreement of two independent annotations of the same blind sentences (docs/blind-set.md).

Compares ``bench/blind/second.jsonl`` with the same sentences of ``bench/blind/gold.jsonl``:
whether a sentence has events (Cohen's kappa), event F1 of one annotator against the other at
country + PLOVER type and at country + CAMEO root (the scorer's keys), and actor mentions
(span F1 by overlap; for overlapping mentions, the share with the same full code and country)::

    python scripts/blind_agreement.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.events import country_block, gold_keys, strict_code
from eventwire.eval.report import prf

BLIND = Path(__file__).resolve().parents[1] / "bench" / "blind"


def _read(path: Path) -> dict[str, dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in (json.loads(x) for x in lines if x.strip())}


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no judgements."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a = sum(a for a, _ in pairs) / n
    yes_b = sum(b for _, b in pairs) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _events(row: dict[str, Any], level: str) -> Counter[Any]:
    return Counter(gold_keys(e)[level] for e in row.get("events", []))


def _mentions(first: dict[str, Any], second: dict[str, Any]) -> tuple[int, int, int, int, int]:
    """(matched, only first, only second, same code, same country) over overlapping mentions."""
    left = list(second.get("actors", []))
    matched = same_code = same_country = 0
    for m in first.get("actors", []):
        other = next((o for o in left if o["start"] < m["end"] and m["start"] < o["end"]), None)
        if other is None:
            continue
        left.remove(other)
        matched += 1
        same_code += strict_code(m["code"]) == strict_code(other["code"])
        same_country += country_block(m["code"]) == country_block(other["code"])
    only_first = len(first.get("actors", [])) - matched
    return matched, only_first, len(left), same_code, same_country


def agreement(
    first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]]
) -> dict[str, float]:
    """The agreement figures over the sentences both annotated."""
    ids = sorted(set(first) & set(second))
    figures: dict[str, float] = {"sentences": len(ids)}
    figures["has_event_kappa"] = kappa(
        [(bool(first[i]["events"]), bool(second[i]["events"])) for i in ids]
    )
    for level in ("plover", "root"):
        tp = fp = fn = 0
        for i in ids:
            a, b = _events(first[i], level), _events(second[i], level)
            hit = sum((a & b).values())
            tp, fp, fn = tp + hit, fp + sum(b.values()) - hit, fn + sum(a.values()) - hit
        figures[f"events_{level}_f1"] = prf(tp, fp, fn)["f1"]
        figures[f"events_{level}_first"] = tp + fn
        figures[f"events_{level}_second"] = tp + fp
    totals = [sum(t) for t in zip(*(_mentions(first[i], second[i]) for i in ids), strict=True)]
    matched, only_first, only_second, same_code, same_country = totals
    figures["mention_f1"] = prf(matched, only_second, only_first)["f1"]
    figures["mention_code_agreement"] = same_code / matched if matched else 0.0
    figures["mention_country_agreement"] = same_country / matched if matched else 0.0
    return figures


def main() -> int:
    """Print the agreement of second.jsonl with gold.jsonl."""
    figures = agreement(_read(BLIND / "gold.jsonl"), _read(BLIND / "second.jsonl"))
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
