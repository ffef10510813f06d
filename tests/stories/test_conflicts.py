"""Conflicts: groups of reports whose leads name different specifics are kept apart, however
alike their words; what one group adds alone is no conflict (except a year), nor are thin groups."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.config import Settings
from eventwire.pipeline import process_many
from eventwire.records import Article
from eventwire.stories import Item, article_features, place, signature
from eventwire.stories.conflicts import ALIKE, Conflicts, marks
from eventwire.stories.features import Features, proper_words
from eventwire.stories.linkage import average_link
from story_texts import DEALS

WORDS = {"w:ferry": 2, "w:capsized": 1, "w:river": 1, "w:passengers": 1}


def _report(lead: dict[str, int], body: dict[str, int] | None = None) -> Features:
    """A report's terms: the shared words, what its lead names (``L`` terms, also counted as
    mentions) and what else its body mentions."""
    terms = dict(WORDS)
    for term, count in lead.items():
        terms[term] = count
        terms[term[1:]] = count
    terms.update(body or {})
    return Features(terms)


# Two ferry sinkings, alike word for word: one near Chandpur, one near Mawa.
CHANDPUR = [_report({"Lw:chandpur": 1}) for _ in range(4)]
MAWA = [_report({"Lw:mawa": 1}) for _ in range(4)]


def _conflict(first: list[Features], second: list[Features]) -> bool:
    conflicts = Conflicts(
        marks(first + second),
        [list(range(len(first))), [*range(len(first), len(first) + len(second))]],
    )
    return bool(conflicts.matrix[0, 1])


def test_groups_whose_leads_name_what_the_other_never_mentions_conflict() -> None:
    assert _conflict(CHANDPUR, MAWA)


def test_a_group_that_only_adds_names_is_no_conflict() -> None:
    later = [_report({"Lw:chandpur": 1, "Lw:rahman": 1}) for _ in range(4)]  # adds a rescuer
    assert not _conflict(CHANDPUR, later)
    mentioned = [_report({"Lw:mawa": 1}, {"w:chandpur": 1}) for _ in range(4)]
    assert not _conflict(CHANDPUR, mentioned)  # names Mawa, but mentions Chandpur too


def test_a_person_named_in_full_or_by_surname_is_mentioned_either_way() -> None:
    in_full = [_report({"La:adaeze okafor": 1, "Lw:adaeze": 1, "Lw:okafor": 1}) for _ in range(4)]
    by_surname = [_report({"La:okafor": 1, "Lw:okafor": 1}) for _ in range(4)]
    assert not _conflict(in_full, by_surname)
    other = [_report({"La:sanjay patel": 1, "Lw:sanjay": 1, "Lw:patel": 1}) for _ in range(4)]
    assert _conflict(in_full, other)  # same first name, another person


def test_a_year_one_group_dates_its_reports_to_is_a_conflict_on_its_own() -> None:
    dated = [_report({"Lw:chandpur": 1, "Ly:2016": 1}) for _ in range(4)]
    assert _conflict(CHANDPUR, dated)
    also_dated = [_report({"Lw:chandpur": 1}, {"y:2016": 1}) for _ in range(4)]
    assert not _conflict(also_dated, dated)


def test_thin_groups_have_no_conflict() -> None:
    assert not _conflict(CHANDPUR[:1], MAWA)  # one report's lead is one writer's choice
    assert not _conflict(CHANDPUR[:3], MAWA[:3])  # neither group has MIN_GROUP reports
    once = [_report({"Lw:chandpur": 1})] + [_report({}) for _ in range(3)]
    assert not _conflict(once, MAWA)  # named in one lead of four: not a specific


def _alike(across: float, features: list[Features]) -> list[list[int]]:
    """Average link of two groups of four reports, alike ``across`` the groups and 0.9 inside."""
    similarity = np.full((8, 8), across)
    similarity[:4, :4] = similarity[4:, 4:] = 0.9
    return average_link(similarity, [[i] for i in range(8)], 0.1, layers=marks(features))


def test_average_link_keeps_conflicting_groups_apart_when_they_read_less_alike() -> None:
    features = CHANDPUR + MAWA
    similarity = np.full((8, 8), 0.4)  # the two sinkings read alike ...
    similarity[:4, :4] = similarity[4:, 4:] = 0.9  # ... reports of one, more so
    singles = [[i] for i in range(8)]
    assert average_link(similarity, singles, 0.1) == [list(range(8))]
    assert _alike(0.4, features) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_names_do_not_split_reports_that_read_as_alike_as_their_own_group() -> None:
    # One sinking: early reports name the river town, later ones the ferry's owner; the two
    # groups read almost as alike across as inside (0.8 against 0.9): one happening.
    early = [_report({"Lw:chandpur": 1}) for _ in range(4)]
    later = [_report({"La:karim sheikh": 1, "Lw:sheikh": 1}) for _ in range(4)]
    assert _conflict(early, later)
    assert _alike(0.8, early + later) == [list(range(8))]
    assert _alike(0.8 * ALIKE, early + later) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_a_year_conflict_holds_however_alike() -> None:
    dated = [_report({"Lw:chandpur": 1, "Ly:2016": 1}) for _ in range(4)]
    assert _alike(0.8, CHANDPUR + dated) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_a_wire_copy_is_not_another_report() -> None:
    copied = [CHANDPUR[0], CHANDPUR[0], MAWA[0], MAWA[0], MAWA[0], MAWA[0]]
    groups = [[0, 1], [2, 3, 4, 5]]
    assert Conflicts(marks(copied), groups).matrix[0, 1]  # as if each copy were a report
    # one report and its copy, against one report and three copies: two thin profiles
    assert not Conflicts(marks(copied), groups, copies={1, 3, 4, 5}).matrix[0, 1]
    four = Conflicts(marks(CHANDPUR + MAWA), [[0, 1, 2, 3], [4, 5, 6, 7]], copies={3})
    assert four.matrix[0, 1] and list(four.sizes) == [3, 4]


def test_conflicts_follow_merges() -> None:
    features = CHANDPUR + MAWA
    conflicts = Conflicts(marks(features), [[0], [1, 2, 3], [4, 5, 6, 7]])
    assert not conflicts.matrix[0, 2]  # a single report is too thin
    assert conflicts.matrix[1, 2]
    conflicts.merge(0, 1)
    assert conflicts.matrix[0, 2] and conflicts.matrix[2, 0]


def test_proper_words_are_capitalised_names_not_stop_words_or_calendar_words() -> None:
    found = proper_words(
        "The ferry sank in the Meghna near Chandpur on Sunday, June 5, Police said."
    )
    assert {"meghna", "chandpur", "police"} <= found
    assert not found & {"the", "sunday", "june", "ferry"}
    dateline = proper_words("Updated: Tue, Dec 13, 2011 05:40 GMT. Posted by Reuters in Dhaka")
    assert dateline == {"reuters", "dhaka"}  # abbreviated dates, time zones, dateline labels


def test_the_lead_is_marked_apart(reports: dict[str, Article]) -> None:
    terms = article_features(reports["nepal_a"]).terms
    assert {"Lw:nepal", "Lw:kathmandu", "Ly:2015"} <= set(terms)  # named in the first two sentences
    assert "Lw:koirala" not in terms and "w:koirala" in terms  # named in the third only
    assert all(count == 1 for term, count in terms.items() if term.startswith("L"))


@pytest.fixture(scope="module")
def deals() -> dict[str, Article]:
    settings = Settings.build({"n_process": 1}, env={})
    return dict(zip(DEALS, process_many(list(DEALS.values()), settings=settings), strict=True))


def test_one_buyers_two_acquisitions_are_two_stories(
    deals: dict[str, Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [Item(a.id, article_features(a), tuple(signature(a.text))) for a in deals.values()]
    names = {a.id: name for name, a in deals.items()}

    def stories() -> set[frozenset[str]]:
        by_story: dict[str, set[str]] = {}
        for p in place(items):
            by_story.setdefault(p.story_id, set()).add(names[p.article_id].split("_")[0])
        return {frozenset(s) for s in by_story.values()}

    assert stories() == {frozenset({"linkedin"}), frozenset({"github"})}
    monkeypatch.setattr("eventwire.stories.cluster.marks", lambda features: ())
    assert stories() == {frozenset({"linkedin", "github"})}  # words alone merge them
