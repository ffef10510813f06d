"""Readers: inputs (files, directories, stdin) -> ``RawDocument``s or ``Failure``s.

``iter_documents`` reads paths, directories and stdin in input order and never raises for bad
input; ``read_text_input`` wraps a ``str`` given directly. Third-party parsers (trafilatura,
pypdf, feedparser, warcio, charset-normalizer) are imported only when a reader needs them, so
importing this package is cheap.
"""

from eventwire.ingest.document import PAGE_BREAK, Failure, RawDocument
from eventwire.ingest.paths import FORMATS
from eventwire.ingest.readers import iter_documents
from eventwire.ingest.text import read_text_input

__all__ = ["FORMATS", "PAGE_BREAK", "Failure", "RawDocument", "iter_documents", "read_text_input"]
