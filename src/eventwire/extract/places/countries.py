"""Country names for the places layer: the knowledge lookups, memoised.

The places layer asks the country table about every capitalised word (is it an alias such as
"DPRK", a demonym such as "Angolan", a seat of government such as "the Kremlin"?), and the same
words come back document after document; answers are kept in bounded caches.
"""

from __future__ import annotations

from collections.abc import Callable

from eventwire.knowledge.base import Knowledge
from eventwire.knowledge.countries import Country

CACHE_LIMIT = 50_000  # entries per cache before it is emptied (memory stays flat on long runs)


class CountryNames:
    """Memoised ``country_by_alias`` / ``_demonym`` / ``_metonym`` of a ``Knowledge``."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._alias = _Memo(knowledge.country_by_alias)
        self._demonym = _Memo(knowledge.country_by_demonym)
        self._metonym = _Memo(knowledge.country_by_metonym)

    def alias(self, text: str) -> Country | None:
        """The country a name stands for ("U.S.", "DPRK", "Britain")."""
        return self._alias(text)

    def demonym(self, text: str) -> Country | None:
        """The country of a nationality word ("North Korean", "Angolan")."""
        return self._demonym(text)

    def metonym(self, text: str) -> Country | None:
        """The country whose government a name stands for ("the Kremlin", "Kyiv")."""
        return self._metonym(text)


class _Memo:
    def __init__(self, lookup: Callable[[str], Country | None]) -> None:
        self._lookup = lookup
        self._cache: dict[str, Country | None] = {}

    def __call__(self, text: str) -> Country | None:
        if text in self._cache:
            return self._cache[text]
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        found = self._cache[text] = self._lookup(text)
        return found
