"""What a recode changed: records per layer before and after, and events per CAMEO code.

An event is matched across the two runs by where it is (its first trigger) and whom it links
(the first mention of its source and of its target), not by its id, since ids are renumbered:
a matched event whose code differs was recoded; an unmatched one was added or removed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eventwire.records import Article, Event

EventKey = tuple[int, int, int | None, int | None]


@dataclass(slots=True)
class Changes:
    """Counts of what changed, summed over the articles compared.

    Attributes:
        before: Records per layer before.
        after: Records per layer after.
        added: Events found only after, by CAMEO code.
        removed: Events found only before, by CAMEO code.
        recoded: Events found in both with another code, by (code before, code after).
    """

    before: Counter[str] = field(default_factory=Counter)
    after: Counter[str] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    recoded: Counter[tuple[str, str]] = field(default_factory=Counter)

    def compare(self, old: Article, new: Article, layers: tuple[str, ...]) -> None:
        """Count the differences between an article's layers ``before`` and ``after``."""
        for layer in layers:
            self.before[layer] += len(getattr(old, layer))
            self.after[layer] += len(getattr(new, layer))
        if "events" not in layers:
            return
        old_events = _by_key(old)
        new_events = _by_key(new)
        for key, event in old_events.items():
            match = new_events.get(key)
            if match is None:
                self.removed[event.cameo] += 1
            elif match.cameo != event.cameo:
                self.recoded[(event.cameo, match.cameo)] += 1
        for key, event in new_events.items():
            if key not in old_events:
                self.added[event.cameo] += 1

    def by_code(self) -> list[tuple[str, int, int, int, int]]:
        """Rows ``(code, added, removed, recoded away, recoded into)`` of every code that moved."""
        away: Counter[str] = Counter()
        into: Counter[str] = Counter()
        for (before, after), count in self.recoded.items():
            away[before] += count
            into[after] += count
        codes = sorted(set(self.added) | set(self.removed) | set(away) | set(into))
        return [(c, self.added[c], self.removed[c], away[c], into[c]) for c in codes]


def _by_key(article: Article) -> dict[EventKey, Event]:
    first = {a.id: (a.mentions[0].start if a.mentions else None) for a in article.actors}
    keyed: dict[EventKey, Event] = {}
    for event in article.events:
        trigger = event.triggers[0] if event.triggers else None
        start, end = (trigger.start, trigger.end) if trigger else (-1, -1)
        source = first.get(event.source) if event.source else None
        target = first.get(event.target) if event.target else None
        keyed.setdefault((start, end, source, target), event)
    return keyed
