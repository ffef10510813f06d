"""HTML fragments (feed item content and summaries) -> plain text with blank-line paragraphs.

Feed items carry small, already sanitised HTML fragments, too short for trafilatura's
boilerplate heuristics, so they are flattened with the standard library parser: block elements
end paragraphs, ``<br>`` ends a line, scripts and styles are dropped, whitespace collapses as
a browser would collapse it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"),
        *("ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul"),
    }
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML white space; a no-break space stays
_PARAGRAPH_BREAK = "\n\n"


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._mark(tag, opening=True)

    def handle_endtag(self, tag: str) -> None:
        self._mark(tag, opening=False)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_SPACES.sub(" ", data))

    def _mark(self, tag: str, *, opening: bool) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping + (1 if opening else -1))
        elif tag == "br" and opening:
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH_BREAK)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs separated by one blank line, lines stripped."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = []
    for block in "".join(collector.parts).split(_PARAGRAPH_BREAK):
        lines = [line.strip() for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return _PARAGRAPH_BREAK.join(paragraphs)
