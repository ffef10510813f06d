"""Options shared by several commands."""

from __future__ import annotations

import argparse
import os


def add_actors_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--actors FILE`` (repeatable): user knowledge tables that extend or override ours."""
    parser.add_argument(
        "--actors",
        action="append",
        default=[],
        metavar="FILE",
        help=(
            "a knowledge table of your own (first line '# table: countries|organizations|agents|"
            "people') that adds or overrides rows; repeatable (default: setting actors)"
        ),
    )


def joined_paths(paths: list[str]) -> str | None:
    """Return the paths as one setting value (``os.pathsep``-separated), or None for none."""
    return os.pathsep.join(paths) if paths else None


def add_dask_option(parser: argparse.ArgumentParser, *, shards: bool = False) -> None:
    """Add ``--dask ADDRESS``: process on a Dask cluster instead of local worker processes; with
    ``shards``, ``--shards DIR`` too: where workers write the partitions the store bulk-loads."""
    parser.add_argument(
        "--dask",
        default=None,
        metavar="local:N|tcp://HOST:PORT",
        help=(
            "process on a Dask cluster: local:N starts N worker processes on this machine "
            "(loopback only), tcp://HOST:PORT uses a running scheduler whose workers have "
            "eventwire and the model installed (replaces --workers)"
        ),
    )
    if shards:
        parser.add_argument(
            "--shards",
            default=None,
            metavar="DIR",
            help=(
                "with --dask: the directory where workers write each partition as Parquet for "
                "the store to bulk-load; with tcp://, shared storage that every worker and this "
                "machine can write (default: a private temporary directory, for workers on this "
                "machine)"
            ),
        )
