"""The actors layer: people, governments, countries, organisations and groups with CAMEO codes.

:func:`extract_actors` is a pure function of the parsed ``Doc`` (entities from the knowledge
ruler and the NER, the parse) and the knowledge tables, at the article date
(``state.published``). Passes, in order:

1. people (:mod:`.people`): PERSON entities by full name, then lone surnames; titles before or
   beside a name are separate ``title`` mentions;
2. noun phrases (:mod:`.phrases`): agent nouns with their country ("North Korean soldiers"),
   government nouns ("the Russian government"), titles without a name ("the Kremlin leader");
3. other entities (:mod:`.entities`): organisations, countries, seats of government and capitals
   standing for a government, demonyms used as nouns;
4. singular pronouns (:mod:`.coref`); 5. coordinations, plural references and plural pronouns
   (:mod:`.sets`).

Mention conventions: a name mention covers the name only ("Kim Jong Un"); the title words
before it are a separate ``title`` mention ("North Korean leader"); a country or organisation
name mention includes its "the" ("the Kremlin", "the United States"); a described actor's
mention covers its modifiers and determiner but not numbers ("North Korean soldiers" in "around
2,000 North Korean soldiers"). A person and the government they lead are different actors.

Ids are ``A1``.. in order of first mention. ``state.index["actors"]`` receives an
:class:`~eventwire.extract.actors.index.ActorIndex` (token -> actor id, mention heads, set
members) for the statements, events and quantities layers.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.actors.build import build
from eventwire.extract.actors.context import Context
from eventwire.extract.actors.coref import find_pronouns
from eventwire.extract.actors.entities import find_entities
from eventwire.extract.actors.index import ActorIndex
from eventwire.extract.actors.lexicon import actor_lexicon
from eventwire.extract.actors.people import find_people
from eventwire.extract.actors.phrases import find_phrases
from eventwire.extract.actors.sets import find_sets
from eventwire.knowledge.countries import Country
from eventwire.nlp.state import DocState
from eventwire.records import Actor

__all__ = ["ActorIndex", "extract_actors"]


def extract_actors(doc: Doc, state: DocState) -> tuple[Actor, ...]:
    """Return the actors of a parsed document and leave an ``ActorIndex`` in ``state.index``.

    Args:
        doc: the parsed document (entities, parse, lemmas).
        state: its state; ``published`` is the article date (None: no office is assumed).
    """
    lex = actor_lexicon()
    dateline = _dateline_country(state.dateline)
    ctx = Context(doc=doc, date=state.published, lex=lex, dateline=dateline)
    find_people(ctx)
    find_phrases(ctx)
    find_entities(ctx)
    find_pronouns(ctx)
    find_sets(ctx)
    actors, index = build(ctx)
    state.index["actors"] = index
    return actors


def _dateline_country(dateline: str | None) -> Country | None:
    if not dateline:
        return None
    knowledge = actor_lexicon().knowledge
    name = dateline.split(",")[0].strip().title()
    return knowledge.country_by_metonym(name) or knowledge.country_by_alias(name)
