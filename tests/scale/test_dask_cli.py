"""``--dask`` on the command line: addresses are checked first; ``process`` gives the records a
one-process run gives, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import ClusterError
from eventwire.scale.address import check_address


@pytest.mark.parametrize(
    "good", ["local:1", "local:12", "tcp://127.0.0.1:8786", "tls://sched.example.org:8786"]
)
def test_good_addresses_pass(good: str) -> None:
    assert check_address(good) == good


@pytest.mark.parametrize(
    "bad", ["local:0", "local", "2", "tcp://host", "http://127.0.0.1:8786", "local:2 "]
)
def test_a_bad_address_is_refused_with_both_forms(bad: str) -> None:
    with pytest.raises(ClusterError, match=r"local:N .* tcp://HOST:PORT"):
        check_address(bad)


def test_ingest_refuses_a_bad_address_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.duckdb"
    assert (
        main(["ingest", str(tmp_path / "missing.jsonl"), "--db", str(db), "--dask", "local:0"]) == 1
    )
    err = capsys.readouterr().err
    assert "[E700] local:0: not a Dask address" in err


@pytest.mark.slow
def test_process_on_a_local_cluster_prints_what_one_process_prints(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["process", str(corpus), "--workers", "1", "--format", "jsonl"]) == 0
    alone = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["process", str(corpus), "--dask", "local:1", "--format", "jsonl"]) == 0
    clustered = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(alone) == 6
    assert clustered == alone
