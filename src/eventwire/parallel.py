"""How many worker processes to parse with: ``auto`` from cores, memory and input size.

Starting a worker costs about one pipeline load (1-3 s), so a handful of short documents is
parsed in this process; more work gets one process per core, as memory allows (each worker holds
its own pipeline). An explicit count above the cores or the memory is capped, with a warning.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

AUTO = 0
"""The ``n_process`` value that means "choose" (the setting and ``--workers`` accept ``auto``)."""

#: Below this many characters of input, one process is faster than starting workers.
SMALL_INPUT_CHARS = 50_000
#: Documents read ahead to judge the input's size before choosing.
LOOKAHEAD = 64
#: Memory one worker may need with the small model, in MB: the cap DESIGN.md sets (bench/RESULTS.md
#: measures 220-245 MB at peak on news, about 300 MB on one document of a million characters).
WORKER_MB = 400


def count_or_auto(value: object) -> int:
    """Read a process count: a positive integer, or ``auto`` (returned as :data:`AUTO`)."""
    if isinstance(value, str) and value.strip().lower() == "auto":
        return AUTO
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(value)
    count = int(value)
    if count < 1:
        raise ValueError(value)
    return count


@dataclass(frozen=True, slots=True)
class Machine:
    """What limits the process count: usable cores and available memory (MB, None: unknown)."""

    cores: int
    available_mb: int | None

    @classmethod
    def this(cls) -> Machine:
        """The machine this process runs on."""
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cores = os.cpu_count() or 1
        return cls(max(1, cores), _available_mb())

    def most(self) -> int:
        """The most workers the cores and the memory allow."""
        if self.available_mb is None:
            return self.cores
        return max(1, min(self.cores, self.available_mb // WORKER_MB))


def _available_mb() -> int | None:
    try:
        with Path("/proc/meminfo").open(encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        return None
    return None


def choose_workers(
    requested: int, chars: int, exhausted: bool, machine: Machine, batches: int | None = None
) -> tuple[int, str | None]:
    """Return the process count and a warning (or None).

    Args:
        requested: the setting (:data:`AUTO` or a count).
        chars: characters in the documents read ahead.
        exhausted: whether those were all the documents.
        machine: the cores and memory available.
        batches: how many parse batches the documents read ahead make (a worker takes whole
            batches, so more workers than batches only cost their start-up).
    """
    most = machine.most()
    if requested == AUTO:
        if exhausted and chars < SMALL_INPUT_CHARS:
            return 1, None
        if exhausted and batches is not None:
            return max(1, min(most, batches)), None
        return most, None
    if requested > most:
        why = f"{machine.cores} core(s)" if most == machine.cores else (
            f"{machine.available_mb} MB of available memory at about {WORKER_MB} MB a worker"
        )  # fmt: skip
        return most, f"--workers {requested} capped to {most} ({why})"
    return requested, None
