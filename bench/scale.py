"""Scale benchmark: Dask scaling, re-ingest cost, recode vs ingest (end-to-end CLI wall times).

Every figure is the wall time of a whole ``eventwire`` command in a subprocess, cluster start-up
and pipeline loading included, over ../shared/eval/corpus/voa_stories.jsonl (89 VOA stories):

- **Dask scaling**: ``eventwire ingest --dask local:N`` into a fresh DuckDB file (workers write
  Parquet shards, the store bulk-loads them, stories are placed at the end) over the corpus
  repeated ``--copies`` times (so start-up is amortised; each copy's text ends with its own line,
  so that its article id differs and it is processed, not found stored), N = 1 and 2 alternating
  per round, best round of each kept; ``--scaling process`` times ``eventwire process --dask``
  instead (records to stdout, no store). Efficiency = words/s with 2 workers / (2 x words/s
  with 1 worker).
- **Re-ingest**: ``eventwire ingest`` of the 89 stories into a fresh DuckDB file, then the same
  command again (every article already stored): the second run's time over the first's.
- **Recode**: ``eventwire recode`` of that store (all layers, from the stored parses) over the
  first ingest's time.

The machine is shared, so each row also states the load: the 1-minute load average at the start
and the cores other processes kept busy during the timed commands (from /proc/stat minus this
benchmark's own children).

    python bench/scale.py [--copies 4] [--rounds 2] [--scaling ingest|process] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_results import insert_row
from throughput import CORPUS, RESULTS, machine

HEADING = """## Scale (Dask, re-ingest, recode)

End-to-end CLI wall times (subprocesses, start-up included) from `python bench/scale.py`.
**Efficiency** = words/s with `--dask local:2` / (2 x words/s with `--dask local:1`), same texts
(the 89 VOA stories repeated), same run, best of the rounds, of the command the corpus column
names (`process --dask` where it names none: the rows before Parquet shards); **re-ingest** = second `ingest` of
the 89 stories (all stored) / first; **recode** = `recode` of that store / first ingest. *Load*:
1-minute load average at the start, and cores kept busy by other processes during the timed
commands (the machine is shared by several engineers; 2 cores).

| date | corpus | 1 worker s | 2 workers s | **efficiency** | first ingest s | re-ingest s | **re-ingest / first** | recode s | **recode / ingest** | load avg / others' cores | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- scale-rows -->
"""


class Load:
    """Cores used by other processes while commands run (total busy minus our children)."""

    def __init__(self) -> None:
        self.others = 0.0
        self.seconds = 0.0

    def run(self, command: list[str]) -> float:
        """Run ``command`` (output discarded); return its wall time."""
        busy, ours = _busy(), _children_cpu()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        self.others += (_busy() - busy) - (_children_cpu() - ours)
        self.seconds += wall
        return wall

    def cores(self) -> float:
        """Average cores other processes kept busy."""
        return self.others / self.seconds if self.seconds else 0.0


def _busy() -> float:
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def eventwire(*argv: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *argv]


def write_corpus(folder: Path, copies: int) -> tuple[Path, Path, int, int]:
    """Write the stories once and ``copies`` times over; return both paths and their words."""
    stories = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    once, repeated = folder / "voa.jsonl", folder / "voa_repeated.jsonl"
    once.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    copied = [
        {**s, "id": f"{s.get('id', i)}-{copy}", "text": f"{s['text']}\n\nCopy {copy + 1}."}
        for copy in range(copies)
        for i, s in enumerate(stories)
    ]
    repeated.write_text("".join(json.dumps(s) + "\n" for s in copied), encoding="utf-8")
    words = sum(len(s["text"].split()) for s in stories)
    return once, repeated, words, sum(len(s["text"].split()) for s in copied)


def scaling_command(kind: str, repeated: Path, n: int, folder: Path, r: int) -> list[str]:
    """The command timed with ``--dask local:n``: an ingest into a fresh store, or a process."""
    if kind == "process":
        return eventwire("process", str(repeated), "--dask", f"local:{n}", "--format", "jsonl")
    db = str(folder / f"scaling-{n}-{r}.duckdb")
    return eventwire(
        "ingest", str(repeated), "--db", db, "--dask", f"local:{n}", "--progress", "none"
    )


def measure(copies: int, rounds: int, skip_scaling: bool, kind: str) -> dict[str, float]:
    load = Load()
    start_load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as scratch:
        folder = Path(scratch)
        once, repeated, words, many = write_corpus(folder, copies)
        best = {
            1: float("inf"),
            2: float("inf"),
            "first": float("inf"),
            "again": float("inf"),
            "recode": float("inf"),
        }
        for r in range(rounds):
            for n in () if skip_scaling else (1, 2) if r % 2 == 0 else (2, 1):
                command = scaling_command(kind, repeated, n, folder, r)
                best[n] = min(best[n], load.run(command))
                print(f"round {r + 1}: local:{n} {best[n]:.1f} s", file=sys.stderr)
            db = str(folder / f"store{r}.duckdb")
            ingest = eventwire("ingest", str(once), "--db", db, "--progress", "none")
            best["first"] = min(best["first"], load.run(ingest))
            best["again"] = min(best["again"], load.run(ingest))
            best["recode"] = min(best["recode"], load.run(eventwire("recode", "--db", db)))
            print(f"round {r + 1}: {best}", file=sys.stderr)
    return {
        "words": words, "many": many, "t1": best[1], "t2": best[2],
        "efficiency": best[1] / (2 * best[2]) if not skip_scaling else float("nan"), "first": best["first"], "again": best["again"],
        "recode": best["recode"], "load": start_load, "others": load.cores(),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--scaling", choices=("ingest", "process"), default="ingest",
        help="the command whose Dask scaling is timed (default: ingest, through Parquet shards)",
    )  # fmt: skip
    parser.add_argument(
        "--skip-scaling", action="store_true", help="only ingest, re-ingest, recode"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    r = measure(args.copies, args.rounds, args.skip_scaling, args.scaling)
    corpus = f"89 VOA stories x {args.copies} ({r['many']:,.0f} words) for `{args.scaling} --dask` scaling; "
    scaling = f"{r['t1']:.1f} | {r['t2']:.1f} | **{r['efficiency']:.2f}**"
    if args.skip_scaling:
        corpus, scaling = "", "— | — | —"
    flags = " --skip-scaling" if args.skip_scaling else ""
    flags += " --scaling process" if args.scaling == "process" and not args.skip_scaling else ""
    line = (
        f"| {dt.date.today().isoformat()} | {corpus}89 ({r['words']:,.0f} words) for ingest | "
        f"{scaling} | {r['first']:.1f} | {r['again']:.2f} | "
        f"**{r['again'] / r['first']:.1%}** | {r['recode']:.1f} | **{r['recode'] / r['first']:.2f}** | "
        f"{r['load']:.1f} / {r['others']:.2f} | {machine()} | "
        f"`python bench/scale.py --copies {args.copies} --rounds {args.rounds}{flags}` |"
    )
    print(line)
    if not args.no_write:
        insert_row(RESULTS, "scale", line, HEADING)


if __name__ == "__main__":
    main()
