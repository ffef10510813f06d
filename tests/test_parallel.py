"""Choosing the worker-process count: ``auto`` from cores, memory and input size; caps."""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.errors import SettingsError
from eventwire.parallel import (
    AUTO,
    SMALL_INPUT_CHARS,
    WORKER_MB,
    Machine,
    choose_workers,
    count_or_auto,
)

TWO_CORES = Machine(cores=2, available_mb=20_000)


@pytest.mark.parametrize(
    ("requested", "chars", "exhausted", "machine", "expected", "warns"),
    [
        (AUTO, 2_000, True, TWO_CORES, 1, False),  # a handful of short documents: no workers
        (AUTO, SMALL_INPUT_CHARS, True, TWO_CORES, 2, False),  # enough work for both cores
        (AUTO, 2_000, False, TWO_CORES, 2, False),  # more documents than were read ahead
        (AUTO, 10**6, False, Machine(8, 3 * WORKER_MB), 3, False),  # memory, not cores, limits
        (AUTO, 10**6, False, Machine(4, None), 4, False),  # memory unknown: the cores
        (AUTO, 10**6, False, Machine(2, 100), 1, False),  # little memory: still one process
        (1, 10**6, False, TWO_CORES, 1, False),
        (2, 10, True, TWO_CORES, 2, False),  # an explicit count is kept when it fits
        (12, 10**6, False, TWO_CORES, 2, True),  # capped by the cores, with a warning
        (4, 10**6, False, Machine(8, 2 * WORKER_MB), 2, True),  # capped by memory
    ],
)
def test_choose_workers(
    requested: int, chars: int, exhausted: bool, machine: Machine, expected: int, warns: bool
) -> None:
    count, warning = choose_workers(requested, chars, exhausted, machine)
    assert count == expected
    assert (warning is not None) is warns
    if warning:
        assert f"--workers {requested} capped to {expected}" in warning


@pytest.mark.parametrize(
    ("chars", "exhausted", "batches", "expected"),
    [
        (10**6, True, 1, 1),  # one long document (or one batch): one process, no idle worker
        (10**6, True, 2, 2),
        (10**6, True, 5, 2),  # more batches than cores
        (10**6, False, 1, 2),  # more documents than were read ahead
        (2_000, True, 3, 1),  # a few short documents
    ],
)
def test_auto_uses_no_more_workers_than_batches(
    chars: int, exhausted: bool, batches: int, expected: int
) -> None:
    assert choose_workers(AUTO, chars, exhausted, TWO_CORES, batches) == (expected, None)


@pytest.mark.parametrize(("value", "expected"), [("auto", AUTO), ("AUTO", AUTO), ("3", 3), (2, 2)])
def test_count_or_auto(value: object, expected: int) -> None:
    assert count_or_auto(value) == expected


@pytest.mark.parametrize("value", ["0", "-1", "two", 1.5, True])
def test_bad_counts_are_refused_with_the_choices(value: object) -> None:
    with pytest.raises(SettingsError, match="positive count or 'auto'"):
        Settings.build({"n_process": value}, env={})


def test_auto_is_the_default_and_reads_from_the_environment() -> None:
    assert Settings.build(env={}).n_process == AUTO
    assert Settings.build(env={"EVENTWIRE_N_PROCESS": "auto"}).n_process == AUTO
    assert Settings.build(env={"EVENTWIRE_N_PROCESS": "2"}).n_process == 2


def test_this_machine_has_at_least_one_core() -> None:
    machine = Machine.this()
    assert machine.cores >= 1 and machine.most() >= 1


def test_a_count_above_the_cores_is_capped_with_a_warning(settings: Settings) -> None:
    from eventwire.pipeline import process_many

    texts = ["The minister met the envoy on Monday.", "Police arrested two men in the city."]
    with pytest.warns(UserWarning, match="capped to"):
        articles = list(process_many(texts, n_process=Machine.this().most() + 5, settings=settings))
    assert len(articles) == 2 and all(a.events for a in articles)
