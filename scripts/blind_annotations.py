"""Turn an annotator's working file into the committed blind-set gold: offsets and codes, no text.

The working file (kept outside the repository) has one JSON object per sentence::

    {"id": "B0001", "noevents": false,
     "actors": [{"words": "the Kremlin", "n": 0, "code": "RUSGOV", "kind": "government"}],
     "events": [{"trigger": "met", "n": 0, "source": "RUSGOV", "target": "PRKGOV",
                 "cameo": "040", "plover": "CONSULT"}]}

``words``/``trigger`` are looked up in the sentence (``n``: which occurrence, from 0). Codes are
checked against the packaged CAMEO event codes, PLOVER types and actor-code vocabulary; every
problem is reported with the sentence id, and nothing is written while any remains::

    python scripts/blind_annotations.py WORKING.jsonl --annotator A --out bench/blind/gold.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from blind_sample import document_text, load_sentences

from eventwire.knowledge.actor_codes import INTERNATIONAL, load_vocabulary
from eventwire.knowledge.base import load_knowledge
from eventwire.knowledge.event_codes import load_codebook

PLOVER = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)  # fmt: skip
KINDS = frozenset({"person", "government", "country", "organization", "group"})


def actor_problem(code: str | None) -> str | None:
    """What is wrong with an annotated actor code (None: fine; ``None`` code: no actor)."""
    if code is None or code == "UNK":
        return None
    if len(code) % 3 or not code.isalpha() or not code.isupper():
        return f"actor code {code!r} is not blocks of 3 capital letters"
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    types = load_vocabulary().types
    knowledge = load_knowledge()
    first = blocks[0]
    if first not in INTERNATIONAL and first not in types:
        try:
            known = knowledge.country_by_code(first) is not None
        except Exception:  # an unknown code raises in some lookups
            known = False
        if not known:
            return f"actor code {code!r}: {first!r} is no country, international or sector code"
    unknown = [b for b in blocks[1:] if b not in types]
    return f"actor code {code!r}: unknown sector(s) {', '.join(unknown)}" if unknown else None


def locate(sentence: str, offset: int, words: str, n: int) -> tuple[int, int] | None:
    """Document offsets of the ``n``-th occurrence of ``words`` in the sentence."""
    at = -1
    for _ in range(n + 1):
        at = sentence.find(words, at + 1)
        if at < 0:
            return None
    return offset + at, offset + at + len(words)


def convert(
    row: dict[str, Any], where: dict[str, Any], annotator: str
) -> tuple[dict[str, Any], list[str]]:
    """Return the gold line of one working line and the problems found."""
    sid = row["id"]
    text = document_text(where["file"], where["doc"])[where["start"] : where["end"]]
    problems: list[str] = []
    codes = load_codebook()
    actors = []
    for a in row.get("actors", []):
        span = locate(text, where["start"], a["words"], int(a.get("n", 0)))
        if span is None:
            problems.append(f"{sid}: actor words {a['words']!r} not in the sentence")
            continue
        if (p := actor_problem(a.get("code"))) is not None:
            problems.append(f"{sid}: {p}")
        if a.get("kind") not in KINDS:
            problems.append(
                f"{sid}: actor kind {a.get('kind')!r} (one of {', '.join(sorted(KINDS))})"
            )
        actors.append(
            {"start": span[0], "end": span[1], "code": a.get("code"), "kind": a.get("kind")}
        )
    events = []
    for e in row.get("events", []):
        span = locate(text, where["start"], e["trigger"], int(e.get("n", 0)))
        if span is None:
            problems.append(f"{sid}: trigger {e['trigger']!r} not in the sentence")
            continue
        if e.get("cameo") not in codes:
            problems.append(f"{sid}: unknown CAMEO event code {e.get('cameo')!r}")
        if e.get("plover") not in PLOVER:
            problems.append(f"{sid}: unknown PLOVER type {e.get('plover')!r}")
        for side in ("source", "target"):
            if (p := actor_problem(e.get(side))) is not None:
                problems.append(f"{sid}: {side}: {p}")
        events.append({
            "source_actor_code": e.get("source"), "target_actor_code": e.get("target"),
            "event_code": e.get("cameo"), "plover_type": e.get("plover"), "trigger": list(span),
        })  # fmt: skip
    if bool(row.get("noevents")) == bool(events):
        problems.append(f"{sid}: noevents must be true exactly when there is no event")
    gold = {"id": sid, "noevents": not events, "events": events, "actors": actors,
            "annotator": annotator}  # fmt: skip
    return gold, problems


def main(argv: list[str] | None = None) -> int:
    """Convert a working file; write the gold file only when it has no problem."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("working", type=Path)
    parser.add_argument("--annotator", required=True)
    parser.add_argument("--out", type=Path, help="write here (default: check only)")
    args = parser.parse_args(argv)
    where = {row["id"]: row for row in load_sentences()}
    lines = [
        json.loads(x) for x in args.working.read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    out, problems = [], []
    for row in lines:
        if row.get("id") not in where:
            problems.append(f"{row.get('id')}: no such sentence")
            continue
        gold, found = convert(row, where[row["id"]], args.annotator)
        out.append(gold)
        problems += found
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    if args.out is not None:
        out.sort(key=lambda g: g["id"])
        args.out.write_text("".join(json.dumps(g) + "\n" for g in out), encoding="utf-8")
        print(f"{args.out}: {len(out)} sentences", file=sys.stderr)
    else:
        print(f"{len(out)} sentences, no problem", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
