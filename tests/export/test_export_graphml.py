"""The actor network as GraphML, read back with networkx and checked against the query API."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from eventwire.export import export
from eventwire.export.graphml import (
    EDGE_KEYS,
    PLOVER_TYPES,
    Network,
    graphml_element,
)
from eventwire.export.views import event_views
from eventwire.records import Actor, Article, Event, Mention, Meta, Pipeline, Span
from eventwire.store import EventRow, Filters, Store


def expected_edges(events: list[EventRow]) -> dict[tuple[str, str], dict[str, Any]]:
    """The edges as the query API's rows imply them: counts, quads, PLOVER types, Goldstein."""
    grouped: defaultdict[tuple[str, str], list[EventRow]] = defaultdict(list)
    for e in events:
        if e.source_name is not None and e.target_name is not None:
            source = e.source_code or f"name:{e.source_name}"
            target = e.target_code or f"name:{e.target_name}"
            grouped[source, target].append(e)
    return {
        pair: {
            "events": len(rows),
            "quads": Counter(e.quad_class for e in rows),
            "plover": Counter(e.plover or "none" for e in rows),
            "goldstein_mean": round(sum(e.goldstein for e in rows) / len(rows), 4),
        }
        for pair, rows in grouped.items()
    }


def check_graph(graph: nx.DiGraph, events: list[EventRow]) -> None:
    """The graph holds exactly the edges, counts and scores the store's events imply."""
    expected = expected_edges(events)
    assert graph.graph["events_total"] == len(events)
    assert graph.graph["events_dyadic"] == sum(e["events"] for e in expected.values())
    assert set(graph.edges) == set(expected)
    for (source, target), want in expected.items():
        data = graph.edges[source, target]
        assert data["events"] == want["events"]
        quads = [data[name] for name, _ in EDGE_KEYS[1:5]]
        assert quads == [want["quads"][n] for n in (1, 2, 3, 4)]
        assert {t: data[f"plover_{t}"] for t in (*PLOVER_TYPES, "none")} == {
            t: want["plover"][t] for t in (*PLOVER_TYPES, "none")
        }
        assert data["goldstein_mean"] == pytest.approx(want["goldstein_mean"])
    involved = {
        e.source_code or f"name:{e.source_name}" for e in events if e.source_name is not None
    } | {e.target_code or f"name:{e.target_name}" for e in events if e.target_name is not None}
    assert set(graph.nodes) == involved
    for _, node in graph.nodes(data=True):
        assert node["name"] and node["kind"] in {
            "person", "government", "country", "organization", "group",
        }  # fmt: skip
        assert node["events"] >= 1 and node["articles"] >= 1


def test_hand_built_store(sample_store: Store, tmp_path: Path) -> None:
    (path,) = export(sample_store, "graphml", tmp_path / "actors.graphml")
    graph = nx.read_graphml(path)
    assert graph.is_directed()
    check_graph(graph, sample_store.events(Filters(limit=None)))
    assert set(graph.edges) == {("RUSGOV", "CHNGOV"), ("RUS", "UKR"), ("IGONAT", "RUS")}
    assert graph.nodes["RUS"]["events"] == 2 and graph.nodes["RUS"]["country"] == "RUS"
    assert graph.nodes["RUSGOV"]["name"] == "Vladimir Putin"


def test_demo_store(demo_store: Store, tmp_path: Path) -> None:
    (path,) = export(demo_store, "graphml", tmp_path / "actors.graphml")
    graph = nx.read_graphml(path)
    events = demo_store.events(Filters(limit=None))
    assert graph.number_of_edges() >= 5
    check_graph(graph, events)


def _article() -> Article:
    text = "Rebels\x01 attacked rebels. Mr X met the council."
    rebels = Actor(
        "A1",
        "Rebels\x01",
        "group",
        None,
        None,
        None,
        None,
        (Mention(0, 7, "Rebels\x01"), Mention(17, 23, "rebels")),
    )
    council = Actor(
        "A2",
        "the council",
        "government",
        "FRAGOV",
        "FRA",
        None,
        None,
        (Mention(37, 48, "the council"),),
    )
    mister = Actor("A3", "Mr X", "person", "FRAGOV", "FRA", None, None, (Mention(25, 29, "Mr X"),))
    events = (
        Event("E1", "190", "ASSAULT", None, 4, -10.0, "A1", "A1", (Span(8, 16, "attacked"),), 0),
        Event("E2", "040", "CONSULT", None, 1, 1.0, "A3", "A2", (Span(30, 33, "met"),), 1),
        Event("E3", "010", None, None, 1, 0.0, "A3", None, (Span(30, 33, "met"),), 1),
    )
    return Article("0" * 16, Meta(Pipeline("0.1.0", "m", "k")), text,
                   ((0, len(text)),), ((0, 24), (25, len(text))), (rebels, council, mister), events)  # fmt: skip


def test_uncoded_actors_self_loops_and_unsafe_characters() -> None:
    network = Network()
    for view in event_views(_article()):
        network.add(view)
    graph = nx.parse_graphml(ET.tostring(graphml_element(network), encoding="unicode"))
    assert set(graph.edges) == {("name:Rebels", "name:Rebels"), ("FRAGOV", "FRAGOV")}
    assert graph.nodes["name:Rebels"]["code"] == "" and graph.nodes["name:Rebels"]["events"] == 1
    assert graph.nodes["FRAGOV"]["names"] == "Mr X; the council"
    assert graph.nodes["FRAGOV"]["events"] == 2  # E2 counts once although the node is both ends
    assert graph.graph == {
        "events_total": 3, "events_dyadic": 2, "node_default": {}, "edge_default": {},
    }  # fmt: skip


def test_every_attribute_is_declared_with_a_type_gephi_reads(
    sample_store: Store, tmp_path: Path
) -> None:
    (path,) = export(sample_store, "graphml", tmp_path / "actors.graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k for k in root.findall("g:key", ns)}
    assert {k.get("attr.type") for k in keys.values()} <= {"int", "double", "string"}
    used = {d.get("key") for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")}
    assert used <= set(keys)
