"""The surface grammar of temporal expressions: one compiled regex per rule, built from the lexicon.

A rule's pattern covers the whole TIMEX3 extent as TimeBank draws it: determiners and relative
words ("the", "last", "this"), approximators ("nearly", "more than") and positional modifiers
("early", "mid-") are inside; prepositions ("on", "in", "since", "over") are outside. Templates
name lexicon-built pieces as ``<<NAME>>``. Rules are listed by priority: when two matches cover the
same characters the earlier rule wins (a longer match always wins).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventwire.extract.times.time_words import Lexicon, alternation, lexicon

# Word boundaries: not inside a word, a number, an amount ("$1990") or a hyphenated compound.
START = r"(?<![\w$£€¥#/])(?<!\w[.,:-])"
END = r"(?![\w%$£€¥]|[.,:/]\d|-\w)"

_FIXED = {
    "YEAR": r"(?:1[5-9]\d\d|20\d\d)",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])",
    "POSMOD": r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)",
    "DIGITS": r"(?:\d+(?:,\d{3})*(?:\.\d+)?(?:\s+\d/\d)?|\d/\d)",
    "ORDQ": r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
    "TZ": r"(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|local\s+time)",
    "AMPM": r"(?:a\.m\.?|p\.m\.?|am|pm)",
    "QPRE": (
        r"(?:(?:1[5-9]\d\d|20\d\d)(?:'s)?|fiscal|calendar|latest|current|last|past|previous|preceding|"
        r"next|coming|this|same|comparable|recent|just-ended|year-earlier|year-ago|most\s+recent|"
        r"(?:this|last|next)\s+year's)"
    ),
    "FILLER": r"(?:more|additional|consecutive|straight|full|long|whole|trading|business|working|calendar|fiscal)",
    "TENS": r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)",
    "ONES": r"(?:one|two|three|four|five|six|seven|eight|nine)",
    "TEENS": r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)",
    "SPOKEN": (
        r"(?:(?:nineteen|eighteen)[\s-]+(?:<<TENS>>(?:[\s-]+<<ONES>>)?|<<TEENS>>|oh[\s-]+<<ONES>>|hundred)"
        r"|two\s+thousand(?:[\s-]+(?:and\s+)?(?:<<TEENS>>|<<ONES>>))?)"
    ),
    "DECADEWORD": r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
}

# (name, anchors, template). A rule is only tried near its anchors: words of the named lexicon
# kinds (upper case), DIGIT (any digit), or the listed words; every match contains one.
RULES: tuple[tuple[str, str, str], ...] = (
    (
        "iso",
        "DIGIT",
        r"(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?:t(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?",
    ),
    ("numeric", "DIGIT", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})"),
    (
        "clock",
        "DIGIT POD noon midnight",
        r"(?:(?P<approx><<APPROX>>|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?"
        r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap><<AMPM>>)|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)"
        r"|(?P<h3>[01]?\d|<<NUMWORD>>)\s+(?:o'clock\s+)?in\s+the\s+(?P<pod3>morning|afternoon|evening)"
        r"|(?P<word>noon|midnight|midday))"
        r"(?:\s+(?P<tz><<TZ>>))?"
        r"(?:,?\s+(?:on\s+)?(?:(?P<wd><<WEEKDAY>>)|(?P<rd>today|yesterday|tomorrow)|(?P<mo><<MONTH>>)\s+(?P<d><<DAY>>)))?",
    ),
    (
        "mdy",
        "MONTH",
        r"(?:(?P<wd><<WEEKDAY>>),?\s+)?(?:(?P<rel>last|next|this)\s+)?(?P<mo><<MONTH>>)\s+(?P<d><<DAY>>)"
        r"(?:,?\s+(?P<y>\d{4}))?",
    ),
    (
        "dmy",
        "MONTH",
        r"(?:(?P<wd><<WEEKDAY>>),?\s+)?(?:the\s+)?(?P<d><<DAY>>)(?:\s+of)?\s+(?P<mo><<MONTH>>)(?:,?\s+(?P<y>\d{4}))?",
    ),
    (
        "month",
        "MONTH",
        r"(?:(?P<mod><<POSMOD>>)[\s-]+)?(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<mo><<MONTH>>)"
        r"(?:,?\s+(?:of\s+)?(?P<y><<YEAR>>|<<SPOKEN>>)|(?:\s+of)?\s+(?P<yrel>this|last|next)\s+year)?",
    ),
    (
        "decade",
        "DIGIT twenties thirties forties fifties sixties seventies eighties nineties",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>\d{3}0|'\d0|\d0)'?s|(?:nineteen[\s-]+)?(?P<decw><<DECADEWORD>>))",
    ),
    (
        "century",
        "century centuries",
        r"(?:the\s+)?(?:(?P<ord><<ORDINAL>>)|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past))[\s-]+century",
    ),
    (
        "quarter_adj",
        "quarter",
        r"(?P<pre>(?:(?:fiscal|calendar|<<YEAR>>)\s+)*)(?P<ord><<ORDQ>>)-(?:(?:fiscal|calendar)-)?quarter"
        r"(?P<y>)(?P<yrel>)(?P<ago>)",
    ),
    (
        "quarter",
        "quarter",
        r"(?:the\s+)?(?P<pre>(?:<<QPRE>>[\s-]+)*)(?:(?P<ord><<ORDQ>>)\s+)?(?:(?:fiscal|calendar)\s+)?quarter"
        r"(?:\s+of\s+(?:(?:fiscal|the)\s+)?(?:(?P<y><<YEAR>>)|(?P<yrel>this|last|next)\s+year))?"
        r"(?P<ago>\s+a\s+year\s+(?:ago|earlier))?",
    ),
    (
        "half",
        "half",
        r"(?:the\s+)?(?P<ord>first|second|1st|2nd|latter)\s+half(?:\s+of\s+(?:(?P<y><<YEAR>>)|(?:the|this)\s+year"
        r"|(?P<yrel>last|next)\s+year))?",
    ),
    (
        "season",
        "SEASON",
        r"(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<rel>this\s+past|last|next|this|past|coming|the)\s+)?(?:(?P<mod2>early|mid|late)[\s-]+)?"
        r"(?P<s><<SEASON>>)(?:\s+(?:of\s+)?(?P<y><<YEAR>>|<<SPOKEN>>))?",
    ),
    (
        "weekday",
        "WEEKDAY",
        r"(?:(?P<rel>last|next|this|coming|past)\s+)?(?:(?P<ea>earlier|later)\s+)?(?P<wd><<WEEKDAY>>)(?P<plural>s)?"
        r"(?:\s+(?P<pod><<POD>>)(?P<podpl>s)?)?",
    ),
    (
        "relday",
        "yesterday today tomorrow tonight",
        r"(?:(?P<ea>early|late|earlier|later)\s+)?(?P<base>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        r"|yesterday|today|tomorrow|tonight)(?:\s+(?P<pod><<POD>>))?",
    ),
    (
        "relpod",
        "POD",
        r"(?:(?P<ea>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod><<POD>>)",
    ),
    (
        "anaphor",
        "UNIT POD weekend",
        r"(?:(?P<ea>earlier|later)\s+)?(?:(?P<the>the|that)\s+)?(?P<rel>previous|preceding|next|following|same|)\s*"
        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year|weekend)"
        r"(?:\s+(?P<dir>before|after|earlier|later)(?!\s+(?:the|a|an|his|her|their|its|this|that)\b))?",
    ),
    (
        "podmod",
        "POD",
        r"(?P<mod>mid|early|late)[\s-]?(?P<pod><<POD>>)(?:\s+(?P<rd>yesterday|today|tomorrow)|,?\s+(?:on\s+)?(?P<wd><<WEEKDAY>>))?",
    ),
    (
        "relunit",
        "UNIT weekend",
        r"(?:(?P<ea>early|late|earlier|later|mid)[\s-]+(?:in\s+)?)?(?P<the>the\s+)?(?P<rel>last|this|next|past|coming|previous|current)"
        r"\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|decade|century|weekend)",
    ),
    ("inthe", "UNIT", r"(?P<ea>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year|day)"),
    ("weekend", "weekend", r"the\s+weekend"),
    (
        "ago",
        "UNIT",
        r"(?:(?P<approx><<APPROX>>)\s+)?(?:just\s+)?(?:(?P<count><<COUNT>>)[\s-]+)?(?P<unit><<UNIT>>)(?:\s+or\s+so)?"
        r"\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence)",
    ),
    (
        "fiscal",
        "fiscal",
        r"(?:the\s+)?(?P<rel>current|latest|last|previous|next|same)?\s*fiscal\s+year",
    ),
    ("yearlong", "UNIT", r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|through|to\s+date))"),
    (
        "yearend",
        "UNIT",
        r"(?:(?P<yr>year[\s-]end|year's\s+end)|the\s+end\s+of\s+(?:the|this)\s+(?P<unit>year|month|week|quarter))",
    ),
    (
        "period",
        "UNIT period",
        r"(?:the\s+)?(?:(?P<which>latest|comparable|corresponding|same)\s+(?:fiscal\s+)?period"
        r"|(?P<ago>year-earlier|year-ago|prior-year)(?:\s+(?:fiscal\s+)?period)?)"
        r"(?P<later>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?",
    ),
    (
        "spoken_year",
        "nineteen eighteen thousand",
        r"(?:the\s+year\s+)?(?P<sy>(?:nineteen|eighteen)[\s-]+(?:<<TENS>>(?:[\s-]+<<ONES>>)?|<<TEENS>>|oh[\s-]+<<ONES>>))|the\s+year\s+(?P<sy2><<SPOKEN>>)",
    ),
    (
        "year",
        "DIGIT",
        r"(?:(?P<mod><<POSMOD>>)[\s-]+)?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?(?:the\s+year\s+)?(?P<y><<YEAR>>)"
        r"(?:\s+or\s+(?:later|earlier|before|after))?",
    ),
    (
        "set",
        "SET UNIT every each per",
        r"(?:(?P<every>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<count><<NUM>>)\s+)?"
        r"(?:(?P<unit><<UNIT>>)|(?P<wd><<WEEKDAY>>)|(?P<mo><<MONTH>>)|(?P<s><<SEASON>>)|(?P<pod><<POD>>))"
        r"|(?P<adv><<SET>>)|(?P<times>(?:once|twice|thrice|<<NUM>>\s+times)\s+)?(?P<a>a|an|per)\s+(?P<unit2><<UNIT>>))",
    ),
    (
        "duration_adj",
        "UNIT",
        r"(?:(?P<approx><<APPROX>>)\s+(?!the\b))?(?:(?P<count><<NUM>>|several|multi|a\s+few|many)-(?:<<FILLER>>-)?"
        r"(?P<unit><<UNIT>>)(?P<old>-old|-long)?|(?P<plural>hours|days|weeks|months|years|decades|centuries)(?P<long>-long))",
    ),
    (
        "duration",
        "UNIT",
        r"(?:(?P<approx><<APPROX>>)\s+(?!the\b))?(?:the\s+(?P<rel>past|last|next|first|coming|previous|final|following"
        r"|initial|remaining|latest|same|entire|whole|full)\s+|the\s+|(?P<rel2>recent|coming)\s+)?"
        r"(?:(?P<count><<COUNT>>)\s+)?(?:<<FILLER>>\s+)*"
        r"(?P<unit><<UNIT>>)(?P<half>\s+and\s+a\s+half)?(?P<old>-old|-long|\s+old)?(?:\s+or\s+(?:so|more|longer|less))?",
    ),
    ("ahead", "UNIT", r"the\s+(?P<unit>days|weeks|months|years)\s+ahead"),
    (
        "holiday",
        "HOLIDAY",
        r"(?:(?P<rel>last|this|next)\s+)?(?P<h><<HOLIDAY>>)(?:,?\s+(?P<y><<YEAR>>))?",
    ),
    ("reference", "REFERENCE", r"(?P<ref><<REFERENCE>>)"),
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A named, compiled pattern, its anchors and its priority (lower wins among equal-length matches).

    Patterns are written in lower case and run over the case-folded text (see :func:`fold_case`).
    """

    name: str
    regex: re.Pattern[str]
    anchors: tuple[str, ...]
    priority: int


# A-Z -> a-z only, so the folded text keeps every offset (str.lower() may change lengths).
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def fold_case(text: str) -> str:
    """Lower-case the text, keeping its length and offsets."""
    lowered = text.lower()
    # No character shrinks when lower-cased, so equal lengths mean every offset is kept.
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def macros(lex: Lexicon) -> dict[str, str]:
    """The ``<<NAME>>`` pieces: lexicon alternations plus fixed shapes."""
    numword = alternation([*lex.words["number"], *lex.words["multiplier"]])
    numwords = rf"(?:{numword}(?:(?:\s+and\s+|[\s-])(?:{numword}))*)"
    num = rf"(?:{_FIXED['DIGITS']}|{numwords})"
    pieces = {
        "MONTH": lex.pattern("month"),
        "WEEKDAY": lex.pattern("weekday"),
        "SEASON": lex.pattern("season"),
        "POD": lex.pattern("part_of_day"),
        "UNIT": lex.pattern("unit"),
        "ORDINAL": lex.pattern("ordinal"),
        "APPROX": lex.pattern("approx"),
        "REFERENCE": lex.pattern("reference"),
        "SET": lex.pattern("set_adverb"),
        "HOLIDAY": lex.pattern("holiday"),
        "NUMWORD": numwords,
        "NUM": num,
        "COUNT": rf"(?:{num}|{lex.pattern('vague_count')}|an?)",
    }
    return {**_FIXED, **pieces}


def expand(template: str, pieces: dict[str, str]) -> str:
    """Replace every ``<<NAME>>`` in ``template`` (pieces may use other pieces)."""
    while "<<" in template:
        template = re.sub(r"<<(\w+)>>", lambda m: pieces[m.group(1)], template)
    return template


@functools.lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled rules, built once per process from the packaged lexicon."""
    pieces = macros(lexicon())
    return tuple(
        Rule(
            name,
            re.compile(START + expand(template, pieces) + END),
            tuple(anchors.split()),
            priority,
        )
        for priority, (name, anchors, template) in enumerate(RULES)
    )
