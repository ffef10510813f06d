"""The actors layer's extractor (see the package docstring for its passes and conventions)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.clean.cleaner import paragraph_spans
from eventwire.clean.dateline import story_start
from eventwire.extract.actors.abbreviations import find_definitions, link_abbreviations
from eventwire.extract.actors.actor_lexicon import actor_lexicon
from eventwire.extract.actors.anaphora import resolve_anaphora
from eventwire.extract.actors.backoff import place_country
from eventwire.extract.actors.build import build
from eventwire.extract.actors.companies import company_staff
from eventwire.extract.actors.context import ActorContext
from eventwire.extract.actors.coref import find_pronouns
from eventwire.extract.actors.definites import find_definites
from eventwire.extract.actors.descriptions import describe_latent, find_descriptions
from eventwire.extract.actors.entities import find_entities
from eventwire.extract.actors.people import find_people, link_birth_names
from eventwire.extract.actors.phrases import find_phrases
from eventwire.extract.actors.sets import find_sets
from eventwire.knowledge.base import Knowledge, load_knowledge
from eventwire.knowledge.countries import Country
from eventwire.nlp.state import ActorsResult, DocState

__all__ = ["extract_actors"]


def extract_actors(doc: Doc, state: DocState, knowledge: Knowledge | None = None) -> ActorsResult:
    """Return the actors of a parsed document with the token index of their mentions.

    Args:
        doc: the parsed document (entities, parse, lemmas).
        state: its state; ``published`` is the article date (None: no office is assumed).
        knowledge: the knowledge tables (default: the packaged ones).
    """
    lex = actor_lexicon(knowledge or load_knowledge())
    dateline = _dateline_country(lex.knowledge, state.dateline)
    ctx = ActorContext(doc=doc, date=state.published, lex=lex, dateline=dateline)
    if state.dateline:
        ctx.set_story_start(story_start(doc.text, paragraph_spans(doc.text)))
    find_definitions(ctx)
    find_people(ctx)
    find_phrases(ctx)
    find_entities(ctx)
    link_abbreviations(ctx)
    find_definites(ctx)
    company_staff(ctx)
    find_descriptions(ctx)
    link_birth_names(ctx)
    known = {f.key for f in ctx.found}
    find_pronouns(ctx)
    find_sets(ctx)
    resolve_anaphora(ctx)
    describe_latent(ctx, known)
    actors, index, country = build(ctx)
    return ActorsResult(actors, index, country)


def _dateline_country(knowledge: Knowledge, dateline: str | None) -> Country | None:
    if not dateline:
        return None
    name = dateline.split(",")[0].strip().title()
    found = knowledge.country_by_metonym(name) or knowledge.country_by_alias(name)
    if found is None and (iso3 := place_country(name)) is not None:
        found = knowledge.country_by_code(iso3)  # a town only one country has ("NAIROBI")
    return found
