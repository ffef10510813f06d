"""Which event pattern rows fire, and where: counts over unlabelled news and over PLOVER dev.

A rule row of ``event_verbs.tsv`` / ``event_nouns.tsv`` must fire on unlabelled news, not only on
the sentences it was written for (docs/events.md, "Rows must fire on news"). This script runs the events
layer over two corpora and counts, for each row (file + line), how often it is the winning
pattern of a frame (a trigger the layer codes, before actors are looked up):

* **news**: the dev news of ../shared that the blind set is drawn from (PolNeAR dev, TimeBank and
  AQUAINT, GeoVirus, LGL, ECB+ dev; ``blind_sample.CORPORA``), documents in file order up to a
  word budget per corpus, **without** the documents that hold a sentence of the blind set's
  never-looked-at quarter; never the PLOVER records, never the VOA corpus;
* **plover**: the PLOVER dev sentences (``../shared/eval/events/plover_gsr_dev.jsonl``).

It writes a markdown report (counts only, never text) and the per-CAMEO-leaf coverage table of
docs/events.md (between its ``<!-- coverage -->`` markers); ``--firings`` also writes every news
firing (sentence, code, argument words) to a file outside the repository, for reading samples::

    python scripts/event_firings.py [--words 100000] [--firings /tmp/firings.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from blind_sample import CORPORA, documents, load_sentences  # noqa: E402

import eventwire.extract.events.assemble as assemble  # noqa: E402
from eventwire.config import Settings  # noqa: E402
from eventwire.errors import EventwireError  # noqa: E402
from eventwire.extract.events.frames import ActorLookup, Frame  # noqa: E402
from eventwire.knowledge.event_patterns import Pattern, PatternBook, load_patterns  # noqa: E402
from eventwire.knowledge.tsv import packaged  # noqa: E402
from eventwire.pipeline import process  # noqa: E402

SHARED = ROOT.parent / "shared"
PLOVER_DEV = SHARED / "eval" / "events" / "plover_gsr_dev.jsonl"
CODEBOOK = SHARED / "ontology" / "cameo_event_codebook.json"
REPORT = ROOT / "docs" / "event-firings.md"
EVENTS_DOC = ROOT / "docs" / "events.md"
WORDS = 100_000
"""Default word budget per news corpus."""
COMMAND = "python scripts/event_firings.py"
PRECISION = "\n## Sampled precision"
"""The report's hand-written section (kept when the report is rewritten)."""
_COVERAGE = re.compile(r"(<!-- coverage -->\n).*?(<!-- /coverage -->)", re.S)


@dataclass(frozen=True, slots=True)
class Firing:
    """One frame: the row that won it, its code, where it is and its argument words."""

    row: str
    code: str
    doc: str
    sentence: str
    trigger: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def row_key(pattern: Pattern) -> str:
    """The key of a pattern row: its table and line ("event_verbs.tsv:24")."""
    return f"{'event_nouns' if pattern.nominal else 'event_verbs'}.tsv:{pattern.line}"


@contextmanager
def recording() -> Iterator[list[Frame]]:
    """Collect the frames the events layer finds while the block runs."""
    frames: list[Frame] = []
    original = assemble.find_frames

    def wrapped(doc: Doc, book: PatternBook, lookup: ActorLookup) -> list[Frame]:
        found = original(doc, book, lookup)
        frames.extend(found)
        return found

    assemble.find_frames = wrapped
    try:
        yield frames
    finally:
        assemble.find_frames = original


def firings(texts: Iterable[tuple[str, str]], settings: Settings) -> Iterator[Firing]:
    """Run the pipeline over (document id, text) pairs and yield the firings of each."""
    for doc_id, text in texts:
        with recording() as frames:
            try:
                process(text, settings=settings)
            except EventwireError as error:  # a bad document is reported, not fatal
                print(f"{doc_id}: {error}", file=sys.stderr)
        for frame in frames:
            yield Firing(
                row=row_key(frame.pattern),
                code=frame.code,
                doc=doc_id,
                sentence=frame.trigger.sent.text.strip(),
                trigger=frame.trigger.text,
                sources=tuple(w.text for w in frame.sources),
                targets=tuple(w.text for w in frame.targets),
            )


def news_texts(words: int) -> Iterator[tuple[str, str]]:
    """Documents of the blind set's news corpora (in file order, up to ``words`` per corpus),
    without the documents holding a sentence of the never-looked-at quarter."""
    held_out = {(s["file"], s["doc"]) for s in load_sentences() if s["split"] == "test"}
    for corpus, (_, id_field, _, _) in CORPORA.items():
        used = 0
        for name, row in documents(corpus):
            if used >= words:
                break
            doc_id = str(row[id_field])
            if (name, doc_id) in held_out:
                continue
            used += len(row["text"].split())
            yield f"{name}#{doc_id}", row["text"]


def plover_texts() -> Iterator[tuple[str, str]]:
    """The PLOVER dev sentences."""
    with PLOVER_DEV.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            yield str(row["id"]), str(row["text"])


def all_rows(book: PatternBook) -> dict[str, Pattern]:
    """Every verb and noun row of the book by key, in table order."""
    rows = [p for table in (book.verbs, book.nouns) for ps in table.values() for p in ps]
    return {row_key(p): p for p in sorted(rows, key=lambda p: (p.nominal, p.line))}


def row_text(key: str) -> str:
    """The row's fields before its source column, as written in the table."""
    table, line = key.rsplit(":", 1)
    fields = packaged(table).read_text(encoding="utf-8").splitlines()[int(line) - 1].split("\t")
    return " ".join(f or "." for f in fields[:-1]).replace("|", "\\|")


@dataclass(frozen=True, slots=True)
class Tally:
    """Firing counts of every row on news and on PLOVER dev, with the corpus sizes."""

    rows: tuple[str, ...]
    news: Counter[str]
    plover: Counter[str]
    news_codes: Counter[str]

    @classmethod
    def of(cls, rows: Iterable[str], news: Iterable[Firing], plover: Iterable[Firing]) -> Tally:
        """Count the firings per row (and the news firings per code)."""
        news = list(news)
        return cls(
            tuple(rows),
            Counter(f.row for f in news),
            Counter(f.row for f in plover),
            Counter(f.code for f in news),
        )

    def overfit(self) -> list[str]:
        """Rows that fire on PLOVER dev and never on news."""
        return [r for r in self.rows if self.plover[r] and not self.news[r]]

    def silent(self) -> list[str]:
        """Rows that fire nowhere."""
        return [r for r in self.rows if not self.plover[r] and not self.news[r]]


def report(tally: Tally, sizes: dict[str, tuple[int, int]], words: int) -> str:
    """The markdown report: corpus sizes, per-row counts and the two lists."""
    out = [
        "# Event pattern firings",
        "",
        f'Written by `{COMMAND} --words {words}` (docs/events.md, "Rows must fire on news"). A firing is a',
        "frame whose winning pattern is the row (before actors are looked up). News = the dev news",
        "of the blind set's corpora in file order up to the word budget per corpus, without the",
        "documents of the never-looked-at quarter; PLOVER = the PLOVER dev sentences. A blocking",
        'row (code `-`) never wins a frame: it is listed under "fire nowhere" by construction.',
        "",
        "| corpus | documents | words |",
        "|---|---|---|",
        *(f"| {name} | {docs} | {n} |" for name, (docs, n) in sizes.items()),
        "",
        f"Rows: {len(tally.rows)}; firing on news: {sum(1 for r in tally.rows if tally.news[r])};"
        f" on PLOVER dev only: {len(tally.overfit())}; nowhere: {len(tally.silent())}.",
        "",
        "## Rows that fire on PLOVER dev and never on news",
        "",
        *_row_lines(tally.overfit(), tally),
        "",
        "## Rows that fire nowhere",
        "",
        *_row_lines(tally.silent(), tally),
        "",
        "## Every row",
        "",
        "| row | pattern | news | PLOVER dev |",
        "|---|---|---|---|",
        *(f"| {r} | {row_text(r)} | {tally.news[r]} | {tally.plover[r]} |" for r in tally.rows),
    ]
    return "\n".join(out) + "\n"


def _row_lines(keys: list[str], tally: Tally) -> list[str]:
    return [f"* `{r}` {row_text(r)} (PLOVER dev {tally.plover[r]})" for r in keys] or ["none"]


def leaf_codes(codebook: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The codebook entries that no other code refines."""
    codes = [str(c["code"]) for c in codebook]
    return [
        c
        for c in codebook
        if not any(o != c["code"] and o.startswith(str(c["code"])) for o in codes)
    ]


def coverage(book: PatternBook, tally: Tally, codebook: list[dict[str, Any]]) -> str:
    """The per-leaf-code coverage table: rows that code it (fixed code, or a family that can give
    it) and its firings on news."""
    patterns = all_rows(book)
    fixed = Counter((p.nominal, p.code) for p in patterns.values() if p.code)
    family_codes = {
        name: {code for _, code in fam.topics} | ({fam.default} if fam.default else set())
        for name, fam in book.families.items()
    }
    via = Counter(code for p in patterns.values() if p.family for code in family_codes[p.family])
    leaves = leaf_codes(codebook)
    lines = [
        f"Generated by `{COMMAND}` (news firings with its word budget).",
        "",
        "| code | name | verb rows | noun rows | family rows | news firings |",
        "|---|---|---|---|---|---|",
    ]
    for entry in leaves:
        code = str(entry["code"])
        lines.append(
            f"| {code} | {str(entry['name']).lower()} | {fixed[False, code]} | "
            f"{fixed[True, code]} | {via[code]} | {tally.news_codes[code]} |"
        )
    covered = sum(
        1 for e in leaves if fixed[False, e["code"]] + fixed[True, e["code"]] + via[e["code"]]
    )
    fired = sum(1 for e in leaves if tally.news_codes[str(e["code"])])
    lines += ["", f"{covered} of {len(leaves)} leaf codes have a row; {fired} fire on news."]
    return "\n".join(lines) + "\n"


def with_coverage(doc: str, table: str) -> str:
    """``doc`` with the text between its coverage markers replaced by ``table``."""
    if not _COVERAGE.search(doc):
        raise ValueError("no <!-- coverage --> ... <!-- /coverage --> markers")
    return _COVERAGE.sub(lambda m: m.group(1) + table + m.group(2), doc)


def _sized(
    texts: Iterable[tuple[str, str]], sizes: dict[str, list[int]], name: str
) -> Iterator[tuple[str, str]]:
    for doc_id, text in texts:
        sizes.setdefault(name, [0, 0])
        sizes[name][0] += 1
        sizes[name][1] += len(text.split())
        yield doc_id, text


def main(argv: list[str] | None = None) -> int:
    """Count, and write the report and the coverage table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=WORDS, help="word budget per news corpus")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--firings", type=Path, help="also write every news firing here (JSONL)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    settings = Settings.build()
    sizes: dict[str, list[int]] = {}
    news = list(firings(_sized(news_texts(args.words), sizes, "news"), settings))
    plover = list(firings(_sized(plover_texts(), sizes, "PLOVER dev"), settings))
    book = load_patterns()
    tally = Tally.of(all_rows(book), news, plover)
    kept = args.report.read_text(encoding="utf-8") if args.report.exists() else ""
    args.report.write_text(
        report(tally, {k: (v[0], v[1]) for k, v in sizes.items()}, args.words)
        + kept[kept.find(PRECISION) :] * (PRECISION in kept),
        encoding="utf-8",
    )
    codebook = json.loads(CODEBOOK.read_text(encoding="utf-8"))["codes"]
    EVENTS_DOC.write_text(
        with_coverage(EVENTS_DOC.read_text(encoding="utf-8"), coverage(book, tally, codebook)),
        encoding="utf-8",
    )
    if args.firings:
        _write_firings(args.firings, news)
    print(f"{args.report}: {len(news)} news firings, {len(plover)} PLOVER dev", file=sys.stderr)
    return 0


def _write_firings(path: Path, news: list[Firing]) -> None:
    path.write_text("".join(json.dumps(asdict(f)) + "\n" for f in news), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
