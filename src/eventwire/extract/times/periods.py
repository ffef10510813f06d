"""Resolvers of periods and vague times: durations, sets (frequencies) and present/past/future references."""

from __future__ import annotations

import re

from eventwire.extract.times import calendar as cal
from eventwire.extract.times.scope import Result, Scope, group
from eventwire.extract.times.time_words import fold

# Prepositions and verbs after which a bare plural unit is a period: "for years", "within weeks".
_BARE_PLURAL_AFTER = frozenset(
    {
        "for",
        "within",
        "over",
        "after",
        "in",
        "than",
        "take",
        "takes",
        "took",
        "taking",
        "lasted",
        "spent",
        "spend",
        "spends",
    }
)
# Words after which "a week", "a year" is a period, not a frequency.
_PERIOD_AFTER = frozenset(
    {
        "within",
        "in",
        "for",
        "after",
        "over",
        "than",
        "about",
        "nearly",
        "almost",
        "only",
        "just",
        "least",
        "under",
    }
)
_PLURALS = frozenset({"hours", "days", "weeks", "months", "years", "decades", "centuries"})
_AGE = re.compile(r"\s*(?:of\s+age|old\b)")
_QUANTITY_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def duration(m: re.Match[str], s: Scope) -> Result | None:
    """``nearly three hours`` (PT3H), ``80 years``, ``two-week``, ``several months`` (PXM), ``the past year``."""
    unit = fold(m["unit"] or group(m, "plural") or "")
    code = s.lexicon.value("unit", unit) or "D"
    count_text = m["count"]
    old = (m["old"] or "").lower()
    if ("old" in old) or _AGE.match(s.after(m)):
        return None  # ages: "a 19-year-old", "45 years old"
    if not count_text and not group(m, "long") and not _bare_ok(m, s, unit):
        return None
    if unit.startswith("quarter") and (
        not count_text or fold(count_text) in ("a", "an") or s.after(m).startswith(" of")
    ):
        return None  # fractions: "a quarter of the vote", "three-quarters of its food"
    if unit == "second" and (not count_text or fold(count_text) in ("a", "an")):
        return None  # "a second term"
    plural = unit.endswith("s") or unit in ("millennia", "centuries")
    count = s.count(count_text) if count_text else (None if plural else 1.0)
    if group(m, "half"):
        count = None if count is None else count + 0.5
    return "DURATION", cal.duration(count, code)


def ahead(m: re.Match[str], s: Scope) -> Result | None:
    """``the weeks ahead``: an unspecified number of units."""
    return "DURATION", cal.duration(None, s.lexicon.value("unit", m["unit"]) or "D")


def frequency(m: re.Match[str], s: Scope) -> Result | None:
    """``annually``, ``every week`` (P1W), ``each Thursday``, ``$33 million a year``, ``twice a week``."""
    if m["adv"]:
        return "SET", s.lexicon.value("set_adverb", m["adv"]) or "P1D"
    if m["every"]:
        return _every(m, s)
    unit = s.lexicon.value("unit", m["unit2"]) or "D"
    if m["unit2"].lower().endswith("s"):
        return None
    if s.word_before(m) in _PERIOD_AFTER:
        return None  # "within a week", "for a year": a period
    if not m["times"] and fold(m["a"]) != "per" and not _after_amount(m, s):
        return None
    return "SET", cal.duration(1, unit)


def reference(m: re.Match[str], s: Scope) -> Result | None:
    """``now``, ``currently``, ``recently``, ``the past``, ``the future``, ``soon``."""
    value = s.lexicon.value("reference", m["ref"])
    if value is None:
        return None
    word = fold(m["ref"])
    if word in ("current", "future", "recent") and s.view.token(m.start()).pos_ not in (
        "ADJ",
        "NOUN",
    ):
        return None
    if word == "soon" and s.before(m).endswith("as ") and s.after(m).startswith(" as"):
        return None  # "as soon as they arrive" is a conjunction
    return "DATE", value


def _every(m: re.Match[str], s: Scope) -> Result | None:
    if m["wd"]:
        return (
            ("SET", f"XXXX-WXX-{s.lexicon.value('weekday', m['wd'])}")
            if s.proper(m, "wd")
            else None
        )
    if m["mo"]:
        return ("SET", f"XXXX-{s.lexicon.value('month', m['mo'])}") if s.proper(m, "mo") else None
    if m["s"]:
        return "SET", f"XXXX-{s.lexicon.value('season', m['s'])}"
    if m["pod"]:
        return "SET", f"XXXX-XX-XXT{s.lexicon.value('part_of_day', m['pod'])}"
    code = s.lexicon.value("unit", m["unit"]) or "D"
    count = s.count(m["count"]) if m["count"] else 1.0
    if m["other"] and m["other"].lower() == "other":
        count = 2.0
    return "SET", cal.duration(count or 1.0, code)


def _bare_ok(m: re.Match[str], s: Scope, unit: str) -> bool:
    """A unit without a count: "the past year", "recent years", or a plural after "for", "within"."""
    if group(m, "rel") or group(m, "rel2"):  # "the past year", "recent years", "coming weeks"
        return True
    if unit not in _PLURALS:
        return False
    return s.word_before(m) in _BARE_PLURAL_AFTER


def _after_amount(m: re.Match[str], s: Scope) -> bool:
    """ "a year" is a frequency after an amount: "$33 million a year", "two flights a week"."""
    i, _ = s.view.token_range(m.start(), m.end())
    sentence_start = s.view.doc[i].sent.start
    for token in s.view.doc[max(sentence_start, i - 5) : i]:
        if (
            token.like_num
            or token.ent_type_ in _QUANTITY_LABELS
            or token.lower_ in ("times", "once", "twice")
        ):
            return True
    return False
