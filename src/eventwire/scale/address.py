"""Dask addresses: ``local:N`` (a cluster of N worker processes on loopback, started for the run)
or ``tcp://HOST:PORT`` (a running scheduler). Checked before anything is read or started."""

from __future__ import annotations

import re

from eventwire.errors import ClusterError

LOCAL = re.compile(r"^local:(\d+)$")
_REMOTE = re.compile(r"^(tcp|tls)://[^\s/:]+:\d+$")


def check_address(address: str) -> str:
    """Return ``address`` if it is ``local:N`` (N >= 1) or ``tcp://HOST:PORT``.

    Raises:
        ClusterError: anything else (the message gives both forms).
    """
    local = LOCAL.match(address)
    if (local and int(local[1]) >= 1) or _REMOTE.match(address):
        return address
    raise ClusterError(
        "not a Dask address: give local:N (N worker processes on this machine) or "
        "tcp://HOST:PORT (a running scheduler)",
        source=address,
    )
