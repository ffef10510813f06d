"""The pipeline end to end: process, process_many, the seed article, language, dates, failures."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.document import Failure
from eventwire.pipeline import article_id, process, process_many
from eventwire.records import Article

STORY = (
    "GENEVA (Reuters) — Health ministers from more than 190 countries adopted a pandemic agreement "
    "on Tuesday after three years of talks.\n\nThe director-general said the vote showed that "
    "countries could still work together. Delegates applauded when the result was read out."
)


def test_a_str_is_always_text_never_a_path(settings: Settings) -> None:
    article = process("README.md", settings=settings)
    assert article.text == "README.md"


def test_process_text_builds_sentences_and_paragraphs(settings: Settings) -> None:
    article = process(STORY, date="2025-05-20", settings=settings)
    assert article.meta.published == "2025-05-20"
    assert article.meta.dateline == "GENEVA"
    assert article.meta.language == "en"
    assert len(article.paragraphs) == 2
    assert len(article.sentences) == 3
    first, second = article.paragraphs
    for start, end in article.sentences:  # no sentence crosses a paragraph break
        assert first[0] <= start < end <= first[1] or second[0] <= start < end <= second[1]
    assert article.meta.pipeline.model.startswith("en_core_web_sm")


def test_id_is_stable_across_whitespace_and_normalisation() -> None:
    assert article_id("A  b\nc") == article_id("A b c") == article_id(" A b c \n")
    assert article_id("Cafe\u0301") == article_id("Café")
    assert re.fullmatch(r"[0-9a-f]{16}", article_id("x"))
    assert article_id("a b") != article_id("a c")


def test_no_date_stays_unknown(settings: Settings) -> None:
    assert process(STORY, settings=settings).meta.published is None


def test_bad_date_is_an_error_naming_the_option(settings: Settings) -> None:
    with pytest.raises(InputError, match=r"--date.*not an ISO 8601 date"):
        process(STORY, date="3 Sept", settings=settings)


def test_non_english_gets_a_record_without_layers_and_a_warning(settings: Settings) -> None:
    text = (
        "Le président a rencontré mercredi le chef du gouvernement allemand à Paris pour discuter "
        "de la guerre en Ukraine et de la sécurité européenne."
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = process(text, settings=settings)
    assert article.meta.language == "fr"
    assert article.sentences == () and article.actors == () and article.events == ()
    assert any("not English" in str(w.message) for w in caught)


def test_process_many_keeps_order_and_reports_failures(settings: Settings, tmp_path: Path) -> None:
    texts = [f"Story number {i} says the council met on Monday in the capital." for i in range(7)]
    missing = tmp_path / "missing.txt"
    failures: list[Failure] = []
    items: list[str | Path] = [*texts[:3], missing, *texts[3:]]
    out = list(
        process_many(items, settings=settings.replace(batch_size=2), on_error=failures.append)
    )
    assert [a.text for a in out] == texts
    assert len(failures) == 1 and "missing.txt" in failures[0].reason


def test_process_many_raises_without_handler(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(EventwireError, match=r"missing\.txt"):
        list(process_many(["ok text here", tmp_path / "missing.txt"], settings=settings))


def test_worker_processes_give_the_same_records_in_order(settings: Settings) -> None:
    texts = [
        f"Officials in city {i} said on Friday that {i} bridges had reopened after repairs."
        for i in range(6)
    ]
    one = [a.to_dict() for a in process_many(texts, settings=settings.replace(batch_size=2))]
    two = [
        a.to_dict()
        for a in process_many(texts, n_process=2, settings=settings.replace(batch_size=2))
    ]
    assert one == two


# --- the seed article (../shared/seeds), read at run time -----------------------------------------


def test_seed_cleaned_text(seed_article: Article) -> None:
    text = seed_article.text
    assert "goose-stepping troops" in text
    assert len(seed_article.paragraphs) == 13
    assert seed_article.meta.published == "2025-09-03"


def test_seed_quote_across_page_break_is_one_sentence(seed_article: Article) -> None:
    text = seed_article.text
    start = text.index('"On your initiative')
    end = text.index("Putin told Kim", start) + len("Putin told Kim")
    assert "the liberation of the Kursk region," in text[start:end]
    assert any(s <= start and end <= e for s, e in seed_article.sentences), (
        "quote split across sentences"
    )


def test_extractors_are_re_exported_and_named_in_layers() -> None:
    import eventwire.extract as extract
    from eventwire.layers import LAYERS

    assert sorted(extract.__all__) == sorted(f"extract_{layer.name}" for layer in LAYERS)
    for layer in LAYERS:
        assert getattr(extract, f"extract_{layer.name}") is layer.extractor


def test_the_encoding_a_text_file_was_read_in_is_recorded(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("The caf\u00e9 owners said talks had failed.".encode("cp1252"))
    article = process(path, settings=settings)
    assert article.meta.input.encoding == "cp1252"
    assert Article.from_dict(article.to_dict()) == article
    assert process("Talks failed.", settings=settings).meta.input.encoding is None


@pytest.mark.parametrize("dash", ["-", "\u2014"])
def test_a_dateline_is_part_of_no_actor_whatever_its_dash(settings: Settings, dash: str) -> None:
    text = f"KYIV (Reuters) {dash} Russian forces shelled the city on Monday, officials said."
    article = process(text, settings=settings)
    assert article.meta.dateline == "KYIV"
    names = [a.name for a in article.actors]
    assert "Russian forces" in names and not any("KYIV" in n for n in names)


def test_unknown_jsonl_fields_and_the_byline_are_kept_in_meta_extra(
    tmp_path: Path, settings: Settings
) -> None:
    from eventwire.schema import validate_article

    path = tmp_path / "wires.jsonl"
    line = {"text": "Talks resumed in Geneva.", "author": "Ana Ruiz", "section": "World",
            "keywords": ["talks", "bad \ud800"]}  # fmt: skip
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="not valid Unicode"):
        article = process(path, settings=settings)
    assert article.meta.extra == {
        "author": "Ana Ruiz", "section": "World", "keywords": ["talks", "bad \ufffd"],
    }  # fmt: skip
    record = article.to_dict()
    validate_article(record)
    assert Article.from_dict(json.loads(json.dumps(record))) == article
    assert process("Talks failed.", settings=settings).meta.extra == {}


def test_parse_batches_bound_the_characters_parsed_together() -> None:
    import spacy

    from eventwire.annotate import parse_batches

    nlp = spacy.blank("en")
    docs = [nlp.make_doc("x" * n) for n in (5, 5, 9, 30, 1, 1)]
    batches = parse_batches(docs, budget=10)
    assert [[len(d.text) for d in b] for b in batches] == [[5, 5], [9], [30], [1, 1]]
    assert [d for b in batches for d in b] == docs  # order kept, nothing dropped
    assert parse_batches([], budget=10) == []
