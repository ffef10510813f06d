"""People: PERSON entities, resolved to the people table by full name or by surname, with titles.

Names the NER missed count too when they start with a given name of one gender
(``knowledge.first_names``) and are no sizeable place and nothing the knowledge knows: a
one-word entity tagged as a place, group or thing ("Natasha" as GPE), and an untagged run of
capitalised proper nouns ("Polly Simmons"); so does a one-word "place" that is the subject of its
verb and that neither the gazetteer nor the tables know ("Altom said": the NER's guess for a
surname it has not seen). Other one-word mentions of the same word follow. A lone given name
joins a full name before it, never one after it ("Maria was born to ... Maria Farnese" are two
people), a table person's too ("Hillary Clinton ... Hillary's health").

Full names and aliases resolve first (anywhere in the document), so that a lone surname before
or after them ("Putin", "Kim") joins the same person. A surname nobody in the article carries
resolves through the table: the one person of that surname in office on the article date, else
the only person of that surname in the table. A title before or beside the name becomes a
separate ``title`` mention and evidence for the person's code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from eventwire.extract.actors.actor_lexicon import string_ids
from eventwire.extract.actors.companies import short_names
from eventwire.extract.actors.context import (
    LOWER_COLUMN,
    ORTH_COLUMN,
    ActorContext,
    Draft,
    Found,
    Key,
    TitleFacts,
)
from eventwire.extract.actors.latent import calendar_word, sizeable_place
from eventwire.extract.actors.salience import name_gender, title_gender
from eventwire.extract.actors.titles import title_apposed, title_before
from eventwire.extract.places.gazetteer import load_gazetteer
from eventwire.extract.places.names import fold as fold_place
from eventwire.knowledge.countries import Country
from eventwire.knowledge.first_names import given_name_gender, given_names
from eventwire.knowledge.names import fold
from eventwire.knowledge.people import Person, office_on
from eventwire.records import MentionHow

_SAINT = frozenset({"st.", "st", "saint"})
_ARGUMENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "conj", "appos"})
_PAGEANTS = frozenset({"World", "Universe", "Earth", "International"})  # "Miss World"
_PERSON_KEYS = frozenset({"person", "person?"})
_MISLABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC", "NORP"})


def find_people(ctx: ActorContext) -> None:
    """Add a mention for every PERSON entity, and for the title it carries."""
    names: list[tuple[Span, Key]] = []
    lone: list[Span] = []
    mislabelled = {
        ctx.trimmed(ent).text
        for ent in ctx.doc.ents
        if _given_named(ent, ctx) or _unplaced_subject(ent, ctx)
    }
    spans = [
        ctx.trimmed(ent)
        for ent in ctx.doc.ents
        if ent.label_ == "PERSON"
        or _titled_name(ent, ctx)
        or _courtesy_named(ent, ctx)
        or (ent.label_ in _MISLABELS and ctx.trimmed(ent).text in mislabelled)
    ]
    spans += _untagged_given_names(ctx)
    for span in sorted((_untitled(ctx, s) for s in spans), key=lambda s: s.start):
        if not len(span) or ctx.is_claimed(span.start, span.end) or _portfolio(ctx, span):
            continue
        if span.text in ctx.acronyms or span.text in short_names(ctx):
            continue  # a defined acronym (see .abbreviations), a company's short name
        if len(span) == 1 and span[0].lower_ in ctx.lex.words.honorifics:
            continue  # a rank the model split from its name ("Sgt" "." "Lee Park")
        if not span.text[:1].isupper():
            continue  # "fentanyl": names are capitalised
        person = ctx.lex.person_on(span.text, ctx.date)
        if person is not None and len(span) == 1 and " " in person.name:
            lone.append(span)
        elif person is not None:
            names.append((span, ("person", person.name)))
        elif len(span) == 1 or ctx.lex.by_surname(span.text):
            lone.append(span)
        else:
            names.append((span, ("person?", span.text)))
    for span, key in names:
        _add_named(ctx, span, key, "name")
    for span in lone:
        key = _surname_key(ctx, span, names)
        _add_named(ctx, span, key, "name" if key == ("person?", span.text) else "surname")
    _untagged_surnames(ctx, names)


def link_birth_names(ctx: ActorContext) -> None:
    """A name right after "born" (or "born as") is its subject's birth name ("Page was born
    Betty Mae Page", "Hall was born Shirley Grossman"): one person. The birth name takes the
    subject's key when that is a person's, else the subject's mentions take the name's (the NER
    took the subject for a body or a place)."""
    borns = set(ctx.where(LOWER_COLUMN, _born_ids()))
    if not borns:
        return
    for at in range(len(ctx.found)):  # the list as it stands; a surname added is not a name
        found = ctx.found[at]
        if found.key[0] not in _PERSON_KEYS or not borns & {found.start - 1, found.start - 2}:
            continue
        if (subject := _birth_subject(ctx, found)) is None:
            continue
        own = next((f.key for f in ctx.found if f.start <= subject < f.end), None)
        token = ctx.doc[subject]
        if own is None and token.pos_ == "PROPN" and token.text.istitle():
            # a surname nothing took for an actor: the person the birth name is of
            start = min((c.i for c in token.children if c.dep_ == "compound"), default=subject)
            if not ctx.is_claimed(start, subject + 1):
                ctx.add(start, subject + 1, found.key, "surname")
            continue
        if own is None or own == found.key:
            continue
        if own[0] in _PERSON_KEYS:  # the birth name and what joined it become the subject's
            _rekey(ctx, found.key, own)
        elif own[0] == "org?":
            _rekey(ctx, own, found.key)


@lru_cache(maxsize=1)
def _born_ids() -> Any:
    return string_ids(["born"])


def _rekey(ctx: ActorContext, old: Key, new: Key) -> None:
    ctx.found[:] = [dataclasses.replace(f, key=new) if f.key == old else f for f in ctx.found]


def _birth_subject(ctx: ActorContext, found: Found) -> int | None:
    """The subject of the "born" right before a name, if it comes before it; else None."""
    doc = ctx.doc
    at = found.start - 1
    if at > 0 and doc[at].lower_ == "as":
        at -= 1
    if at < 0 or doc[at].lower_ != "born":
        return None
    subject = next((c for c in doc[at].children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject.i if subject is not None and subject.i < at else None


def _untitled(ctx: ActorContext, span: Span) -> Span:
    """A full name without a title of some sector the NER took into it ("Superintendent Lorraine
    Bailey", "Detective Joseph Pentangelo"), unless the whole is a name the knowledge knows:
    the title is then read before the name. A title before one word stays ("Sheriff Smith" is
    not the article's Javier Smith)."""
    doc, start = ctx.doc, span.start
    while span.end - start > 2 and doc[start].text[:1].isupper() and doc[start + 1].pos_ == "PROPN":
        title = ctx.lex.title(doc[start].lower_)
        if title is None or title.sector is None:
            break
        start += 1
    if start == span.start or ctx.lex.named(span.text) is not None:
        return span
    return doc[start : span.end]


def _portfolio(ctx: ActorContext, span: Span) -> bool:
    """A one-word "name" before a portfolio noun is the portfolio ("Labour Minister")."""
    doc = ctx.doc
    return (
        len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in ctx.lex.words.portfolios
    )


def _untagged_surnames(ctx: ActorContext, names: list[tuple[Span, Key]]) -> None:
    """A surname of someone named in full, which the NER did not tag ("Hollings added"), and
    the given name of someone named in full before it ("Ellen Ward ... Ellen left", whatever
    part of speech the tagger gave "Ellen"), when no one else named has that given name."""
    surnames: dict[str, Key] = {}
    given: dict[str, tuple[int, Key | None]] = {}
    for span, key in names:
        person = ctx.lex.person(key[1]) if key[0] == "person" else None
        words = key[1].split()
        if person is not None or len(words) > 1:
            surnames.setdefault(person.surname if person is not None else words[-1], key)
        if len(words) > 1 and given_name_gender(words[0]) is not None:
            first = given.get(words[0])
            given[words[0]] = (span.start, key if first is None or first[1] == key else None)
    words = {**surnames, **{w: k for w, (_, k) in given.items() if k is not None}}
    if not words:
        return
    for i in ctx.where(ORTH_COLUMN, string_ids(words)):
        token = ctx.doc[i]
        if i in ctx.claimed:
            continue
        how: MentionHow = "surname"
        if token.text in surnames:
            if token.pos_ not in {"PROPN", "NOUN"}:
                continue
        elif i > given[token.text][0] and token.dep_ in _ARGUMENT_ROLES:
            how = "name"
        else:
            continue
        carrier = words[token.text]
        ent = ctx.ent_at(token.i)
        if ent is None or (len(ent) == 1 and _surname_not_name(ctx, ent)):
            _add_named(ctx, ctx.doc[token.i : token.i + 1], carrier, how)


def _surname_not_name(ctx: ActorContext, ent: Span) -> bool:
    """Whether a one-word entity that is the surname of someone the story names in full stands
    for that person: a word the knowledge does not know, or an organisation's one-word alias
    when the story never names the organisation in full ("Rep. Joseph F. Wagner ... Wagner
    said": no Wagner Group; "Ford Motor Co. ... Ford" stays the company)."""
    named = ctx.lex.named(ent.text)
    if named is None:
        return True
    if named.kind != "org" or named.org is None:
        return False
    return not any(
        len(other) > 1
        and (hit := ctx.lex.named(ctx.trimmed(other).text)) is not None
        and hit.org == named.org
        for other in ctx.doc.ents
    )


def _titled_name(ent: Span, ctx: ActorContext) -> bool:
    """A name the NER mislabelled, after an office title or honorific ("Vice-President Moody
    Awori" tagged ORG): the knowledge does not know it, and it is not a place or a group."""
    if ent.label_ not in _MISLABELS or ent.start == 0:
        return False
    before = ctx.doc[ent.start - 1]
    if before.lower_ not in ctx.lex.name_titles:
        return False
    if not before.text[:1].isupper() and before.lower_ in ctx.lex.words.honorifics:
        return False
    span = ctx.trimmed(ent)
    if not len(span) or ctx.place_at(span.root) is not None:
        return False
    named = ctx.lex.named(span.text)
    # unknown, or a person of the tables by full name ("Vice-President Moody Awori")
    return named is None or (named.kind == "person" and len(span) > 1)


def _courtesy_named(ent: Span, ctx: ActorContext) -> bool:
    """A name the NER mislabelled that starts with a courtesy title of one gender ("Miss
    Cordell", "Mrs. Adeyemi" tagged ORG): only people are called so. Not a beauty pageant's
    title, "Miss" with a place or the world ("Miss Brazil", "Miss World")."""
    if ent.label_ not in _MISLABELS or len(ent) < 2:
        return False
    first, rest = ent[0], ent[1:]
    if first.lower_ == "miss" and (rest.text in _PAGEANTS or sizeable_place(rest.text)):
        return False
    return (
        first.text[:1].isupper()
        and first.lower_ in ctx.lex.words.honorific_genders
        and rest[0].text[:1].isupper()
        and rest[0].pos_ == "PROPN"
        and ctx.lex.named(ent.text) is None
    )


def _given_named(ent: Span, ctx: ActorContext) -> bool:
    """A one-word name the NER mislabelled that is a given name of one gender ("Natasha",
    "Octavia" tagged GPE or ORG), when it is no place of some size and the knowledge does not
    know it as anything else."""
    span = ctx.trimmed(ent)
    if ent.label_ not in _MISLABELS or len(span) != 1:
        return False
    return _may_be_given(ctx, span[0])


def _unplaced_subject(ent: Span, ctx: ActorContext) -> bool:
    """A one-word "place" that is the subject of its verb and that no gazetteer or table knows
    ("Altom said", "Verduin was killed"): the NER's guess for a surname it has not seen."""
    span = ctx.trimmed(ent)
    if ent.label_ != "GPE" or len(span) != 1:
        return False
    token = span[0]
    if token.tag_ != "NNP" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not _capitalised(token.text) or ctx.lex.named(token.text) is not None:
        return False
    return not load_gazetteer().lookup(fold_place(token.text))


def _may_be_given(ctx: ActorContext, token: Token) -> bool:
    text = token.text
    if not _capitalised(text) or token.pos_ != "PROPN":
        return False
    if given_name_gender(text) is None or ctx.lex.named(text) is not None:
        return False
    return not sizeable_place(text)


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower()


def _untagged_given_names(ctx: ActorContext) -> list[Span]:
    """Names the NER left untagged that start with a given name ("Polly Simmons", "Emmie"): the
    given name and the capitalised proper nouns after it (three words at most)."""
    doc = ctx.doc
    spans: list[Span] = []
    end = 0
    for i in ctx.where(LOWER_COLUMN, _given_ids()):
        token = doc[i]
        if i < end or token.ent_iob_ != "O" or i in ctx.claimed:
            continue
        if calendar_word(token.lower_) or token.lower_ in ctx.lex.name_titles:
            continue  # "April 24", "Queen": a month or a title, not a name
        if i and (doc[i - 1].pos_ == "DET" or doc[i - 1].lower_ in _SAINT):
            continue  # "an Amber Alert", "St. James": a name with an article names a thing
        if not _may_be_given(ctx, token):
            continue
        end = i + 1
        while (
            end < min(len(doc), i + 3)
            and doc[end].ent_iob_ == "O"
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
        ):
            end += 1
        if end - i > 1 or token.dep_ in _ARGUMENT_ROLES:
            spans.append(doc[i:end])  # alone, a given name must play a person's part ("Bill")
    return spans


@lru_cache(maxsize=1)
def _given_ids() -> Any:
    return string_ids(given_names())


def _add_named(ctx: ActorContext, span: Span, key: Key, how: MentionHow) -> None:
    if key[0] == "person?":
        ctx.draft(key, Draft(name=key[1], kind="person"))
    ctx.add(span.start, span.end, key, how)
    read_titles(ctx, span, key)


def read_titles(ctx: ActorContext, span: Span, key: Key) -> None:
    """Add the titles before and beside a person's name as evidence and ``title`` mentions."""
    before = title_before(span, ctx)
    if before is not None:
        start, facts = before
        ctx.titles[key].append(_placed(ctx, key, span, facts))
        if facts.phrase:
            ctx.add(start, span.start, key, "title")
    beside = title_apposed(span, ctx)  # "Gen. Ana Costa, commander of the army,"
    if beside is not None:
        start, end, facts = beside
        ctx.titles[key].append(_placed(ctx, key, span, facts))
        ctx.add(start, end, key, "title")


def _placed(ctx: ActorContext, key: Key, span: Span, facts: TitleFacts) -> TitleFacts:
    """An unknown person's office title without a country takes the one country the sentence
    names ("President Bouteflicka threatened a curfew in Algiers" -> Algeria)."""
    if key[0] != "person?" or facts.country is not None or facts.org is not None:
        return facts
    if not facts.office:
        return facts
    countries = {
        c.iso3: c
        for ent in ctx.sentences[ctx.sentence_of[span.start]].ents
        if not (span.start <= ent.start < span.end) and (c := _country_of(ctx, ent)) is not None
    }
    if len(countries) != 1:
        return facts
    return dataclasses.replace(facts, country=next(iter(countries.values())))


def _country_of(ctx: ActorContext, ent: Span) -> Country | None:
    span = ctx.trimmed(ent)
    named = ctx.lex.named(span.text) if len(span) else None
    if named is not None and named.kind in {"country", "demonym", "capital", "seat"}:
        return named.country
    hit = ctx.place_at(ent.root)
    return hit[1].country if hit is not None else None


def _surname_key(ctx: ActorContext, span: Span, names: list[tuple[Span, Key]]) -> Key:
    """The person a lone name stands for: someone named in the article, else the table's."""
    text = span.text
    # "Mr. Obama": the family member of the title's gender
    titled = title_gender(ctx, ctx.doc[span.start - 1]) if span.start else None
    names = [
        (s, k)
        for s, k in names
        if titled is None or name_gender(ctx, k, titles=False) in {None, titled}
    ]
    before = [k for s, k in names if s.start < span.start and _carries(ctx, k, text)]
    # a given name alone does not look ahead: "Maria was born to ... Maria Farnese" are two
    given = given_name_gender(text) is not None
    after = [
        k
        for s, k in names
        if s.start > span.start and _carries(ctx, k, text) and not (given and _first_word(k, text))
    ]
    if before:
        return before[-1]
    if after:
        return after[0]
    person = ctx.lex.person_on(text, ctx.date) or _table_surname(ctx, text)
    return ("person", person.name) if person is not None else ("person?", text)


def _carries(ctx: ActorContext, key: Key, text: str) -> bool:
    if key[0] == "person":
        person = ctx.lex.person(key[1])
        return person is not None and (
            fold(person.surname) == fold(text)
            or ctx.lex.person(text) is person
            or (given_name_gender(text) is not None and _first_word(key, text))
        )
    # someone the table lacks: by family name, whichever end of the name it is ("Fu Cong" -> Fu)
    words = key[1].split()
    return len(words) > 1 and fold(text) in {fold(words[0]), fold(words[-1])}


def _first_word(key: Key, text: str) -> bool:
    words = key[1].split()
    return len(words) > 1 and fold(words[0]) == fold(text)


def _table_surname(ctx: ActorContext, text: str) -> Person | None:
    """The one person of this surname in office on the date, else the only one in the table;
    else the one leader of this surname the generated tables have in office on the date, when
    the story names his country (a lone "Young" in a 1989 business story is not Trinidad's
    minister: the generated tables hold thousands of leaders of every country, the surnames of
    many of them common words or common names elsewhere)."""
    # a surname many leaders share ("Ahmed", "Khan", "Lee") names one of them alone only while
    # he leads his country or in a story that names it ("police arrested Ahmed" in 2015 is no
    # former Bangladeshi chief adviser)
    common = len(ctx.lex.history_by_surname(text)) >= _COMMON_SURNAME
    people = [
        p for p in ctx.lex.by_surname(text)
        if not _later(p, ctx.date)
        and ((_known_abroad(p) and (not common or _leading(p, ctx.date)))
             or ((common or given_name_gender(text) is None)
                 and _names_country(ctx, p.offices[0].country)))
    ]  # fmt: skip
    if ctx.date is not None:
        serving = [p for p in people if office_on(p, ctx.date) is not None]
        leaders = [p for p in serving if office_on(p, ctx.date).leader]  # type: ignore[union-attr]
        for group in (serving, leaders):
            if len(group) == 1:
                return group[0]
        if serving:
            return None
    if len(people) == 1:
        return people[0]
    if people or ctx.date is None:
        return None
    offices = ((p, office_on(p, ctx.date)) for p in ctx.lex.history_by_surname(text))
    found = [(p, o) for p, o in offices if o is not None and o.leader]
    if len(found) != 1 or not _names_country(ctx, found[0][1].country):
        return None
    return found[0][0]


def _leading(person: Person, on: dt.date | None) -> bool:
    office = office_on(person, on)
    return office is not None and office.leader


def _known_abroad(person: Person) -> bool:
    """Whether a person's surname alone may name them in any story: one who held an office of
    state, not only a seat in a legislature or another office of role "other". Such a person is
    named by surname alone only in a story that names their country, and never by a surname
    that is also a given name ("Graham said" in a London story is not the US senator, nor is the
    "Warren" of "Warren E. Buffett"; "McConnell" in a story naming the US is)."""
    return any(o.role != "other" for o in person.offices)


def _later(person: Person, on: dt.date | None) -> bool:
    """Whether the person's first office began a decade or more after the date: few stories
    call someone by his surname alone so long before (a lone "Young" in 1989 is not the prime
    minister of 2025; "Trump" in 2016 is the candidate)."""
    starts = [o.start for o in person.offices]
    return on is not None and bool(starts) and min(starts) > f"{on.year + _BEFORE_OFFICE:04d}"


#: Leaders of the generated tables sharing a surname that make it too common to name one alone.
_COMMON_SURNAME = 10

#: Years before his first office in which a lone surname may still be a person of the table.
_BEFORE_OFFICE = 10


def _names_country(ctx: ActorContext, iso3: str) -> bool:
    """Whether an entity of the document names the country, its people or its capital."""
    for ent in ctx.doc.ents:
        hit = ctx.named_at(ent[0])
        if hit is not None and hit[1].country is not None and hit[1].country.iso3 == iso3:
            return True
    return False
