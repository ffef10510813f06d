"""From argument words to actor ids, through the actors layer (its ``ActorIndex``).

An argument word stands for an actor when a mention covers it or it heads one; else when one of
its modifiers (compound, adjective, "of" object) is an actor ("the right of Russian troops");
"his country" is the country of the person "his" refers to; a place used as a location stands for
its country's actor when the article has one. Set actors ("the two countries") expand to their
members, and coordinations ("China, Russia and North Korea") to every conjunct.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.errors import EventwireError
from eventwire.extract.events.syntax import (
    child,
    conjuncts,
    is_verbal,
    participle_adjunct,
    patient,
    prep_objects,
    subject,
)
from eventwire.knowledge.base import Knowledge, load_knowledge
from eventwire.knowledge.countries import Country
from eventwire.knowledge.event_codes import load_codebook
from eventwire.nlp.actor_index import ActorIndex
from eventwire.nlp.grammar import passive_marked, tokens_in
from eventwire.nlp.state import DocState
from eventwire.records import Actor, ActorKind, Place, Statement

_OWNED = {"country": "country", "nation": "country", "government": "government",
          "administration": "government", "leadership": "government"}  # fmt: skip
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
#: A body's possessive in an argument ("its war with Iraq") is not that argument's actor: the
#: actors layer ties it to the body, mostly the source itself.
_BODY_POSSESSIVES = frozenset({"its", "their"})
_POLICE = frozenset({"police", "policeman", "policemen", "cop", "cops"})
# implied agents of agentless police and court acts, and of protests no one is named for
_AGENCIES = {"COP": "police", "JUD": "courts", "CVL": "protesters"}
_LOCATIVE = frozenset({"in", "near", "at", "around", "outside", "inside"})
_PERSONAL = frozenset({"his", "her"})
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_SINGULAR = frozenset({"i", "me", "my"})
_REPORTED = frozenset({"he", "she", "it", "they"})


def _agents(token: Token) -> list[Token]:
    """The "by" agent of an event noun ("an attack by Osgiliath soldiers")."""
    return (
        [c for c in prep_objects(token, "by") if c.dep_ == "pobj"] if token.pos_ == "NOUN" else []
    )


@dataclass
class Lookup:
    """Token-level actor lookups for one document."""

    index: ActorIndex
    actors: dict[str, Actor]
    places: dict[int, Place] = field(default_factory=dict)
    by_country: dict[tuple[str, str], str] = field(default_factory=dict)
    quotes: tuple[Statement, ...] = ()
    implied: dict[str, Actor] = field(default_factory=dict)
    demonyms: dict[int, Place] = field(default_factory=dict)
    knowledge: Knowledge = field(default_factory=load_knowledge)
    home: str | None = None  # the document's one country, when the actors layer found one

    @classmethod
    def build(cls, doc: Doc, state: DocState, knowledge: Knowledge | None = None) -> Lookup:
        """Build the lookups from the actors, places and statements layers."""
        index = state.actor_index
        actors = {a.id: a for a in state.actor_list}
        by_country: dict[tuple[str, str], str] = {}
        for actor in actors.values():
            if actor.country and actor.kind in {"country", "government"} and not actor.members:
                by_country.setdefault((actor.kind, actor.country), actor.id)
        places: dict[int, Place] = {}
        demonyms: dict[int, Place] = {}
        for place in state.places or ():
            if place.role in {"location", "demonym"}:
                for token in tokens_in(doc, place.span.start, place.span.end):
                    (places if place.role == "location" else demonyms)[token.i] = place
        quotes = tuple(s for s in state.statements or () if s.kind != "indirect" and s.speaker)
        return cls(
            index, actors, places, by_country, quotes, demonyms=demonyms,
            knowledge=knowledge or load_knowledge(),
            home=state.actors.country if state.actors is not None else None,
        )  # fmt: skip

    def country_record(self, iso3: str) -> Country | None:
        """Return the knowledge's country with an ISO alpha-3 code (None when unknown)."""
        try:
            return self.knowledge.country_by_code(iso3)
        except EventwireError:
            return None

    def actor_of(self, token: Token, places: bool = False, depth: int = 0) -> str | None:
        """Return the actor one word stands for (no coordination or set expansion); with
        ``places``, a location stands for its country."""
        found = self.index.heads.get(token.i) or self.index.actor_at(token.i)
        if found is not None:
            return found
        if token.lemma_.lower() in _OWNED:
            owner = child(token, "poss")
            owned = self._owned(token, owner) if owner is not None else None
            if owned is not None:
                return owned
        possessor = child(token, "poss")
        within = {t.i for t in possessor.subtree} if possessor is not None else set()
        for c in token.doc[token.left_edge.i : token.i]:  # "US Predator attacks"
            if c.dep_ in {"compound", "amod", "nmod"} and c.i not in within:
                found = self.index.actor_at(c.i)  # "bin Laden's al-Qaeda network": al-Qaeda
                if found is not None:
                    return found
        if places:  # a target's people or property: "burned Palestinian homes"
            found = self.owner_country(token)
            if found is not None:
                return found
        for obj in prep_objects(token, "of") + prep_objects(token, "for") + _agents(token):
            found = self.index.heads.get(obj.i) or self.index.actor_at(obj.i)
            if found is not None:
                return found
        for c in token.children:  # "the UN refugee agency, UNHCR"; "crimes committed by X"
            if c.dep_ == "acl":
                for agent in prep_objects(c, "by"):
                    found = self.index.heads.get(agent.i) or self.index.actor_at(agent.i)
                    if found is not None:
                        return found
            if c.dep_ == "appos" and depth < 2:
                found = self.actor_of(c, depth=depth + 1)
                if found is not None:
                    return found
        owner = child(token, "poss")  # "praised Haiti's efforts"
        if owner is not None and owner.lower_ not in _BODY_POSSESSIVES:
            found = self.index.heads.get(owner.i) or self.index.actor_at(owner.i)
            if found is not None:
                return found
        if token.lemma_.lower() in _POLICE:  # "police firing": the police of the place
            return self.agency_at(token, "COP")
        if not places:
            return None
        for prep in token.children:  # "residential areas near Rafah": property in a country
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE:
                place = next((self.places[t.i] for t in prep.subtree if t.i in self.places), None)
                if place is not None and place.country is not None:
                    return self.country_actor(place.country)
        return self._place_country(token)

    def seat_of_government(self, token: Token) -> str | None:
        """The government a capital or seat of government stands for as the agent of an event
        ("Quito turned down the offer", "the Kremlin shrugged off the report"), when the actors
        layer left it a place (it reads the metonym with verbs of saying and governing only)."""
        if token.pos_ != "PROPN":
            return None
        start = min((c.i for c in token.children if c.dep_ == "compound"), default=token.i)
        name = token.doc[start : token.i + 1].text  # with its compound words: "Downing Street"
        country = self.knowledge.country_by_metonym(name)
        if country is None:
            return None
        return self._imply(
            ("government", country.iso3), f"{country.name} government", "government",
            f"{country.cameo}GOV", "GOV",
        )  # fmt: skip

    def generic(self, actor_id: str) -> bool:
        """Whether an actor is a bare kind of people with no country ("people", "students")."""
        actor = self.actors.get(actor_id)
        return (
            actor is not None
            and actor.country is None
            and len(actor.code or "") <= 3
            and (actor.kind == "group")
        )

    def blank(self, actor_id: str) -> bool:
        """Whether an actor says nothing codable: no code, no country and not a person (an
        unknown facility or group name)."""
        actor = self.actors.get(actor_id)
        return actor is not None and not actor.code and not actor.country and actor.kind != "person"

    def implied_agent(self, trigger: Token, code: str) -> str | None:
        """The agent of an agentless arrest or detention (173): the police; of a charge,
        verdict or sentence (115, 116) in the passive or as a noun: the courts (:meth:`agency_at`;
        not an active verb nor a reduced relative, which is often a report misread: "..., a
        rights group charged on Saturday"); of a protest named as a noun: the civilians there."""
        book = load_codebook()
        if book.in_class(code, "police_act"):
            return self.agency_at(trigger, "COP")
        if book.in_class(code, "judicial_act") and _plain_passive(trigger):
            return self.agency_at(trigger, "JUD")  # "was indicted", "faced charges", "the trial"
        if book.in_class(code, "civil_act") and not is_verbal(trigger):
            return self.agency_at(trigger, "CVL", named=False)  # "protests in Miami"
        return None

    def agency_at(self, token: Token, sector: str, named: bool = True) -> str:
        """The police (``COP``), courts (``JUD``) or protesters (``CVL``) acting in a word's
        sentence: those the
        sentence names ("... were arrested, police said": the reporting police made the arrest;
        "..., a judge ruled"), else the implied ones of the country the sentence places it in
        ("63 people were arrested in Gaya"), else of the document's one country. With ``named``
        False the sentence's actors are passed over (the civilians a sentence names are rarely
        the protesters of a protest named as a noun)."""
        sentence = token.sent
        for start, _end, actor_id, _how in self.index.mentions if named else ():
            if sentence.start <= start < sentence.end:
                actor = self.actors.get(actor_id)
                if actor is not None and (actor.sector == sector or sector in (actor.code or "")):
                    return actor_id
        country = next(
            (p.country for t in sentence if (p := self.places.get(t.i)) is not None and p.country),
            self.home,
        )
        return self.agency(country, sector)

    def agency(self, iso3: str | None, sector: str) -> str:
        """Return an implied actor for the police or the courts of a country (or of none)."""
        what = _AGENCIES[sector]
        country = self.country_record(iso3) if iso3 is not None else None
        if country is None:
            return self._imply((sector, ""), what, "group", sector, sector, country=None)
        name = f"{what} in {country.name}"
        return self._imply(
            (sector, country.iso3), name, "group", f"{country.cameo}{sector}", sector
        )

    def place_actor(self, place: Place) -> str | None:
        """Return the actor of a location's country (the article's, else an implied one)."""
        return self.country_actor(place.country) if place.country is not None else None

    def owner_country(self, word: Token) -> str | None:
        """The country whose people or property a word names by a demonym ("demolished
        Palestinian homes"), as an actor."""
        for c in word.doc[word.left_edge.i : word.i]:
            demonym = self.demonyms.get(c.i)
            if c.dep_ in {"amod", "compound"} and demonym is not None and demonym.country:
                return self.country_actor(demonym.country)
        return None

    def country_actor(self, iso3: str) -> str | None:
        """Return the actor of a country: the article's own, else one implied by the events
        layer (no mentions: the country is only where an event happened, or whose people or
        property it struck), made once per country and kept only when an event uses it."""
        found = self.by_country.get(("country", iso3))
        if found is not None:
            return found
        country = self.country_record(iso3)
        if country is None:
            return None
        return self._imply(("country", iso3), country.name, "country", country.cameo, None)

    def unidentified(self, iso3: str) -> str | None:
        """Return an implied actor for unidentified armed forces in a country (CAMEO ``UAF``):
        the agent of a bombing or a mine blast no one is named for."""
        country = self.country_record(iso3)
        if country is None:
            return None
        name = f"unidentified armed forces in {country.name}"
        return self._imply(("UAF", iso3), name, "group", f"{country.cameo}UAF", "UAF")

    def _imply(
        self,
        key: tuple[str, str],
        name: str,
        kind: ActorKind,
        code: str,
        sector: str | None,
        country: str | None = "",
    ) -> str:
        found = self.by_country.get(key)
        if found is not None:
            return found
        taken = [int(a[1:]) for a in (*self.actors, *self.implied) if a[1:].isdigit()]
        actor_id = f"A{max(taken, default=0) + 1}"
        actor = Actor(
            id=actor_id, name=name, kind=kind, code=code,
            country=key[1] if country == "" else country,
            sector=sector, wikidata=None, mentions=(), members=(),
        )  # fmt: skip
        self.implied[actor_id] = actor
        self.actors[actor_id] = actor
        self.by_country[key] = actor_id
        return actor_id

    def first_person(self, token: Token) -> str | None:
        """Resolve "I"/"we" inside a quote to its speaker ("we" of a leader: their government)."""
        person = token.lower_
        if person not in _FIRST_PERSON:
            return None
        at = token.idx
        for quote in self.quotes:
            if any(piece.start <= at < piece.end for piece in quote.content):
                speaker = self.actors.get(quote.speaker or "")
                if speaker is None:
                    return None
                if person in _SINGULAR or speaker.kind != "person" or speaker.country is None:
                    return speaker.id
                return self.by_country.get(("government", speaker.country), speaker.id)
        return None

    def _owned(self, token: Token, owner: Token) -> str | None:
        who = self.actor_of(owner) or self.pronoun(owner)
        actor = self.actors.get(who) if who is not None else None
        if actor is None or actor.country is None:
            return None
        return self.by_country.get((_OWNED[token.lemma_.lower()], actor.country))

    def _place_country(self, token: Token) -> str | None:
        place = self.places.get(token.i)
        if place is None or place.country is None:
            return None
        return self.country_actor(place.country)

    def pronoun(self, token: Token) -> str | None:
        """Resolve a possessive pronoun the actors layer left open from its clause: "his"/"her"
        -> the governing verb's object when it is a person, else its subject; "its"/"their" ->
        the subject ("Pyongyang confirmed its troop deployment")."""
        if token.lower_ not in _POSSESSIVES:
            return None
        verb = token.head
        while not is_verbal(verb) and verb.head.i != verb.i:
            verb = verb.head
        if not is_verbal(verb):
            return None
        candidates = []
        obj = patient(verb)  # "thanked Norway for its help": the object, when it agrees
        if obj is not None and obj.i < token.i:
            candidates.append(obj)
        own = subject(verb)
        if own is not None:
            candidates.append(own)
        for word in candidates:
            if word.left_edge.i <= token.i <= word.right_edge.i:
                continue  # "its" cannot stand for the phrase it is part of ("its country said")
            found = self.actor_of(word)
            if found is not None and self._agrees(token, found):
                return found
        return None

    def reporter(self, token: Token) -> str | None:
        """Resolve the subject pronoun of reported speech to the speaker: "Nigeria announced that
        it will withdraw", "Annan said he will"."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        clause = token.head
        while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or not is_verbal(clause.head):
            return None
        speaker = subject(clause.head)
        if speaker is None:
            return None
        found = self.actor_of(speaker)
        if found is None or not self._agrees(token, found):
            return None
        return found

    def _agrees(self, pronoun: Token, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        if actor is None:
            return False
        if pronoun.lower_ in _PERSONAL or pronoun.lower_ in {"he", "she"}:
            return actor.kind == "person"
        if pronoun.lower_ in {"its", "it"}:
            return actor.kind != "person" and not actor.members
        return True

    def resolve(self, token: Token, places: bool = False) -> list[str]:
        """Return the actor ids an argument word stands for: conjuncts, set members expanded."""
        out: list[str] = []
        for word in conjuncts(token):
            shared = self._shared_head(word)
            if shared:
                out.extend(a for actor in shared for a in self.expand(actor))
                continue
            found = self.actor_of(word, places)
            if found is None and word.lower_ in _POSSESSIVES:
                found = self.pronoun(word)
            if found is None and word.lower_ in _FIRST_PERSON:
                found = self.first_person(word)
            if found is None and word.lower_ in _REPORTED:
                found = self.reporter(word)
            if found is not None:
                out.extend(self.expand(found))
        return list(dict.fromkeys(out))

    def _shared_head(self, word: Token) -> list[str]:
        """The actors of coordinated modifiers sharing one noun: "Hungarian and Romanian
        officials", "French and Egyptian warships", and of a plural noun's coordinated "of"
        object: "the leaders of France and Germany" (empty unless there are two or more)."""
        for c in word.children:
            if c.dep_ not in {"amod", "compound"} or not any(x.dep_ == "conj" for x in c.children):
                continue
            words = [c, *(x for x in c.subtree if x.dep_ == "conj" and x.i < word.i)]
            if actors := self._several(words):
                return actors
        if word.tag_ not in {"NNS", "NNPS"}:
            return []
        for obj in prep_objects(word, "of"):
            if any(x.dep_ == "conj" for x in obj.children) and (
                actors := self._several(conjuncts(obj))
            ):
                return actors
        return []

    def _several(self, words: Iterable[Token]) -> list[str]:
        """The distinct actors at the words, when there are two or more (else empty)."""
        found = dict.fromkeys(a for x in words if (a := self.index.actor_at(x.i)) is not None)
        return list(found) if len(found) >= 2 else []

    def expand(self, actor_id: str, depth: int = 0) -> list[str]:
        """Return the members of a set actor (recursively), or the actor itself."""
        members = self.index.members.get(actor_id) or (
            self.actors[actor_id].members if actor_id in self.actors else ()
        )
        if not members or depth > 3:
            return [actor_id]
        out: list[str] = []
        for member in members:
            out.extend(self.expand(member, depth + 1))
        return out


def _plain_passive(trigger: Token) -> bool:
    """An event noun, or a verb in the marked passive ("were indicted") or a participle
    adjunct ("Charged with fraud, he ...")."""
    return not is_verbal(trigger) or passive_marked(trigger) or participle_adjunct(trigger)
