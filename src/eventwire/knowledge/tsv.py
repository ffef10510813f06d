"""Reading the project's knowledge tables: tab-separated files with a documented header.

Format of every table under ``knowledge/data/``:

* leading lines starting with ``#`` describe the table: what it holds, ``# as-of: YYYY-MM-DD``,
  ``# source: ...`` and one ``# column: meaning`` line per column;
* then one header line naming the columns (tab-separated), which must include ``source``;
* then one row per line, tab-separated, with exactly as many fields as the header; empty fields
  mean "none"; list-valued fields separate items with ``|``. Blank lines and ``#`` lines are skipped.

A bad row raises ``KnowledgeError`` naming the file and the line number.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.errors import KnowledgeError


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its fields by column name, and where it came from (for error messages)."""

    fields: dict[str, str]
    file: str
    line: int

    def __getitem__(self, column: str) -> str:
        return self.fields[column]

    def get(self, column: str, default: str = "") -> str:
        """Return the field, or ``default`` when the column is absent or empty."""
        return self.fields.get(column) or default

    def items(self, column: str) -> tuple[str, ...]:
        """Return a ``|``-separated field as a tuple of stripped, non-empty items."""
        return tuple(p.strip() for p in self.fields.get(column, "").split("|") if p.strip())

    def error(self, problem: str) -> KnowledgeError:
        """Return a ``KnowledgeError`` for this row."""
        return KnowledgeError(f"line {self.line}: {problem}", source=self.file)


@dataclass(frozen=True, slots=True)
class Table:
    """A parsed table: its description lines (header comments) and rows."""

    name: str
    header: tuple[str, ...]
    comments: tuple[str, ...]
    rows: tuple[Row, ...]

    @property
    def as_of(self) -> str | None:
        """The ``# as-of:`` date of the table, if stated."""
        for c in self.comments:
            if c.lower().startswith("as-of:"):
                return c.split(":", 1)[1].strip()
        return None


def is_score(value: str) -> bool:
    """Column check: a number from -10 to 10 (Goldstein scores, PLOVER intensities)."""
    try:
        return -10.0 <= float(value) <= 10.0
    except ValueError:
        return False


def packaged(name: str) -> Path:
    """Return the path of a packaged table in ``eventwire/knowledge/data``."""
    return Path(str(resources.files("eventwire.knowledge") / "data" / name))


def read_table(
    path: Path,
    required: Sequence[str],
    checks: dict[str, Callable[[str], bool]] | None = None,
) -> Table:
    """Parse and validate a table.

    Args:
        path: the TSV file.
        required: columns that must exist in the header and be non-empty in every row
            (``source`` is always required).
        checks: column -> predicate for non-empty values; a failing value is a bad row.
    """
    lines = read_lines(path)
    comments, header, rows = _split(lines, str(path))
    needed = {*required, "source"}
    missing = [c for c in sorted(needed) if c not in header]
    if missing:
        raise KnowledgeError(f"header lacks column(s) {', '.join(missing)}", source=str(path))
    for row in rows:
        for column in needed:
            if not row.get(column):
                raise row.error(f"empty required column {column!r}")
        for column, ok in (checks or {}).items():
            value = row.get(column)
            if value and not ok(value):
                raise row.error(f"bad value {value!r} in column {column!r}")
    return Table(path.name, header, tuple(comments), tuple(rows))


def read_lines(path: Path) -> list[str]:
    """The lines of a table file, gzip-compressed when its name ends in ``.gz``.

    Raises:
        KnowledgeError: the file cannot be read or decoded.
    """
    try:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        return data.decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError, gzip.BadGzipFile, EOFError) as exc:
        raise KnowledgeError(f"cannot read table ({exc})", source=str(path)) from None


def _split(lines: list[str], file: str) -> tuple[list[str], tuple[str, ...], list[Row]]:
    comments: list[str] = []
    header: tuple[str, ...] = ()
    rows: list[Row] = []
    for number, line in _numbered(lines):
        if line.startswith("#"):
            if not header:
                comments.append(line.lstrip("#").strip())
            continue
        fields = line.split("\t")
        if not header:
            header = tuple(f.strip() for f in fields)
            continue
        if len(fields) != len(header):
            raise KnowledgeError(
                f"line {number}: {len(fields)} fields, header has {len(header)}", source=file
            )
        rows.append(Row(dict(zip(header, (f.strip() for f in fields), strict=True)), file, number))
    if not header:
        raise KnowledgeError("no header line", source=file)
    return comments, header, rows


def _numbered(lines: list[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, line.rstrip("\n")
