"""The article record ("eventwire/article@1"): frozen dataclasses for every layer.

All offsets are ``str`` indices into ``Article.text`` (the cleaned text), end-exclusive, and every
span's ``text`` equals ``article.text[start:end]``. Collections are tuples in Python and lists in
JSON; an empty layer is ``[]``, never ``null``. ``to_dict``/``from_dict`` round-trip exactly.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

SCHEMA_ID = "eventwire/article@1"

MentionHow = Literal[
    "name", "surname", "title", "pronoun", "metonym", "demonym", "description", "plural"
]
ActorKind = Literal["person", "government", "country", "organization", "group"]
Modality = Literal[
    "asserted", "reported", "claimed", "intended", "denied", "negated", "hypothetical"
]
StatementKind = Literal["direct", "partial", "indirect", "mixed"]
Stance = Literal[
    "say", "assert", "claim", "accuse", "deny", "confirm", "estimate", "predict", "promise",
    "threaten", "praise", "criticize", "other",
]  # fmt: skip
Bound = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than"]
QuantityCategory = Literal[
    "killed", "wounded", "missing", "kidnapped", "arrested", "deployed", "displaced", "participants",
    "money", "duration", "other",
]  # fmt: skip
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceRole = Literal["location", "metonym", "demonym"]

T = TypeVar("T")


class Record:
    """Mixin: JSON-ready ``to_dict`` and a typed ``from_dict`` for frozen dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain JSON types (tuples become lists)."""
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Build the record from ``to_dict`` output (missing optional keys take defaults)."""
        return typing.cast(T, _load(cls, data))


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


Loader = typing.Callable[[Any], Any]
_LOADERS: dict[Any, Loader | None] = {}


def _load(tp: Any, value: Any) -> Any:
    """Build a value of type ``tp`` from its JSON form (a loader per type, made once)."""
    loader = _loader(tp)
    return value if loader is None or value is None else loader(value)


def _loader(tp: Any) -> Loader | None:
    """The loader of a type (``None`` where the JSON value is the value itself)."""
    if tp not in _LOADERS:
        _LOADERS[tp] = _make_loader(tp)
    return _LOADERS[tp]


def _make_loader(tp: Any) -> Loader | None:
    origin = get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, Record):
        return _record_loader(tp)
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _loader(args[0])
            if item is None:
                return tuple
            return lambda value: tuple(None if v is None else item(v) for v in value)
        parts = [_loader(a) for a in args]
        return lambda value: tuple(
            v if load is None or v is None else load(v)
            for load, v in zip(parts, value, strict=True)
        )
    if origin in (typing.Union, types.UnionType):
        return _union_loader([a for a in get_args(tp) if a is not type(None)])
    if tp is float:
        return lambda value: float(value) if isinstance(value, int) else value
    if origin is dict:
        return dict
    return None


def _record_loader(tp: type) -> Loader:
    """A record's fields are resolved on first use, so a record type may refer to itself."""
    fields: list[tuple[str, Loader | None]] = []

    def load(value: Any) -> Any:
        if not fields:
            hints = _hints(tp)
            fields.extend((f.name, _loader(hints[f.name])) for f in dataclasses.fields(tp))
        kwargs = {}
        for name, loader in fields:
            if name in value:
                v = value[name]
                kwargs[name] = v if loader is None or v is None else loader(v)
        return tp(**kwargs)

    return load


def _union_loader(options: list[Any]) -> Loader | None:
    """An optional record is loaded from a dict; an int where a float (and no int) is expected
    becomes a float; anything else is kept."""
    records = [o for o in options if isinstance(o, type) and issubclass(o, Record)]
    record = _loader(records[0]) if records else None
    to_float = float in options and int not in options
    if record is None and not to_float:
        return None

    def load(value: Any) -> Any:
        if record is not None and isinstance(value, dict):
            return record(value)
        if to_float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value

    return load


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of the cleaned text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A span that refers to an actor, and how it refers (name, title, pronoun ...)."""

    start: int
    end: int
    text: str
    how: MentionHow = "name"


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A canonical actor with its CAMEO code and every mention in the article."""

    id: str
    name: str
    kind: ActorKind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    mentions: tuple[Mention, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateRef(Record):
    """The date of an event or statement: a TIMEX3 value, the time expression it came from."""

    value: str
    time: str | None = None
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One dyadic event: source did ``cameo`` to target, with its triggers and attributes."""

    id: str
    cameo: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    source: str | None
    target: str | None
    triggers: tuple[Span, ...]
    sentence: int
    date: DateRef | None = None
    place: str | None = None
    modality: Modality = "asserted"
    statement: str | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Statement(Record):
    """One attribution relation: a source (speaker), a cue, a content of one or more pieces."""

    id: str
    kind: StatementKind
    content: tuple[Span, ...]
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    addressee: str | None = None
    via: Span | None = None
    stance: Stance = "say"
    date: DateRef | None = None


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """A reported number with bounds, what it counts and whose number it is."""

    id: str
    span: Span
    value: float
    low: float | None = None
    high: float | None = None
    bound: Bound = "exact"
    unit: str | None = None
    what: Span | None = None
    category: QuantityCategory = "other"
    actor: str | None = None
    event: str | None = None
    statement: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr(Record):
    """A temporal expression normalised to a TIMEX3 type and value."""

    id: str
    span: Span
    type: TimeType
    value: str


@dataclass(frozen=True, slots=True)
class Place(Record):
    """A toponym, geocoded, with its role (a real location, a metonym or a demonym)."""

    id: str
    span: Span
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    role: PlaceRole = "location"


@dataclass(frozen=True, slots=True)
class Pipeline(Record):
    """Versions that produced the layers (compared by the store to decide on re-processing)."""

    eventwire: str
    model: str
    knowledge: str


@dataclass(frozen=True, slots=True)
class InputInfo(Record):
    """Where the article came from: a path (or URL, or ``-``), its format, its own id.

    ``encoding`` is the encoding plain text was decoded from (``utf-8``, ``cp1252``, ...); None
    for formats that carry their own (HTML, PDF, feeds, JSONL, WARC).
    """

    path: str | None = None
    format: str | None = None
    id: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Meta(Record):
    """Article metadata.

    ``extra`` keeps what the input says that has no field of its own, as the input gave it: the
    byline (``author``) and a JSONL line's other keys (``section``, ``keywords``, ...); JSON
    values only, ``{}`` when there is nothing.
    """

    pipeline: Pipeline
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    dateline: str | None = None
    language: str | None = None
    input: InputInfo = field(default_factory=InputInfo)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Article(Record):
    """The record every stage produces and every consumer reads."""

    id: str
    meta: Meta
    text: str
    paragraphs: tuple[tuple[int, int], ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    schema: str = SCHEMA_ID

    def span(self, start: int, end: int) -> Span:
        """Return a ``Span`` over the article text (the only way layers should build spans)."""
        return Span(start, end, self.text[start:end])


def iter_spans(article: Article) -> typing.Iterator[tuple[str, Span | Mention]]:
    """Yield ``(where, span)`` for every span in the record (used by checks and the store)."""
    for actor in article.actors:
        for m in actor.mentions:
            yield f"actors.{actor.id}.mentions", m
    for ev in article.events:
        for t in ev.triggers:
            yield f"events.{ev.id}.triggers", t
    for st in article.statements:
        for c in st.content:
            yield f"statements.{st.id}.content", c
        for name in ("speaker_mention", "cue", "via"):
            s = getattr(st, name)
            if s is not None:
                yield f"statements.{st.id}.{name}", s
    for q in article.quantities:
        yield f"quantities.{q.id}.span", q.span
        if q.what is not None:
            yield f"quantities.{q.id}.what", q.what
    for tx in article.times:
        yield f"times.{tx.id}.span", tx.span
    for p in article.places:
        yield f"places.{p.id}.span", p.span
