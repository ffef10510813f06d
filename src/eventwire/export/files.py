"""Where a one-file export writes: standard output, a special file, or a regular file replaced whole.

A regular file (new or existing) is written to a fresh temporary file beside it, created
exclusively (``mkstemp``: never an existing name, never through a link), and renamed over the
target only once everything is written, so a failed or interrupted export leaves the old file as
it was and no partial file behind. A target that exists but is not a regular file (a FIFO,
``/dev/null``, a terminal) is written in place: renaming over it would replace the device or
pipe itself. ``-`` means standard output.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from eventwire.errors import StoreError
from eventwire.store.paths import output_file

STDOUT = "-"


@contextlib.contextmanager
def text_output(out: str | os.PathLike[str]) -> Iterator[tuple[IO[str], Path | None]]:
    """Open where a one-file export goes; yield the stream and the path written (None: stdout).

    Raises:
        StoreError: the path is unusable (empty, NUL, a directory, no such directory) or the
            file cannot be written; a regular target file is then left unchanged.
    """
    if os.fspath(out) == STDOUT:
        yield sys.stdout, None
        return
    path = output_file(out)
    if path.exists() and not path.is_file():
        with _failures(path), path.open("w", encoding="utf-8", newline="\n") as stream:
            yield stream, path
        return
    with _failures(path):
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    partial = Path(name)
    try:
        with _failures(path), os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream, path
        with _failures(path):
            partial.chmod(_mode(path))
            partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


@contextlib.contextmanager
def _failures(path: Path) -> Iterator[None]:
    """Turn an ``OSError`` into a one-line ``StoreError`` naming the file."""
    try:
        yield
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoreError(f"export failed ({reason})", source=str(path)) from None


def _mode(path: Path) -> int:
    """The permissions of the file written: the replaced file's, else the usual ones."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(path.stat().st_mode)
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
