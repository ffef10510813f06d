"""Filter values checked before a query runs: a value no row can hold is a usage error.

Without these checks ``--country Russia`` or ``--cameo 99`` would print "none found", which reads
as an answer. Each check returns the value as given (the store folds case where it should) or
raises ``argparse.ArgumentTypeError`` naming the valid choices or the nearest one. The knowledge
tables are loaded only when a flag is given.
"""

from __future__ import annotations

import argparse
import difflib
import re
from collections.abc import Iterable

_CAMEO = re.compile(r"[0-9]{1,4}")


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-3 (or CAMEO) country code; a country's name suggests its code."""
    from eventwire.knowledge.countries import index_countries, load_countries

    countries = load_countries()
    if index_countries(countries).by_code(value) is not None:
        return value
    by_name = {name.casefold(): c.iso3 for c in countries for name in (*c.names, c.iso3)}
    wanted = value.strip().casefold()
    if wanted in by_name:
        hint = f"use {by_name[wanted]}"
    else:
        close = difflib.get_close_matches(wanted, list(by_name), n=3, cutoff=0.75)
        codes = list(dict.fromkeys(by_name[name] for name in close))
        hint = f"did you mean {' or '.join(codes)}?" if codes else "e.g. RUS, USA, CHN"
    raise argparse.ArgumentTypeError(f"not an ISO 3166-1 alpha-3 country code: {value!r} ({hint})")


def cameo_code(value: str) -> str:
    """A CAMEO event code or a prefix of one that some code starts with (``04``, ``042``)."""
    from eventwire.knowledge.event_codes import load_codebook

    text = value.strip()
    if not _CAMEO.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"not a CAMEO code: {value!r} (1 to 4 digits, e.g. 04 or 042; roots are 01 to 20)"
        )
    if not any(code.startswith(text) for code in load_codebook().codes):
        raise argparse.ArgumentTypeError(
            f"no CAMEO code starts with {value!r} (roots are 01 to 20, e.g. 04 or 042)"
        )
    return value


def plover_type(value: str) -> str:
    """One of PLOVER's sixteen event types, in any case."""
    from eventwire.export.graphml import PLOVER_TYPES

    return _one_of(value, PLOVER_TYPES, "PLOVER event type", fold=True)


def stance(value: str) -> str:
    """One of the statement stances of the record contract."""
    from typing import get_args

    from eventwire.records import Stance

    return _one_of(value, get_args(Stance), "stance", fold=False)


def _one_of(value: str, choices: Iterable[str], what: str, *, fold: bool) -> str:
    options = list(choices)
    key = value.strip().upper() if fold else value.strip()
    if key in options:
        return value
    close = difflib.get_close_matches(key, options, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}? " if close else ""
    raise argparse.ArgumentTypeError(f"not a {what}: {value!r} ({hint}one of {', '.join(options)})")
