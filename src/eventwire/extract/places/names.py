"""Name keys: how place names are folded before they are looked up in the gazetteer.

A key folds case, accents, apostrophes, dots and hyphens and drops a leading "the", so
"The Hague", "the hague" and "Hague" meet, "U.S." becomes "us" and "Winston-Salem" becomes
"winston salem". The build script and the extractor use the same function, so a name found in
text reaches every entry indexed under the same spelling.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that Unicode does not decompose into an ASCII base letter plus marks.
_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "ß": "ss", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)
_DROP = re.compile(r"['’‘`ʻʼ.]")
_SPACE = re.compile(r"[\s\-‐‑–—_/,]+")
_LATIN_KEY = re.compile(r"[a-z0-9 ()&]+")

# Abbreviations written in place names, expanded both ways by the build script.
VARIANTS: tuple[tuple[str, str], ...] = (
    ("saint ", "st "),
    ("sainte ", "ste "),
    ("mount ", "mt "),
    ("fort ", "ft "),
    ("port ", "pt "),
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return the lookup key of a name: no case, accents, apostrophes, dots or leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    key = _SPACE.sub(" ", _DROP.sub("", plain)).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


def is_latin_key(key: str) -> bool:
    """Whether a folded key is plain Latin script (other scripts are never looked up)."""
    return bool(key) and _LATIN_KEY.fullmatch(key) is not None


def variants(key: str) -> set[str]:
    """Return ``key`` and its spellings with common abbreviations expanded or contracted."""
    out = {key}
    for long, short in VARIANTS:
        if key.startswith(long):
            out.add(short + key[len(long) :])
        elif key.startswith(short):
            out.add(long + key[len(short) :])
    return out
