"""File extensions -> formats, and the directory walk.

A directory is walked depth-first with the entries of each directory in sorted (code point)
order, files and subdirectories interleaved by name, so ``a.txt``, ``b/c.txt``, ``d.txt`` come
out in that order. Hidden entries (``.name``) and unsupported extensions are skipped. The walk
never leaves the directory it was given: symbolic links to directories are not followed, and a
link to a file is followed only when its target lies inside the walked directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.document import Failure

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
"""Supported extensions (compared case-insensitively) and the format each is read as."""

SUPPORTED = ", ".join(FORMATS)


def extension_of(path: str | os.PathLike[str]) -> str:
    """The lower-cased extension that selects a reader: ``.warc.gz`` counts as one."""
    name = Path(path).name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return Path(name).suffix


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format a file is read as, from its extension, or None when no reader handles it."""
    return FORMATS.get(extension_of(path))


def walk_directory(given: str) -> Iterator[str | Failure]:
    """Yield the supported files under directory ``given`` (paths joined onto ``given``).

    A subdirectory that cannot be listed yields a ``Failure`` and the walk goes on.
    """
    root = Path(given)
    yield from _walk(root, os.path.realpath(root))


def _walk(directory: Path, real_root: str) -> Iterator[str | Failure]:
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        error = InputError(f"cannot list directory ({exc.strerror})", source=str(directory))
        yield Failure(str(directory), error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_symlink():
            if _is_inside(path, real_root) and format_of(entry.name) and path.is_file():
                yield str(path)
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(path, real_root)
        elif entry.is_file(follow_symlinks=False) and format_of(entry.name):
            yield str(path)


def _is_inside(link: Path, real_root: str) -> bool:
    target = os.path.realpath(link)
    return os.path.commonpath([target, real_root]) == real_root
