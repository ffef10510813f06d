"""``eventwire eval coref``: GAP's metric on the first GAP dev examples, with a pinned floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean.offsets import OffsetMap
from eventwire.config import Settings
from eventwire.eval import evaluate
from eventwire.eval.coref import gender_of, predicted_links
from eventwire.records import Actor, Article, Mention

# measured on the first 300 examples: F1 0.653, landed 0.973 (session 16: latent names,
# parallelism, wider cataphora; was 0.528/0.937 and before that baseline 0.158/0.123)
FLOORS = {"f1": 0.63, "landed": 0.95}


@pytest.mark.parametrize(
    ("pronoun", "gender"),
    [("He", "masculine"), ("his", "masculine"), ("her", "feminine"), ("it", "other")],
)
def test_gender_of(pronoun: str, gender: str) -> None:
    assert gender_of(pronoun) == gender


def test_links_come_from_the_actor_covering_the_pronoun() -> None:
    text = "Ana met Bea. She smiled."
    actors = (
        Actor(
            "A1",
            "Ana",
            "person",
            mentions=(Mention(0, 3, "Ana", "name"), Mention(12, 15, "She", "pronoun")),
        ),
        Actor("A2", "Bea", "person", mentions=(Mention(8, 11, "Bea", "name"),)),
    )
    article = Article(id="x", meta=None, text=text, actors=actors)  # type: ignore[arg-type]
    landed, links = predicted_links(
        article, OffsetMap.identity(len(text)), (12, 15), [(0, 3), (8, 11)]
    )
    assert landed and links == [True, False]
    landed, links = predicted_links(
        article, OffsetMap.identity(len(text)), (17, 23), [(0, 3), (8, 11)]
    )
    assert not landed and links == [False, False]


GAP = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "coref" / "gap_dev.jsonl"


def test_gap_floor(settings: Settings) -> None:
    if not GAP.exists():
        pytest.skip(f"shared data not available: {GAP}")
    report = evaluate("coref", GAP, settings, limit=300)
    assert report.counts["pronouns"] == 300
    for name, floor in FLOORS.items():
        assert report.figures[name] >= floor, (name, report.figures[name])
