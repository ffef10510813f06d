"""The event coder: CAMEO/PLOVER events from the dependency parse and the earlier layers.

Modules, in the order they work:

* :mod:`.syntax` -- parse helpers (arguments, clauses, match keys);
* :mod:`.verbs` and :mod:`.nouns` -- triggers -> :class:`~.frames.Frame` (pattern, argument words);
* :mod:`.arguments` -- argument words -> actor ids (actors layer, set members, coordinations);
* :mod:`.attributes` -- modality and statement, date, place;
* :mod:`.confidence` -- calibrated confidence;
* :mod:`.filters` -- which frames a document has (content, helper and aim frames dropped);
* :mod:`.dyads` -- (source, target) pairs and their fallbacks (unidentified attackers, the
  country struck, the actor's own country);
* :mod:`.merge` -- one happening reported several times is one event;
* :mod:`.assemble` -- the whole run: frames, dates, candidates, recoding by modality, ids;
* :mod:`.layer` -- the layer's extractor.
"""

from eventwire.extract.events.assemble import code_events
from eventwire.extract.events.filters import find_frames
from eventwire.extract.events.layer import extract_events

__all__ = ["code_events", "extract_events", "find_frames"]
