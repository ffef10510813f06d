"""The actors layer: people, governments, countries, organisations and groups with CAMEO codes.

:func:`extract_actors` is a pure function of the parsed ``Doc`` (entities from the knowledge
ruler and the NER, the parse) and the knowledge tables, at the article date
(``state.published``). Passes, in order:

0. abbreviations the story defines (:mod:`.abbreviations`): "the Federal Security Service
   (FSB)" -- the later passes leave such acronyms to step 3b;
1. people (:mod:`.people`): PERSON entities by full name, then lone surnames; titles before or
   beside a name are separate ``title`` mentions;
2. noun phrases (:mod:`.phrases`): agent nouns with their country ("North Korean soldiers"),
   government nouns ("the Russian government"), titles without a name ("the Kremlin leader");
3. other entities (:mod:`.entities`): organisations, countries, seats of government and capitals
   standing for a government, demonyms used as nouns; 3b. defined acronyms become mentions of
   their name's actor, bare acronyms the tables know are read (:mod:`.abbreviations`);
4. singular pronouns (:mod:`.coref`); 5. coordinations, plural references and plural pronouns
   (:mod:`.sets`).

Mention conventions: a name mention covers the name only ("Kim Jong Un"); the title words
before it are a separate ``title`` mention ("North Korean leader"); a country or organisation
name mention includes its "the" ("the Kremlin", "the United States"); a described actor's
mention covers its modifiers and determiner but not numbers ("North Korean soldiers" in "around
2,000 North Korean soldiers"). A person and the government they lead are different actors.

Ids are ``A1``.. in order of first mention. The result also carries an
:class:`~eventwire.nlp.actor_index.ActorIndex` (token -> actor id, mention heads, set
members) for the statements, events and quantities layers.
"""

from eventwire.extract.actors.layer import extract_actors

__all__ = ["extract_actors"]
