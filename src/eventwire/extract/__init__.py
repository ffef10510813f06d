"""Extractors: pure functions over a parsed ``Doc`` (and its ``DocState``) that return frozen records.

Each layer's function is named in ``eventwire.nlp.factories.LAYERS``.
"""
