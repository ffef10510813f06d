"""A parsed ``Doc`` as the bytes the store keeps (spaCy's ``DocBin``, compressed) and back.

The bytes hold the parse only (tokens, tags, lemmas, morphology, dependencies, sentence starts,
entities); no user data, so nothing but spaCy's own msgpack is ever read back (no pickle). The
article context the layers read (publication date, dateline) comes from the stored record.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from eventwire.errors import StoreError
from eventwire.nlp.state import DocState, ensure_extension
from eventwire.store import Parse


def encode(doc: Doc, model: str) -> Parse:
    """Return the stored form of ``doc``'s parse, made by ``model``."""
    docs = DocBin(store_user_data=False)
    docs.add(doc)
    return Parse(model=model, docbin=docs.to_bytes())


def decode(
    nlp: Language, parse: Parse, published: dt.date | None, dateline: str | None, source: str
) -> Doc:
    """Return the parsed ``Doc`` of a stored parse, with the article context the layers read.

    Raises:
        StoreError: the bytes are not a parse (``source`` names the article).
    """
    try:
        (doc,) = DocBin().from_bytes(parse.docbin).get_docs(nlp.vocab)
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"stored parse is damaged ({type(exc).__name__})", source=source) from exc
    ensure_extension()
    doc._.eventwire = DocState(published=published, dateline=dateline)
    return doc
