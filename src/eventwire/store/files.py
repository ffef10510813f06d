"""Where a one-file export writes: a regular file replaced whole, never anything else.

A regular file (new or existing) is written to a fresh temporary file beside it, created
exclusively (``mkstemp``: never an existing name, never through a link), and renamed over the
target only once everything is written, so a failed or interrupted export leaves the old file as
it was and no partial file behind. A symbolic link is followed: its target is the file written
(a dangling link creates its target), and the link stays. Anything else (a FIFO, a device such as
``/dev/full`` or ``/dev/null``, a socket) is refused with one coded line: renaming over it would
replace the device or pipe itself, and writing into it in place cannot be undone on failure.
``Store.export("jsonl", ...)`` and every one-file format of :mod:`eventwire.export` write this way.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from eventwire.errors import StoreError
from eventwire.store.paths import output_file


@contextlib.contextmanager
def replaced_path(out: str | os.PathLike[str]) -> Iterator[tuple[Path, Path]]:
    """Yield a new empty file to write and the path it replaces once the block ends cleanly.

    The new file is made exclusively beside the target (``mkstemp``); on failure it is removed
    and the target is left as it was. The target is ``out``, or a symbolic link's target.

    Raises:
        StoreError: the path is unusable (empty, NUL, a directory, no such directory, not a
            regular file) or the file cannot be written.
    """
    path = regular_target(out)
    with _failures(path):
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    partial = Path(name)
    try:
        yield partial, path
        with _failures(path):
            partial.chmod(_mode(path))
            partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


@contextlib.contextmanager
def replaced_file(out: str | os.PathLike[str]) -> Iterator[tuple[IO[str], Path]]:
    """Yield a UTF-8 text stream whose content replaces the file ``out`` (see ``replaced_path``)
    and the path it replaces."""
    with (
        replaced_path(out) as (partial, path),
        _failures(path),
        partial.open("w", encoding="utf-8", newline="\n") as stream,
    ):
        yield stream, path


def regular_target(out: str | os.PathLike[str]) -> Path:
    """Return the regular file (or new path) ``out`` names, following symbolic links.

    Raises:
        StoreError: the path is unusable, a link loops, or what it names is not a regular file.
    """
    given = output_file(out)
    path = output_file(os.path.realpath(given)) if given.is_symlink() else given
    with _failures(path), contextlib.suppress(FileNotFoundError):
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise StoreError(
                f"is not a regular file ({_kind(mode)}); give a file name, or '-' for "
                "standard output",
                source=str(out),
            )
    return path


def _kind(mode: int) -> str:
    """Name the kind of a file that is not a regular one."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


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
