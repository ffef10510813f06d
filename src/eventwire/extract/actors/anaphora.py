"""The pronouns the person passes leave open: "it"/"its" for a body, "they" for a group, and the
first person inside a quotation ("we", "I") for its speaker.

"it", "its", "itself" (outside quotations) and the plural "they", "them", "their" that the set
pass left open are resolved by salience over *every* noun phrase before them, in their sentence
and the two before, not over actors only: a candidate scores by its grammatical role, loses for
every sentence back, and the best candidate wins. When the best is a thing ("The plan ... it
would cost"), or a noun of the wrong number, the pronoun stays open, so that a pronoun about a
thing is never given to the nearest organisation. A pronoun (no object) in a relative clause
whose subject is the relative pronoun, or in a phrase joined to a noun, ranks that noun as a
subject when its number agrees ("traders that clear goods from their stalls", "Vela Copper and
its smelter"), and a pronoun of its number resolved before it in its sentence is a candidate,
under binding ("They said ... without consulting them"). "it" is an organisation, a government, a
country acting as an actor or a singular group; "they" a plural group, a set or an organisation
(police forces and companies are "they" in much English usage). An "it" that is the subject of
a copula or a raising verb ("it is likely", "it seems") is expletive and is left alone.

A first-person pronoun inside a quotation is the quotation's speaker: the subject of the speech
verb outside quotation marks in the sentence where the quotation opens or closes ('"We will
appeal," the union said'), else the speaker of the quotation just before it in the paragraph
(a quotation that runs on over several sentences). A quotation that opens a paragraph without
a speaker of its own is that of a paragraph that ends by introducing it ("Ana Ruiz added:"), or
that of the quotation the paragraph before ends with ('"...," Ana said.' then '"..."': news
runs a quotation on over paragraphs so). "I"/"me"/"my" take a speaker of any kind;
"we"/"us"/"our" of a speaker in government office (by the tables on the article date, or by a
title the text gives) is that government; of anyone else, the speaker.

A "he" or "she" inside a quotation, once the speakers are known, is resolved by salience
(``salience``) over the people before it, quoted or not, but for the quotation's speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy
from spacy.tokens import Token

from eventwire.extract.actors.codes import compose, country_of_person, government_key
from eventwire.extract.actors.context import LOWER_COLUMN, ActorContext, Draft, Found, Key
from eventwire.extract.actors.coref import token_keys
from eventwire.extract.actors.phrases import group_kind
from eventwire.extract.actors.salience import (
    binding_allows,
    phrase_object,
    relative_head,
    relative_subject,
    resolve_by_salience,
)
from eventwire.knowledge.countries import Country
from eventwire.knowledge.people import office_on

_WINDOW = 2
_SENTENCE_COST = 2.5
_ROLE = {"nsubj": 3.0, "nsubjpass": 3.0, "dobj": 2.0, "attr": 1.5, "appos": 2.0, "poss": 1.5}
_OTHER_ROLE = 1.0
_OBJECT_OF_PHRASE = 2.0  # "thanked Norway for its help": the verb's object owns the phrase
_ARGUMENTS = frozenset({*_ROLE, "pobj", "dative", "conj", "ROOT"})
_SINGULAR = frozenset({"NN", "NNP"})
_PLURAL = frozenset({"NNS", "NNPS"})
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "happen", "take"})
_BODIES = frozenset({"org", "org?", "government", "country"})
_PLURAL_BODIES = frozenset({"org", "org?", "government", "set"})
_COUNTRY_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})  # bound in a relative clause


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: Key | None  # None: a noun phrase that is no actor (a thing, or an actor not coded)
    score: float


def resolve_anaphora(ctx: ActorContext) -> None:
    """Add ``pronoun`` mentions for "it"/"they" by salience and the first person in quotes."""
    keys = token_keys(ctx)
    runs, speakers = _first_person(ctx, keys)
    starts = [start for start, _ in runs]

    def speaker_of(i: int) -> Key | None:
        n = bisect.bisect_right(starts, i) - 1
        return speakers.get(n) if n >= 0 and i < runs[n][1] else None

    resolve_by_salience(ctx, keys, speaker_of)
    words = ctx.lex.words.pronouns
    open_pronouns = sorted(
        i
        for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.neuter_pronouns)
        + ctx.where(LOWER_COLUMN, ctx.lex.ids.plural_pronouns)
        if i not in keys and not ctx.quoted[i]
    )
    for i in open_pronouns:
        token = ctx.doc[i]
        plural = words[token.lower_] == "plural"
        if not plural and _expletive(token):
            continue
        best = _best(ctx, keys, token, plural)
        if best is not None and best.key is not None:
            ctx.add(i, i + 1, best.key, "pronoun")
            keys[i] = best.key


def _expletive(token: Token) -> bool:
    """ "it is likely that ...", "it seems", "it takes time": no referent. Objects ("denied it")
    are mostly things, and are left alone too."""
    if token.lower_ == "its":
        return False
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return True
    return token.head.lemma_.lower() in _EXPLETIVE_HEADS


def _best(
    ctx: ActorContext, keys: dict[int, Key], pronoun: Token, plural: bool
) -> _Candidate | None:
    sentence = ctx.sentence_of[pronoun.i]
    first = ctx.sentences[max(0, sentence - _WINDOW)].start
    numbers = _PLURAL if plural else _SINGULAR
    best: _Candidate | None = None
    number = "plural" if plural else "neuter"
    for i in range(first, pronoun.i):
        token = ctx.doc[i]
        if ctx.quoted[i] or token.dep_ not in _ARGUMENTS:
            continue
        key = keys.get(i)
        if token.pos_ == "PRON":  # a pronoun resolved before it in its sentence, of its number
            if key is None or ctx.lex.words.pronouns.get(token.lower_) != number:
                continue
            if ctx.sentence_of[i] != sentence:
                continue  # farther back, its errors would spread
            if not binding_allows(token, pronoun) or not _fits(ctx, key, token, plural):
                continue
        elif token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if token.head.i == pronoun.i or _inside(pronoun, token):
            continue  # the pronoun's own phrase ("its chairman")
        if key is not None and not _fits(ctx, key, token, plural):
            key = None
            if token.tag_ not in numbers:
                continue
        elif key is None and token.tag_ not in numbers:
            continue
        back = sentence - ctx.sentence_of[i]
        score = _ROLE.get(token.dep_, _OTHER_ROLE) - _SENTENCE_COST * back
        if token.dep_ == "conj":
            score = _ROLE.get(token.head.dep_, _OTHER_ROLE) - _SENTENCE_COST * back
        if back == 0 and token.tag_ in numbers and _topic_of_clause(token, pronoun):
            score = _ROLE["nsubj"]  # "businesses that clear their shelves": the clause's topic
        score += _OBJECT_OF_PHRASE if phrase_object(token, pronoun) else 0.0
        if best is None or score >= best.score:  # ties: the nearer
            best = _Candidate(key, score)
    return best


def _topic_of_clause(candidate: Token, pronoun: Token) -> bool:
    """Whether the pronoun, no object, sits in a relative clause on the candidate whose subject
    is the relative pronoun ("businesses that clear their shelves"; not "paint, which it
    collects"), or in an apposition on it or a phrase joined to it ("Vela and its smelter")."""
    if pronoun.dep_ in _OBJECTS or not relative_head(candidate, pronoun):
        return False
    node = pronoun
    while node.dep_ not in {"relcl", "appos"} and node.head.i != node.i:
        node = node.head
    return node.dep_ != "relcl" or relative_subject(node)


def _inside(pronoun: Token, token: Token) -> bool:
    """Whether ``token`` is a dependent of the pronoun's head noun ("its own chairman")."""
    return pronoun.dep_ == "poss" and token.i in {t.i for t in pronoun.head.subtree}


def _fits(ctx: ActorContext, key: Key, token: Token, plural: bool) -> bool:
    """Whether an actor can be what the pronoun refers to."""
    kind = key[0]
    if kind == "group":
        return bool(key[3]) == plural
    if plural:
        return kind in _PLURAL_BODIES
    if kind == "country":
        return token.dep_ in _COUNTRY_ROLES
    return kind in _BODIES


def _first_person(
    ctx: ActorContext, keys: dict[int, Key]
) -> tuple[list[tuple[int, int]], dict[int, Key | None]]:
    """Tie "I", "we", "our" ... inside a quotation to the quotation's speaker; return the
    quotations and the speaker of each (by its number)."""
    runs = _quotations(ctx)
    starts = [start for start, _ in runs]
    paragraphs = _paragraphs(ctx)
    speakers: dict[int, Key | None] = {}
    previous: tuple[int, Key | None, int] | None = None  # (paragraph, speaker, end) before
    for n, (start, end) in enumerate(runs):
        speaker = _framing_speaker(ctx, keys, start, end, paragraphs)
        paragraph = paragraphs[start]
        if speaker is None and previous is not None and previous[0] == paragraph:
            speaker = previous[1]
        last = _before_quotation(ctx, start)
        if speaker is None and last is not None and paragraphs[last] < paragraph:
            if ctx.doc[last].text == ":":  # "Limbaugh added:" ¶ "..."
                speaker = _framing_speaker(ctx, keys, last, last + 1, paragraphs)
            elif (
                previous is not None
                and previous[0] == paragraphs[last]
                and previous[2] < len(ctx.doc)
                and ctx.sentence_of[last] <= ctx.sentence_of[previous[2]]
            ):  # '"...," Ana said.' ¶ '"..."': the quotation runs on
                speaker = previous[1]
        speakers[n] = speaker
        previous = (paragraph, speaker, end)
    for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.first_pronouns):
        token = ctx.doc[i]
        if not ctx.quoted[i] or (token.text.isupper() and token.text != "I"):
            continue  # "US" is the country, not "us"
        inside = i in keys  # the first word of a phrase: "our country's soldiers"
        if inside and not (token.lower_ == "our" and _countryless(ctx, keys[i])):
            continue
        n = bisect.bisect_right(starts, i) - 1
        key = speakers.get(n) if n >= 0 and i < runs[n][1] else None
        if key is not None and ctx.lex.words.pronouns[token.lower_] == "speakers":
            key = _government_of(ctx, key) or key
        if key is None:
            continue
        replaced = token.lower_ == "our" and _our_agents(ctx, keys, token, key)
        if not inside or replaced:
            ctx.add(i, i + 1, key, "pronoun")
            keys[i] = key
    return runs, speakers


#: Plurals of nations: "our peoples" are the speaker's and his hearers', not one country's.
_SEVERAL = frozenset({"peoples", "nations", "countries", "states"})
#: Nouns through which a quoted "our" owns an agent noun: "our nation's generals".
_HOMELAND = frozenset({"country", "nation", "state", "homeland"})


def _our_agents(ctx: ActorContext, keys: dict[int, Key], our: Token, speaker: Key) -> bool:
    """The agent noun a quoted "our" owns ("our soldiers", "our country's police") is of the
    speaker's country, with the noun's sector; "our" itself stays the speaker's. Return
    whether the noun got an actor so."""
    head = our.head
    if our.dep_ != "poss":
        return False
    if head.lemma_.lower() in _HOMELAND and head.dep_ == "poss":
        head = head.head
    lemma = head.lemma_.lower()
    agent = ctx.lex.agent(lemma)
    title = ctx.lex.title(lemma) if agent is None else None
    sector = agent.sector if agent is not None else title.sector if title is not None else None
    country = _country_of(ctx, speaker)
    if sector is None or country is None or head.pos_ != "NOUN" or head.lower_ in _SEVERAL:
        return False
    if head.i in keys and not _countryless(ctx, keys[head.i]):
        return False  # the noun already has an actor with a country
    plural = head.tag_ == "NNS"
    code, iso3, sector = compose(country, sector)
    key: Key = ("group", code, lemma, plural)
    start = min((c.i for c in head.lefts if c.dep_ in {"compound", "amod"}), default=head.i)
    name = ctx.doc[start : head.i + 1].text  # "soldiers", not "country's soldiers"
    ctx.draft(key, Draft(name=name, kind=group_kind(ctx, lemma, plural), code=code,
                         country=iso3, sector=sector))  # fmt: skip
    ctx.found[:] = [f for f in ctx.found if not (f.start <= head.i < f.end and f.start >= our.i)]
    ctx.found.append(Found(our.i + 1, head.i + 1, key, "description"))
    keys[head.i] = key
    return True


def _countryless(ctx: ActorContext, key: Key) -> bool:
    """Whether a key is a group or body the story gives no country."""
    draft = ctx.drafts.get(key)
    return key[0] == "group" and draft is not None and draft.country is None


def _country_of(ctx: ActorContext, key: Key) -> Country | None:
    """The country of a speaker's actor, if the story or the tables give one."""
    iso3: str | None = None
    if key[0] == "government":
        iso3 = str(key[1])
    elif key[0] == "person":
        person = ctx.lex.person(key[1])
        iso3 = country_of_person(person, ctx.date) if person is not None else None
    elif key[0] == "person?":
        iso3 = next(
            (f.country.iso3 for f in ctx.titles.get(key, []) if f.country is not None), None
        )
    else:
        draft = ctx.drafts.get(key)
        iso3 = draft.country if draft is not None else None
    return ctx.lex.knowledge.country_by_code(iso3) if iso3 else None


def _before_quotation(ctx: ActorContext, start: int) -> int | None:
    """The last token before a quotation that is no space and no quotation mark."""
    i = start - 1
    while i >= 0 and (ctx.doc[i].is_space or ctx.doc[i].is_quote):
        i -= 1
    return i if i >= 0 else None


def _quotations(ctx: ActorContext) -> list[tuple[int, int]]:
    """The quotations of the document as token runs ``[start, end)``, in order."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(ctx.doc)
    while i < n:
        if ctx.quoted[i]:
            j = i
            while j < n and ctx.quoted[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _paragraphs(ctx: ActorContext) -> list[int]:
    """For each token, the number of paragraph breaks before it."""
    breaks = numpy.zeros(len(ctx.doc), dtype=numpy.int64)
    for i in numpy.flatnonzero(ctx.columns[:, 4] == 1).tolist():  # space tokens only
        if "\n" in ctx.doc[i].text:
            breaks[i] = 1
    before: list[int] = (numpy.cumsum(breaks) - breaks).tolist()
    return before


def _framing_speaker(
    ctx: ActorContext, keys: dict[int, Key], start: int, end: int, paragraphs: list[int]
) -> Key | None:
    """The keyed subject of the nearest speech verb outside quotes in the sentences where the
    quotation opens and closes (and the sentence after it in its paragraph)."""
    speech = ctx.lex.words.speech_verbs
    first = ctx.sentences[ctx.sentence_of[start]].start
    last = ctx.sentences[ctx.sentence_of[end - 1]].end
    if (
        end < len(ctx.doc)
        and ctx.sentence_of[end] != ctx.sentence_of[end - 1]
        and paragraphs[ctx.sentences[ctx.sentence_of[end]].end - 1] == paragraphs[end - 1]
    ):
        last = max(last, ctx.sentences[ctx.sentence_of[end]].end)
    verbs = [
        t
        for t in ctx.doc[first:last]
        if not ctx.quoted[t.i] and t.pos_ == "VERB" and t.lemma_.lower() in speech
    ]
    verbs.sort(key=lambda t: min(abs(t.i - start), abs(t.i - end)))
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and not ctx.quoted[child.i]:
                key = keys.get(child.i)
                if key is None:  # "John Harlow": the name's head token may be its last word
                    key = next(
                        (keys[t.i] for t in child.subtree if t.i in keys and not ctx.quoted[t.i]),
                        None,
                    )
                if key is not None:
                    return key
        name = verb.i - 1
        if (
            name >= end
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and name in keys
            and not ctx.quoted[name]
            and ctx.doc[name].pos_ == "PROPN"
        ):
            # '"...," Tulsa police Chief Ana Ruiz said' parsed without a subject: the name
            # right before the verb
            return keys[name]
    return None


def _government_of(ctx: ActorContext, key: Key) -> Key | None:
    """The government a speaker speaks for: their office's country on the article date, else
    the country of a government title the text gives them."""
    country = None
    if key[0] == "person":
        person = ctx.lex.person(key[1])
        office = office_on(person, ctx.date) if person is not None and ctx.date else None
        if office is not None and office.org is None:
            country = ctx.lex.knowledge.country_by_code(office.country)
    elif key[0] == "person?":
        country = next(
            (f.country for f in ctx.titles.get(key, []) if f.sector == "GOV" and not f.former),
            None,
        )
    return government_key(ctx, country) if country is not None else None
