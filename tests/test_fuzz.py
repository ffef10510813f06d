"""Fuzzing: every reader and the whole pipeline on mutated real files never crash.

Seeds are files of every format built from our own texts (``fuzz_inputs.seeds``); hypothesis
picks a seed and a few byte edits. A crash is any exception other than an ``EventwireError``,
an ``E900``, our own bug caught by a reader's guard, or a span whose text differs from the
article text (see ``fuzz_inputs``). Bounded for CI: a few hundred inputs through the readers, a
few dozen through the pipeline and the store; ``bench/fuzz.py`` runs 10,000.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_inputs as fz
from eventwire.config import Settings
from eventwire.store import Store, open_store

SEEDS = fz.seeds()
OTHERS = [data for _, _, data in SEEDS]
EDITS = st.lists(
    st.tuples(
        st.sampled_from(fz.OPERATIONS),
        st.floats(0, 1),
        st.floats(0, 1),
        st.integers(0, 1 << 16),
    ),
    max_size=6,
)
SEED_INDEX = st.integers(0, len(SEEDS) - 1)


def fuzz(examples: int) -> settings:
    """Bounded for CI: ``examples`` inputs, no deadline (parsing a PDF may take a while)."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module")
def fuzz_settings() -> Settings:
    return fz.fuzz_settings()


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        yield opened


def _mutated(index: int, edits: list[fz.Edit]) -> tuple[str, bytes]:
    _, fmt, data = SEEDS[index]
    return fmt, fz.mutate(data, edits, OTHERS)


def test_every_seed_is_read_whole(fuzz_settings: Settings) -> None:
    # The seeds are good files: each gives documents and no failure, so mutations start from
    # files every reader accepts.
    for name, fmt, data in SEEDS:
        check = fz.Check()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            documents = fz.read(fmt, data, fuzz_settings, check)
        wanted = {"shapes.pdf": 0}.get(name, 1)
        assert len(documents) >= wanted, (name, check)
        assert not check.crashes, (name, check.crashes)
        assert fz.sniffed(data) == fmt, name


@fuzz(300)
@given(index=SEED_INDEX, edits=EDITS, sniff=st.booleans())
def test_readers_never_crash(
    fuzz_settings: Settings, index: int, edits: list[fz.Edit], sniff: bool
) -> None:
    fmt, data = _mutated(index, edits)
    check = fz.Check()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fz.read(fz.sniffed(data) if sniff else fmt, data, fuzz_settings, check)
    assert not check.crashes


@fuzz(40)
@given(index=SEED_INDEX, edits=EDITS)
def test_pipeline_and_store_never_crash(
    fuzz_settings: Settings, store: Store, index: int, edits: list[fz.Edit]
) -> None:
    fmt, data = _mutated(index, edits)
    check = fz.Check()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents = fz.read(fmt, data, fuzz_settings, check)
        fz.annotate(documents[:3], fuzz_settings, check, store)
    assert not check.crashes


WORDS = st.sampled_from(
    ["Police", "said", "at least", "12", "people", "were", "killed", "in", "Kabul", "on",
     "Tuesday", '"', "Mr.", "Putin", "—", "-", "(AP)", "kidnapped", "$3 trillion", "1994",
     "\n\n", "\f", ",", ".", "who", "he", "told", "reporters", "NATO", "U.S."]
)  # fmt: skip


@fuzz(30)
@given(
    text=st.lists(WORDS | st.text(max_size=8), min_size=1, max_size=60).map(" ".join),
)
def test_pipeline_on_any_text(fuzz_settings: Settings, text: str) -> None:
    check = fz.Check()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents = fz.read("txt", text.encode("utf-8", "surrogatepass"), fuzz_settings, check)
        fz.annotate(documents, fuzz_settings, check)
    assert not check.crashes
