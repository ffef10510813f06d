"""Where a one-file export writes: standard output (``-``), or a regular file replaced whole.

A file is written the way the store writes its own JSONL export (:mod:`eventwire.store.files`):
a temporary file beside it renamed over it once whole; a symbolic link is written through; a
FIFO, a device or a socket is refused.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from eventwire.store.files import replaced_file

STDOUT = "-"


@contextlib.contextmanager
def text_output(out: str | os.PathLike[str]) -> Iterator[tuple[IO[str], Path | None]]:
    """Open where a one-file export goes; yield the stream and the path written (None: stdout).

    Raises:
        StoreError: see ``replaced_file``; a regular target file is then left unchanged.
    """
    if os.fspath(out) == STDOUT:
        yield sys.stdout, None
        return
    with replaced_file(out) as (stream, path):
        yield stream, path
