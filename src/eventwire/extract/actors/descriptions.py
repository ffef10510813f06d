"""What the text says a person is, beyond the title beside the name: a predicate nominative, a
coordinated appositive, the organisation that employs them, and a criminal suspect's role.

* "Ana Costa is a columnist for the Courier", "Costa became chairman": the noun after a copula
  whose subject is the person is a title of theirs, as an appositive is.
* "Ana Costa, chairman and chief executive, said": each title of a coordinated appositive.
* A role owned by an organisation the tables do not know, through a possessive or "of"/"for"/"at"
  ("Nexus Corp's vice president", "a director of Nexus Corp"): the role is that organisation's.
  An organisation with a legal form is a company, and so are unknown organisations that have
  executives (a chief executive, a vice president, board members; a chairman or a director
  may head a committee or an agency as well): the person is BUS, not the GOV that a bare
  "president" would give. A role owned by a body the tables know or the text describes takes
  that body's code or sector ("a spokesman for the FBI", "the company's chairman").
* A person the tables do not know and the text gives no role, who is the object of a verb of
  criminal process ("police arrested Ana Costa", "Costa was charged"): CAMEO's CRM.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from eventwire.extract.actors.backoff import has_legal_form
from eventwire.extract.actors.companies import PUBLIC_BODIES, public_body
from eventwire.extract.actors.context import ActorContext, Draft, Found, Key, TitleFacts
from eventwire.extract.actors.people import read_titles
from eventwire.extract.actors.titles import analyse

_PERSONS = frozenset({"person", "person?"})
_COPULAS = frozenset({"be", "become", "remain"})
_OWNER_PREPOSITIONS = frozenset({"of", "for", "at"})
#: Roles that, owned by an organisation the tables do not know, make it a company.
_EXECUTIVES = frozenset(
    {"president", "vice president", "chief executive", "ceo", "executive", "managing director",
     "chief operating officer", "cfo", "board member"}
)  # fmt: skip
#: Verbs through which a passive verb of criminal process is said of their subject.
_RAISING = frozenset({"be", "expect", "schedule", "set", "go", "seem", "appear"})
_CRM = TitleFacts(country=None, org=None, sector="CRM", former=False, phrase=None, office=False)


def find_descriptions(ctx: ActorContext) -> None:
    """Add the titles that predicate nominatives and coordinated appositives give, re-read
    titles owned by unknown organisations, and mark unknown suspects CRM."""
    seen: set[int] = set()
    for found in list(ctx.found):
        if found.key[0] not in _PERSONS or found.how not in {"name", "surname"}:
            continue
        span = ctx.doc[found.start : found.end]
        root = span.root
        if root.i in seen:
            continue
        seen.add(root.i)
        for noun in _described_by(span, found.key[0] == "person?"):
            _add_title(ctx, found.key, noun)
    for key, facts in list(ctx.titles.items()):
        if key[0] in _PERSONS:
            ctx.titles[key] = [_owned(ctx, key, fact) for fact in facts]
    _suspects(ctx)


def describe_latent(ctx: ActorContext, known: set[Key]) -> None:
    """Read the titles, descriptions and criminal process of the people a pronoun made of a
    latent name after the passes above (``latent``; "An Olmsted County jury acquitted Hugo
    Ernesto Lopez ... He was represented by ...", the name tagged a work of art): the same
    reading as a name the people pass found. ``known``: the keys found before pronouns."""
    late = [
        f for f in ctx.found if f.key[0] == "person?" and f.key not in known and f.how == "name"
    ]
    if not late:
        return
    keys = {f.key for f in late}
    seen: set[Key] = set()
    for found in late:
        span = ctx.doc[found.start : found.end]
        if found.key not in seen:  # the titles of the first mention, as the people pass
            seen.add(found.key)
            read_titles(ctx, span, found.key)
        for noun in _described_by(span, unknown=True):
            _add_title(ctx, found.key, noun)
    for key in keys:
        ctx.titles[key] = [_owned(ctx, key, fact) for fact in ctx.titles.get(key, [])]
    _suspects(ctx, keys)


def _described_by(span: Span, unknown: bool) -> list[Token]:
    """Role nouns said of the name: the attribute of a copula it is the subject of, and the
    coordinated members of an appositive; of a person the tables lack (``unknown``), the
    attribute of a relative clause on the name too ("Ana Costa, who is a professor at ...,";
    for a known person such a clause is more often praise: "Trump, who is a leader who ...")."""
    root = span.root
    nouns: list[Token] = []
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in _COPULAS:
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    for clause in root.children if unknown else ():
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _COPULAS and _who(clause):
            nouns += [c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    for noun in apposed:
        nouns += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    for noun in list(nouns):
        nouns += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return list(dict.fromkeys(nouns))


def _denied(noun: Token) -> bool:
    """Whether the copula of a predicate noun is negated ("Costa is not a physician", "not an
    employee of RT"): the noun names no one."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children)


def _who(clause: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("who is", not "whose
    father was")."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children)


def _add_title(ctx: ActorContext, key: Key, noun: Token) -> None:
    start = noun.left_edge.i
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None and ctx.ent_at(possessor.i) is None:
        start = possessor.right_edge.i + 1  # "the company's president": the owner is no title
    while start < noun.i and ctx.doc[start].tag_ in {"DT", "POS"}:
        start += 1
    if _denied(noun):
        _take_description(ctx, noun)  # no actor, and no title of the person
        return
    if ctx.is_claimed(start, noun.i + 1) and not _take_description(ctx, noun):
        return
    facts = analyse(ctx.doc[start : noun.i + 1], ctx, head=noun)
    if facts is None or not facts.phrase:
        return
    owner = _owner_of(ctx, noun)
    if owner is not None and facts.org is None and facts.country is None:
        facts = dataclasses.replace(facts, sector=_owner_sector(owner, facts))
    ctx.titles[key].append(facts)
    ctx.add(start, noun.i + 1, key, "title")


def _take_description(ctx: ActorContext, noun: Token) -> bool:
    """Whether the noun's phrase is a description actor's mention ("a columnist"), which then
    becomes the person's title instead."""
    for found in ctx.found:
        if (
            found.how == "description"
            and found.end == noun.i + 1
            and noun.left_edge.i <= found.start
            and found.key[0] == "group"
        ):
            ctx.found.remove(found)
            ctx.claimed.difference_update(range(found.start, found.end))
            return True
    return False


def _owned(ctx: ActorContext, key: Key, fact: TitleFacts) -> TitleFacts:
    """A title owned by an unknown organisation takes the organisation's sector: the owner of
    the title noun, or of the name ("Vice President Ana Costa of Nexus Corp")."""
    if fact.org is not None or fact.country is not None or not fact.phrase:
        return fact
    for found in ctx.found:
        if found.key == key and found.how in {"title", "name", "surname"}:
            root = ctx.doc[found.start : found.end].root
            known = _known_owner(ctx, root, fact)
            if known is not None:
                return known
            owner = _owner_of(ctx, root)
            if owner is not None:
                return dataclasses.replace(fact, sector=_owner_sector(owner, fact))
            sector = _sector_before(ctx, found) if found.how == "title" else None
            if sector is not None and fact.sector in {None, "GOV"}:
                return dataclasses.replace(fact, sector=sector)
    return fact


def _sector_before(ctx: ActorContext, title: Found) -> str | None:
    """The sector of an organisation the tables lack whose mention ends right before a title
    ("Intelogic Chairman Asher Edelman", the company named "Intelogic Trace Inc." before): a
    company's by its legal form, else the sector the text gave it; a public body's (GOV) by its
    name, an actor or not ("Bureau of Animal Industry (BAI) head Davinio Catbagan": an acronym
    in brackets may come between)."""
    doc = ctx.doc
    ends = {title.start}
    close = title.start - 1
    if close > 0 and doc[close].text == ")":
        opening = next(
            (j for j in range(close - 1, max(close - 6, 0), -1) if doc[j].text == "("), 0
        )
        ends |= {close, opening} - {0}
    for found in ctx.found:
        if found.end not in ends or found.key[0] != "org?":
            continue
        draft = ctx.drafts.get(found.key)
        if draft is None or draft.kind == "person":
            continue
        if draft.sector is None and has_legal_form(draft.name):
            return "BUS"
        return draft.sector
    for end in ends:
        ent = ctx.ent_at(end - 1)
        if ent is not None and ent.label_ == "ORG" and ent.end == end:
            name = ctx.trimmed(ent)
            if ctx.lex.named(name.text) is None and public_body(name):
                return "GOV"
    return None


def _known_owner(ctx: ActorContext, noun: Token, fact: TitleFacts) -> TitleFacts | None:
    """A title owned by an organisation or country the tables know, or by a described body:
    "a spokesman for the FBI office" (the FBI's code), "the company's chairman" (BUS)."""
    for owner in _owner_tokens(noun):
        for token in (owner, *(c for c in owner.children if c.dep_ == "compound")):
            hit = ctx.named_at(token)
            ent = ctx.ent_at(token.i)
            if hit is not None and ent is not None and len(hit[0]) < len(ctx.trimmed(ent)):
                hit = None  # a word inside a longer name ("Memorial" in a church's name)
            if hit is not None and hit[1].org is not None:
                return dataclasses.replace(fact, org=hit[1].org)
            if hit is not None and hit[1].kind == "country" and hit[1].country is not None:
                return dataclasses.replace(fact, country=hit[1].country)
            draft = _body_at(ctx, token)
            if draft is not None and fact.sector in {None, "GOV"}:
                country = ctx.lex.knowledge.country_by_code(draft.country or "")
                return dataclasses.replace(fact, sector=draft.sector, country=country)
    return None


def _body_at(ctx: ActorContext, token: Token) -> Draft | None:
    """The draft of a described body ("the company") whose mention covers the token."""
    for found in ctx.found:
        if found.start <= token.i < found.end and found.key[0] in {"group", "org?"}:
            draft = ctx.drafts.get(found.key)
            if draft is not None and draft.sector and draft.kind != "person":
                return draft
    return None


def _owner_tokens(noun: Token) -> list[Token]:
    """The possessor of a role noun and the object of its "of"/"for"/"at"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners + [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _owner_of(ctx: ActorContext, noun: Token) -> Span | None:
    """An ORG entity the tables do not know that owns a role noun: "Nexus Corp's director",
    "director of Nexus Corp", "columnist for the Courier"."""
    for owner in _owner_tokens(noun):
        ent = ctx.ent_at(owner.i)
        if ent is None or ent.label_ != "ORG":
            continue
        if ctx.named_at(owner) is not None:
            return None  # the tables know it: the title analysis already used it
        return ctx.trimmed(ent)
    return None


def _owner_sector(owner: Span, fact: TitleFacts) -> str | None:
    """The sector of a role held in an unknown organisation: the role's own sector, else GOV,
    when the organisation is a public body by its name ("a spokesman for the Attorney General's
    Office", "director of the Kentucky Office of Rural Affairs": ``companies.public_body``); a
    company's (BUS) by its legal form or an executive's title ("chief medical officer for Nexus
    Health": any "chief ... officer"); else the role's sector but GOV, which a bare
    "spokesman" or "president" of an unknown organisation does not show."""
    phrase = fact.phrase or ""
    words = phrase.split()
    executive = len(words) > 2 and words[0] == "chief" and words[-1] == "officer"
    legal = has_legal_form(owner.text)
    if not legal and (owner[-1].lower_ in PUBLIC_BODIES or public_body(owner)):
        return fact.sector or "GOV"
    if legal or phrase in _EXECUTIVES or executive:
        return "BUS"
    return fact.sector if fact.sector != "GOV" else None


def _suspects(ctx: ActorContext, only: set[Key] | None = None) -> None:
    """A person the tables do not know and the text gives no role, whom a mention by name shows
    in criminal process, is a suspect or convict: CAMEO's CRM. (Pronouns are not read: a wrong
    antecedent would make a police spokesman or a victim the suspect.)"""
    marked: set[Key] = set()
    for found in ctx.found:
        key = found.key
        if key[0] != "person?" or key in marked or _has_role(ctx.titles.get(key, [])):
            continue
        if only is not None and key not in only:
            continue
        if is_suspect(ctx, ctx.doc[found.start : found.end].root):
            ctx.titles[key].append(_CRM)
            marked.add(key)


def _has_role(facts: list[TitleFacts]) -> bool:
    """Whether titles give a role: a current one, or a former office ("former president"; a
    former trade, "a former dentist", does not)."""
    return any(f.sector and (not f.former or f.office) for f in facts)


def is_suspect(ctx: ActorContext, word: Token) -> bool:
    """Whether a noun names a suspect, defendant or convict: the object or passive subject of a
    verb of criminal process ("police arrested Ana Costa", "three people were charged", "a man
    charged with murder"), the owner of a noun of criminal process ("Costa's arrest", "his
    conviction"), the subject of a verb that raises a passive one of criminal process ("Costa
    was about to be charged"), the subject of a defendant's verb with a charge ("Costa faces
    two counts", "stood trial") and the subject or object of a plea or verdict ("pleaded
    guilty", "the jury found Costa guilty")."""
    words = ctx.lex.words
    if word.dep_ == "appos" and word.head.pos_ in {"NOUN", "PROPN"}:
        word = word.head  # "her husband, Danial Rinehart, is accused of ...": the noun's role
    verb, dep = word.head, word.dep_
    if dep in {"dobj", "nsubjpass"} and verb.pos_ == "VERB":
        if verb.lemma_.lower() in words.suspect_verbs:
            return True
        if dep == "nsubjpass" and _accused(verb, words.accusation_verbs):
            return True
    if dep in {"nsubj", "nsubjpass"} and _raised_process(verb, words.suspect_verbs):
        return True
    if dep == "poss" and "owned" in words.charge_nouns.get(verb.lemma_.lower(), ""):
        return True
    if dep == "nsubj" and verb.lower_ in words.verdict_words:
        return True  # a small clause: "found Costa guilty"
    if dep in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ in {"VERB", "AUX"}:
        for child in verb.children:
            if child.lower_ in words.verdict_words:
                return True
            if (
                dep == "nsubj"
                and child.dep_ == "dobj"
                and verb.lemma_.lower() in words.defendant_verbs
                and "object" in words.charge_nouns.get(child.lemma_.lower(), "")
            ):
                return True
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and (c.lemma_.lower() in words.suspect_verbs or _accused(c, words.accusation_verbs))
        for c in word.children
    )


def _raised_process(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether the subject's verb raises a passive verb of criminal process, not negated:
    "was about to be charged", "is expected to be indicted", "is likely to be arrested"."""
    if verb.lemma_.lower() not in _RAISING or any(c.dep_ == "neg" for c in verb.children):
        return False  # "wants to be arrested" says what the subject wants
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return any(
        inner.dep_ == "xcomp"
        and inner.lemma_.lower() in verbs
        and any(c.dep_ == "auxpass" for c in inner.children)
        and not any(c.dep_ == "neg" for c in inner.children)
        for head in heads
        for inner in head.children
    )


def _accused(verb: Token, verbs: frozenset[str]) -> bool:
    """A verb of accusation with what the accused did: "accused of fraud", "suspected in",
    "alleged to have taken bribes"."""
    return verb.lemma_.lower() in verbs and any(
        (c.dep_ == "prep" and c.lower_ in {"of", "in"})
        or (  # "suspected to have died" is no suspicion of a crime: "alleged" only
            c.dep_ == "xcomp"
            and verb.lemma_.lower() == "allege"
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
        )
        for c in verb.children
    )
