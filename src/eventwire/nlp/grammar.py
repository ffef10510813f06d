"""Dependency-grammar and token helpers that more than one layer uses, written once.

Layers read the same parse the same way: the text rebuilt from token arrays, whether a clause
is passive, its subjects, the antecedent of a relative clause.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built from the token arrays (several times faster than ``Doc.text``)."""
    if not len(doc):
        return ""
    strings = doc.vocab.strings
    return "".join(
        [
            strings[o] + " " if space else strings[o]
            for o, space in doc.to_array([ORTH, SPACY]).tolist()
        ]
    )
