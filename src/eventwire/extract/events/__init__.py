"""The event coder: CAMEO/PLOVER events from the dependency parse and the earlier layers.

Modules, in the order they work:

* :mod:`.syntax` -- parse helpers (arguments, clauses, match keys);
* :mod:`.verbs` and :mod:`.nouns` -- triggers -> :class:`~.frames.Frame` (pattern, argument words);
* :mod:`.arguments` -- argument words -> actor ids (actors layer, set members, coordinations);
* :mod:`.attributes` -- modality and statement, date, place;
* :mod:`.confidence` -- calibrated confidence;
* :mod:`.assemble` -- dyads, recoding by modality, merging repeated reports, ids.
"""

from eventwire.extract.events.assemble import code_events, find_frames
from eventwire.extract.events.layer import extract_events

__all__ = ["code_events", "extract_events", "find_frames"]
