"""Progress of a long command on stderr: a rich bar on a terminal, else plain lines or nothing."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal

from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column
from rich.text import Text

from eventwire.batch import IngestReport

ProgressMode = Literal["auto", "bar", "lines", "none"]
PROGRESS_MODES: tuple[ProgressMode, ...] = ("auto", "bar", "lines", "none")


class DocumentRateColumn(ProgressColumn):
    """Documents per second since the task started."""

    def render(self, task: Task) -> Text:
        """Return the rate as text."""
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.1f} documents/s", style="progress.data.speed")


def describe(report: IngestReport) -> str:
    """Return the running counts of an ingest in one short line."""
    kept = f", {report.kept} kept" if report.kept else ""
    return (
        f"{report.stored} stored, {report.present} present, {report.replaced} re-processed"
        f"{kept}, {report.failed} failed"
    )


@contextmanager
def ingest_progress(mode: ProgressMode) -> Iterator[Callable[[IngestReport], None]]:
    """Yield the callback that shows an ingest's progress after each committed batch."""
    if mode == "auto":
        mode = "bar" if sys.stderr.isatty() else "none"
    if mode == "none":
        yield lambda _report: None
    elif mode == "lines":
        yield _print_line(time.perf_counter())
    else:
        with _bar() as progress:
            task = progress.add_task("ingest", total=None)

            def show(report: IngestReport) -> None:
                progress.update(task, completed=report.documents, description=describe(report))

            yield show


def _print_line(started: float) -> Callable[[IngestReport], None]:
    def show(report: IngestReport) -> None:
        rate = report.documents / max(time.perf_counter() - started, 1e-9)
        print(
            f"eventwire: batch {report.batches} committed: {report.documents} documents "
            f"({describe(report)}), {rate:,.1f} documents/s",
            file=sys.stderr,
            flush=True,
        )

    return show


def _bar() -> Progress:
    """A one-line display: the counts and rate keep their width, the description takes the rest."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,} documents"),
        DocumentRateColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", table_column=Column(ratio=1, no_wrap=True)),
        console=Console(stderr=True),
        expand=True,
    )
