"""The actor network as GraphML: actors by CAMEO code, edges source -> target with event counts.

A node is every actor code that is the source or the target of an event (an actor without a code
is its own node, ``name:<name>``). A directed edge joins the source's node to the target's for the
events that have both, with the number of events, their numbers by quad class and by PLOVER type,
and their mean Goldstein score. Written with the standard library (``xml.etree``); networkx,
Gephi, Cytoscape and yEd read it. The attributes are listed in ``docs/exports.md``.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.export.files import text_output
from eventwire.export.views import EventView, iter_event_views
from eventwire.records import Actor
from eventwire.store import Store

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
"""PLOVER's sixteen event types (POLECAT's), in the manual's order."""

QUADS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}  # fmt: skip

NODE_KEYS = (
    ("code", "string"), ("name", "string"), ("names", "string"), ("country", "string"),
    ("kind", "string"), ("events", "int"), ("articles", "int"),
)  # fmt: skip
EDGE_KEYS = (
    ("events", "int"),
    *((f"quad{n}_{name}", "int") for n, name in QUADS.items()),
    *((f"plover_{t}", "int") for t in PLOVER_TYPES),
    ("plover_none", "int"),
    ("goldstein_mean", "double"),
)
GRAPH_KEYS = (("events_total", "int"), ("events_dyadic", "int"))

_NS = "http://graphml.graphdrawing.org/xmlns"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass
class Node:
    """What the network knows of one actor code, summed over articles."""

    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    events: int = 0


@dataclass
class Edge:
    """The events from one actor code to another."""

    quads: Counter[int] = field(default_factory=Counter)
    plover: Counter[str] = field(default_factory=Counter)
    goldstein_sum: float = 0.0
    events: int = 0


@dataclass
class Network:
    """The nodes and edges of the actor network, and how many events it was built from."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str], Edge] = field(default_factory=dict)
    events_total: int = 0

    def add(self, view: EventView) -> None:
        """Count one event: its actors' nodes, and its edge when it has both."""
        self.events_total += 1
        source, target = (self._node(actor, view) for actor in (view.source, view.target))
        for key in {k for k in (source, target) if k is not None}:
            self.nodes[key].events += 1  # once per event, even as both source and target
        if source is None or target is None:
            return
        edge = self.edges.setdefault((source, target), Edge())
        event = view.event
        edge.events += 1
        edge.quads[event.quad_class] += 1
        edge.plover[event.plover or "none"] += 1
        edge.goldstein_sum += event.goldstein

    def _node(self, actor: Actor | None, view: EventView) -> str | None:
        if actor is None:
            return None
        key = node_key(actor)
        node = self.nodes.setdefault(key, Node())
        node.names[actor.name] += 1
        node.kinds[actor.kind] += 1
        if actor.country:
            node.countries[actor.country] += 1
        node.articles.add(view.article.id)
        return key


def node_key(actor: Actor) -> str:
    """The node of an actor: its CAMEO code, else ``name:`` and its name."""
    return _text(actor.code or f"name:{actor.name}")


def actor_network(store: Store) -> Network:
    """Build the actor network of every stored event."""
    network = Network()
    for _article, views in iter_event_views(store):
        for view in views:
            network.add(view)
    return network


def write_graphml(store: Store, out: str | os.PathLike[str]) -> Path | None:
    """Write the actor network as one GraphML file; return the file (None: stdout).

    Raises:
        StoreError: ``out`` is not a usable place to write, or writing failed.
    """
    document = ET.ElementTree(graphml_element(actor_network(store)))
    ET.indent(document, space=" ")
    with text_output(out) as (stream, path):
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')  # not the stream's own name
        document.write(stream, encoding="unicode")
        stream.write("\n")
    return path


def graphml_element(network: Network) -> ET.Element:
    """Return the ``<graphml>`` element of a network."""
    root = ET.Element("graphml", {"xmlns": _NS})
    for scope, keys in (("graph", GRAPH_KEYS), ("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(
                root,
                "key",
                {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": kind},
            )
    graph = ET.SubElement(root, "graph", {"id": "actors", "edgedefault": "directed"})
    dyadic = sum(edge.events for edge in network.edges.values())
    _data(graph, "g", {"events_total": network.events_total, "events_dyadic": dyadic})
    for key in sorted(network.nodes):
        element = ET.SubElement(graph, "node", {"id": _text(key)})
        _data(element, "n", node_values(key, network.nodes[key]))
    for number, (pair, edge) in enumerate(sorted(network.edges.items())):
        attributes = {"id": f"e{number}", "source": _text(pair[0]), "target": _text(pair[1])}
        _data(ET.SubElement(graph, "edge", attributes), "e", edge_values(edge))
    return root


def node_values(key: str, node: Node) -> dict[str, object]:
    """A node's attributes: the most frequent name, country and kind, and the counts."""
    names = [name for name, _ in sorted(node.names.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "code": "" if key.startswith("name:") else key,
        "name": names[0],
        "names": "; ".join(names),
        "country": _most(node.countries),
        "kind": _most(node.kinds),
        "events": node.events,
        "articles": len(node.articles),
    }


def edge_values(edge: Edge) -> dict[str, object]:
    """An edge's attributes: event counts in all, by quad class and PLOVER type; mean Goldstein."""
    return {
        "events": edge.events,
        **{f"quad{n}_{name}": edge.quads[n] for n, name in QUADS.items()},
        **{f"plover_{t}": edge.plover[t] for t in PLOVER_TYPES},
        "plover_none": edge.plover["none"],
        "goldstein_mean": round(edge.goldstein_sum / edge.events, 4),
    }


def _most(counts: Counter[str]) -> str:
    """The most frequent value (ties: the first in sort order), or "" when there is none."""
    return min(counts, key=lambda value: (-counts[value], value)) if counts else ""


def _data(element: ET.Element, scope: str, values: dict[str, object]) -> None:
    for name, value in values.items():
        ET.SubElement(element, "data", {"key": f"{scope}_{name}"}).text = _text(str(value))


def _text(value: str) -> str:
    """The value without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", value)
