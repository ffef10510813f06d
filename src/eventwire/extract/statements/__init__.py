"""The parts of the statements layer (:mod:`eventwire.extract.statements`), in the order they run.

* :mod:`.page` -- the parsed document read once (text, token offsets, paragraphs) and the
  trimming of content pieces;
* :mod:`.lexicon` -- the cue table (``knowledge/data/cues.tsv``);
* :mod:`.marks` -- quotations by their marks (straight, curly, across paragraphs, unbalanced);
* :mod:`.labels` -- speaker labels ("NAME: ...") of headlines and transcripts;
* :mod:`.direct` and :mod:`.frames` -- direct quotations and the frames that attribute them;
* :mod:`.reported`, :mod:`.content`, :mod:`.syntax` and :mod:`.shallow` -- reported speech
  and claims from the parse (source, content slots, addressee, documents; a word-order fallback
  for misparsed cues);
* :mod:`.assemble` -- kinds, speakers, dates and the ``Statement`` records; :mod:`.draft` is
  the statement while it is being found.
"""

from eventwire.extract.statements.layer import extract_statements

__all__ = ["extract_statements"]
