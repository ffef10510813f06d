"""Short original news-style texts for the scale tests (written for this project)."""

from __future__ import annotations

import json
from pathlib import Path

PLACES = ("Nairobi", "Lagos", "Manila", "Lima", "Dhaka", "Quito", "Accra", "Hanoi")


def story(i: int) -> str:
    """One short distinct story: police arrests after a protest, and a minister's statement."""
    place = PLACES[i % len(PLACES)]
    return (
        f"Police in {place} arrested {i + 4} protesters on Monday after a march on parliament "
        f"turned violent, officials said. The interior minister told reporters that the "
        f"government would investigate the clashes in district {i}. Opposition leaders accused "
        "the police of using excessive force against the demonstrators."
    )


def write_corpus(path: Path, count: int) -> Path:
    """Write ``count`` stories as JSONL (ids story-0, story-1, ...; dated 2024-03-04)."""
    lines = [
        json.dumps({"id": f"story-{i}", "text": story(i), "date": "2024-03-04"})
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


POLICE_AS_MILITARY = (
    "# table: agents\n"
    "# as-of: 2026-12-07\n"
    "# source: eventwire tests (a deliberately different sector for police)\n"
    "phrase\tsector\tplural_only\tnote\tsource\n"
    "police\tMIL\tno\ttest override\ttests\n"
)
"""A user agents table that codes police as military: a knowledge update recode must follow."""
