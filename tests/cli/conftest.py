"""Fixtures of the CLI tests: run ``eventwire.cli.main`` in-process, inputs and stores in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import Result, Run, write_jsonl
from eventwire.cli import main
from eventwire.records import Article
from eventwire.store import open_store
from sample_articles import sample_articles


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the command line in-process and capture its output."""

    def run(*argv: str) -> Result:
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A fresh store path (never in the repository)."""
    return str(tmp_path / "store.duckdb")


@pytest.fixture
def filled_db(db: str) -> tuple[str, list[Article]]:
    """A store holding the hand-built articles, written through the API."""
    articles = sample_articles()
    with open_store(db) as store:
        store.add_batch(articles)
    return db, articles


@pytest.fixture
def good_inputs(tmp_path: Path) -> Path:
    """A directory of good inputs: a text file and a JSONL file of three documents."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "2025-03-01_talks.txt").write_text(
        "Foreign ministers met in Geneva on Monday to discuss a ceasefire.", encoding="utf-8"
    )
    write_jsonl(
        folder / "wires.jsonl",
        [
            "The president visited the flooded region and promised aid.",
            "Police arrested twelve protesters outside parliament on Friday.",
            "The two governments signed a trade agreement in Nairobi.",
        ],
    )
    return folder
