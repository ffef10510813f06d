"""Records do not change under refactoring: the examples in full, the seed and dev texts by digest.

Regenerate with ``python scripts/snapshot_records.py`` only in a commit that explains each change.
"""

from __future__ import annotations

import json

import pytest

from snapshot_corpus import DIGESTS_FILE, EXAMPLES_FILE, SHARED, dev_digests, example_records


def test_example_records_unchanged() -> None:
    expected = [json.loads(line) for line in EXAMPLES_FILE.read_text(encoding="utf-8").splitlines()]
    assert example_records() == expected


def test_seed_and_dev_records_unchanged() -> None:
    if not (SHARED / "eval").exists():
        pytest.skip(f"shared data not available: {SHARED}")
    expected = json.loads(DIGESTS_FILE.read_text(encoding="utf-8"))
    changed = sorted(k for k, v in dev_digests().items() if expected.get(k) != v)
    assert len(expected) == 201
    assert changed == []
