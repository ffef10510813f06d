"""Cleaning: ``str -> str`` steps for text extracted from PDFs and wires, with an offset map.

``clean_text`` runs the stages listed in :func:`cleaning_steps`; each stage returns edits, so the
map from cleaned offsets back to input offsets composes across stages.
"""

from eventwire.clean.cleaner import Cleaned, clean_text, cleaning_steps, paragraph_spans
from eventwire.clean.edits import Edit, Step, apply_edits, run_steps
from eventwire.clean.hyphens import IsWord, Lexicon, spacy_lexicon
from eventwire.clean.offsets import OffsetMap

__all__ = [
    "Cleaned",
    "Edit",
    "IsWord",
    "Lexicon",
    "OffsetMap",
    "Step",
    "apply_edits",
    "clean_text",
    "cleaning_steps",
    "paragraph_spans",
    "run_steps",
    "spacy_lexicon",
]
