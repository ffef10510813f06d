"""API latency and load through real HTTP: `eventwire serve` (uvicorn) over a synthetic store.

1. A store of >= 1,000,000 synthetic events (``synthetic_store.py``; reused when the file exists).
2. ``eventwire serve`` in a subprocess on a free loopback port (no response cache anywhere).
3. Latency: a fixed, seeded mix of ``/api/events`` requests (text, actor, date range, CAMEO,
   several at once, and cursor pages 2-5 of each) and of ``/api/counts`` requests (by day, week,
   month, dyad, root, plover, with and without filters), each timed by one sequential client;
   p50/p95/max per endpoint and per kind of request.
4. Load: 10 concurrent clients for 30 s, each looping over the same mix; errors = answers other
   than 200 plus failed connections.

Rows go to bench/RESULTS.md (section "API"). The gate: p95 <= 50 ms for both endpoints, 0 errors.

    python bench/api.py --store /tmp/events.duckdb --articles 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from bench_results import insert_row
from synthetic_store import generate

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADING = """## API

Latency of the HTTP API through real HTTP (`eventwire serve`, uvicorn, no response cache) over a
synthetic DuckDB store (`bench/synthetic_store.py`: 100,000 articles, 10 events each), with one
sequential client: `/api/events` with mixed filters (text, actor, date range, CAMEO, combined) and
cursor pages 2-5; `/api/counts` by day, week, month, dyad, root and PLOVER type with and without
filters. Load: 10 concurrent clients x 30 s over the same mix. Gate: p95 <= 50 ms, 0 errors.
`bench/api.py` writes these rows; the machine is shared with other engineers' jobs.

| date | events in store | endpoint | requests | p50 ms | p95 ms | max ms | machine | command |
|---|---|---|---|---|---|---|---|---|
<!-- api-rows -->
"""

WORDS = ["sanctions", "shelled", "officials", "Kyiv", "met", "accused", "aid", "Tokyo", "bombed"]
ACTORS = ["RUS", "UKR", "USAGOV", "china", "Iran military", "PRK", "FRAGOV", "turkey"]
CAMEO = ["04", "19", "163", "057", "1", "11"]
DIMENSIONS = [
    "day",
    "week",
    "month",
    "dyad",
    "root",
    "plover",
    "quadclass",
    "country",
    "root,quadclass",
]


def _range(rng: random.Random) -> dict[str, str]:
    start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3500))
    end = start + dt.timedelta(days=rng.choice([7, 30, 90, 365]))
    return {"since": start.isoformat(), "until": end.isoformat()}


def event_queries(rng: random.Random, n: int) -> list[tuple[str, dict[str, str]]]:
    """``n`` (kind, params) first pages of /api/events with mixed filters."""
    makers = {
        "none": lambda: {},
        "text": lambda: {"text": rng.choice(WORDS)},
        "actor": lambda: {"actor": rng.choice(ACTORS)},
        "dates": lambda: _range(rng),
        "cameo": lambda: {"cameo": rng.choice(CAMEO)},
        "mixed": lambda: {"actor": rng.choice(ACTORS), "text": rng.choice(WORDS), **_range(rng)},
        "actor+dates": lambda: {"actor": rng.choice(ACTORS), **_range(rng)},
    }
    kinds = list(makers)
    return [
        (kind, {**makers[kind](), "limit": "50"}) for kind in (rng.choice(kinds) for _ in range(n))
    ]


def count_queries(rng: random.Random, n: int) -> list[tuple[str, dict[str, str]]]:
    """``n`` (kind, params) requests of /api/counts."""
    out = []
    for _ in range(n):
        by = rng.choice(DIMENSIONS)
        extra = rng.choice(
            [{}, {"actor": rng.choice(ACTORS)}, _range(rng), {"cameo": rng.choice(CAMEO)}]
        )
        out.append((f"by {by}" + (" +filter" if extra else ""), {"by": by, **extra}))
    return out


def _timed(client: httpx.Client, path: str, params: dict[str, str]) -> tuple[float, httpx.Response]:
    started = time.perf_counter()
    response = client.get(path, params=params)
    return (time.perf_counter() - started) * 1000, response


def latency(base: str, rng: random.Random, n: int, pages: int) -> dict[str, dict[str, list[float]]]:
    """Time the mix with one client: {endpoint: {kind: [ms, ...]}}."""
    found: dict[str, dict[str, list[float]]] = {"events": {}, "counts": {}}
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(5):  # warm the connection and the database's caches once
            client.get("/api/events")
        for kind, params in event_queries(rng, n):
            ms, response = _timed(client, "/api/events", params)
            assert response.status_code == 200, response.text
            found["events"].setdefault(kind, []).append(ms)
            cursor = response.json()["next"]
            for _ in range(pages):
                if not cursor:
                    break
                ms, response = _timed(client, "/api/events", {**params, "cursor": cursor})
                assert response.status_code == 200, response.text
                found["events"].setdefault("cursor page", []).append(ms)
                cursor = response.json()["next"]
        for kind, params in count_queries(rng, n):
            ms, response = _timed(client, "/api/counts", params)
            assert response.status_code == 200, response.text
            found["counts"].setdefault(kind, []).append(ms)
    return found


def load(base: str, clients: int, seconds: float, seed: int) -> tuple[int, int, list[float]]:
    """``clients`` threads loop over the mix for ``seconds``: (requests, errors, latencies ms)."""
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    totals = {"requests": 0, "errors": 0}
    times: list[float] = []

    def worker(index: int) -> None:
        rng = random.Random(seed + index)
        mix = [("/api/events", p) for _, p in event_queries(rng, 50)] + [
            ("/api/counts", p) for _, p in count_queries(rng, 25)
        ]
        rng.shuffle(mix)
        with httpx.Client(base_url=base, timeout=30) as client:
            i = 0
            while time.monotonic() < stop:
                path, params = mix[i % len(mix)]
                i += 1
                try:
                    ms, response = _timed(client, path, params)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ms, ok = 0.0, False
                with lock:
                    totals["requests"] += 1
                    totals["errors"] += 0 if ok else 1
                    times.append(ms)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return totals["requests"], totals["errors"], times


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(store: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``eventwire serve`` on a free port; return the process and its base URL."""
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "eventwire.cli",
        "serve",
        "--db",
        str(store),
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/api/stats", timeout=30).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("the server did not start")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def machine(load: tuple[float, float] | None = None) -> str:
    """The machine, and its 1-minute load average before and after the run when given."""
    shown = f", load average {load[0]:.1f} -> {load[1]:.1f}" if load else ""
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}, {platform.system()}{shown}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("/tmp/eventwire-bench-api.duckdb"))
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="first pages per endpoint")
    parser.add_argument("--pages", type=int, default=4, help="cursor pages after each first page")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    parser.add_argument("--label", default="", help="what was measured (shown in every row)")
    args = parser.parse_args()
    if not args.store.exists():
        generate(args.store, args.articles)
    process, base = serve(args.store)
    load_before = os.getloadavg()[0]
    try:
        events = httpx.get(f"{base}/api/stats", timeout=30).json()["tables"]["events"]
        found = latency(base, random.Random(args.seed), args.requests, args.pages)
        requests, errors, times = load(base, args.clients, args.seconds, args.seed)
    finally:
        process.terminate()
        process.wait(timeout=30)
    loads = (load_before, os.getloadavg()[0])
    today = dt.date.today().isoformat()
    command = "python bench/api.py " + " ".join(sys.argv[1:])
    rows = []
    for endpoint, kinds in found.items():
        every = [ms for values in kinds.values() for ms in values]
        rows.append((f"/api/{endpoint} (all)", every))
        rows.extend((f"/api/{endpoint} {kind}", values) for kind, values in sorted(kinds.items()))
    lines = []
    label = f" [{args.label}]" if args.label else ""
    for name, values in rows:
        name += label
        lines.append(
            f"| {today} | {events:,} | {name} | {len(values)} | {statistics.median(values):.1f} | "
            f"**{percentile(values, 95):.1f}** | {max(values):.1f} | {machine(loads)} | `{command}` |"
        )
    lines.append(
        f"| {today} | {events:,} | load: {args.clients} clients x {args.seconds:.0f} s | {requests:,} "
        f"({requests / args.seconds:.0f}/s), **{errors} errors** | {statistics.median(times):.1f} | "
        f"{percentile(times, 95):.1f} | {max(times):.1f} | {machine(loads)} | `{command}` |"
    )
    for line in lines:
        print(line)
        if not args.no_write:
            insert_row(RESULTS, "api", line, HEADING)
    return 0


if __name__ == "__main__":
    sys.exit(main())
