"""The event knowledge tables: CAMEO codes, verb and noun patterns, families, recodings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.event_codes import load_codebook
from eventwire.knowledge.event_patterns import BLOCK, PatternBook, load_patterns
from eventwire.knowledge.tsv import packaged

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file under ../shared, or skip the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


TABLES = (
    "event_codes.tsv",
    "event_recodes.tsv",
    "event_code_classes.tsv",
    "event_classes.tsv",
    "event_topics.tsv",
    "event_verbs.tsv",
    "event_nouns.tsv",
    "event_light_verbs.tsv",
    "event_modality.tsv",
)


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return load_patterns()


def _reachable(book: PatternBook) -> set[str]:
    codes: set[str] = set()
    for patterns in (*book.verbs.values(), *book.nouns.values()):
        for p in patterns:
            if p.code and p.code != BLOCK:
                codes.add(p.code)
            elif p.family:
                family = book.families[p.family]
                codes |= {code for _, code in family.topics if code != BLOCK}
                if family.default and not p.strict:
                    codes.add(family.default)
    return codes


def test_every_cameo_code_is_in_the_table(book: PatternBook) -> None:
    assert len(book.codes.codes) == 312
    for entry in book.codes.codes.values():
        assert -10 <= entry.goldstein <= 10
        assert 1 <= entry.quad_class <= 4
    assert book.codes.get("040").plover == "CONSULT"
    assert book.codes.get("0841").plover_mode == "release"
    assert book.codes.get("010").plover is None


def test_patterns_cover_all_roots_and_200_leaf_codes(book: PatternBook) -> None:
    codes = list(book.codes.codes)
    leaves = {c for c in codes if not any(o != c and o.startswith(c) for o in codes)}
    reachable = _reachable(book)
    assert {c[:2] for c in reachable} == {f"{n:02d}" for n in range(1, 21)}
    assert len(leaves & reachable) >= 200


@pytest.mark.parametrize(
    ("verb", "shape"),
    [
        ("meet", "prep:with"), ("hold", None), ("sign", "obj"), ("thank", None), ("praise", None),
        ("invite", "to"), ("accuse", "prep:of"), ("deny", "obj"), ("brush", "obj"),
        ("reject", "obj"), ("threaten", "to"), ("sanction", None), ("deploy", "obj"),
        ("attack", "instr"), ("kill", None), ("shell", None), ("arrest", None),
        ("protest", None), ("drive", "obj"), ("pledge", "obj"), ("visit", None),
    ],
)  # fmt: skip
def test_brief_shapes_have_patterns(book: PatternBook, verb: str, shape: str | None) -> None:
    if verb == "hold":
        assert "hold" in book.light
        return
    patterns = book.verbs[verb]
    assert shape is None or any(shape in (p.slot, *p.target) for p in patterns)


@pytest.mark.parametrize(
    "noun",
    ["talk", "meeting", "visit", "deployment", "attack", "invasion", "sanction", "protest",
     "arrest", "aid"],
)  # fmt: skip
def test_event_nouns(book: PatternBook, noun: str) -> None:
    assert noun in book.nouns


@pytest.mark.parametrize(
    ("code", "kind", "expected"),
    [
        ("042", "intended", "036"), ("057", "intended", "032"), ("073", "intended", "0333"),
        ("0841", "intended", "0353"), ("1661", "threat", "136"), ("163", "threat", "1312"),
        ("190", "threat", "1384"), ("075", "refused", "1223"), ("040", "refused", "125"),
        ("112", "intended", "112"), ("190", "intended", "190"),
    ],
)  # fmt: skip
def test_recoding_by_modality(book: PatternBook, code: str, kind: str, expected: str) -> None:
    recoded = book.codes.recode(
        code, intended=kind == "intended", threat=kind == "threat", refused=kind == "refused"
    )
    assert recoded == expected


def test_families_take_the_first_matching_topic(book: PatternBook) -> None:
    assert book.classify("demand", frozenset({"release", "prisoner"})) == "1053"
    assert book.classify("accuse", frozenset({"war crime"})) == "1124"
    assert book.classify("accuse", frozenset({"nothing"})) == "112"
    assert book.classify("provide", frozenset({"nothing"})) == "070"


def _copy(tmp_path: Path) -> Path:
    for name in TABLES:
        shutil.copy(packaged(name), tmp_path / name)
    return tmp_path


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


@pytest.mark.parametrize(
    ("table", "row", "problem"),
    [
        ("event_verbs.tsv", "meet\t\t\t\tobj\t999\t\tx", "unknown CAMEO code '999'"),
        ("event_verbs.tsv", "meet\t\tobj\t@nonesuch\tobj\t040\t\tx", "unknown class '@nonesuch'"),
        ("event_verbs.tsv", "meet\t\tbogus\t\tobj\t040\t\tx", "bad slot 'bogus'"),
        ("event_verbs.tsv", "meet\t\t\t\tsomewhere\t040\t\tx", "bad target 'somewhere'"),
        ("event_verbs.tsv", "meet\t\tobj\t*nofamily\tobj\t*nofamily\t\tx", "unknown family"),
        ("event_verbs.tsv", "meet\t\t\t\tobj\t040\tmaybe\tx", "recip must be"),
        ("event_nouns.tsv", "talk\t\t\tprep:with\t04x\t\tx", "unknown CAMEO code"),
        ("event_topics.tsv", "appeal\teconomic\t0999\tx", "unknown CAMEO code"),
        ("event_classes.tsv", "Bad Name\tx\t\tx", "bad class name"),
        ("event_modality.tsv", "will\taux\tperhaps\tx", "bad value 'perhaps'"),
        ("event_recodes.tsv", "042\t0399\t\t\t\tx", "unknown CAMEO code '0399'"),
        ("event_recodes.tsv", "116\t\t\t\t999\tx", "unknown CAMEO code '999'"),
        ("event_code_classes.tsv", "odd\t02|77\tx\tx", "unknown CAMEO code '77'"),
        ("event_code_classes.tsv", "verbal\t02\tx\tx", "duplicate class 'verbal'"),
    ],
)  # fmt: skip
def test_a_bad_row_names_the_file_and_line(
    tmp_path: Path, table: str, row: str, problem: str
) -> None:
    directory = _copy(tmp_path)
    line = _append(directory / table, row)
    with pytest.raises(KnowledgeError) as raised:
        load_patterns(directory)
    message = str(raised.value)
    assert table in message and f"line {line}" in message and problem in message


def test_a_short_row_is_refused(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    line = _append(directory / "event_verbs.tsv", "meet\t040")
    with pytest.raises(KnowledgeError, match=f"line {line}"):
        load_patterns(directory)


def test_the_codebook_loads_from_a_directory(tmp_path: Path) -> None:
    codes = load_codebook(_copy(tmp_path))
    assert "2042" in codes and codes.get("2042").quad_class == 4


def test_cameo_table_is_generated_from_the_ontology() -> None:
    from build_event_codes import rows

    ontology = shared_file("ontology", "cameo_event_codebook.json").parent
    codebook = json.loads((ontology / "cameo_event_codebook.json").read_text(encoding="utf-8"))
    mapping = json.loads((ontology / "cameo2plover.json").read_text(encoding="utf-8"))["mapping"]
    lines = [
        line.split("\t")
        for line in packaged("event_codes.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    assert [tuple(line) for line in lines] == rows(codebook, mapping)


def test_plover_types_exist_in_the_ontology(book: PatternBook) -> None:
    ontology = json.loads(shared_file("ontology", "plover_ontology.json").read_text("utf-8"))
    types = {t["event_type"] for t in ontology["event_types"]}
    assert {c.plover for c in book.codes.codes.values() if c.plover} <= types


@pytest.mark.parametrize(
    ("code", "name", "member"),
    [
        ("1823", "forceful", True),  # a leaf under a listed root
        ("042", "forceful", False),
        ("0234", "verbal", True),
        ("036", "cooperative", True),
        ("120", "domestic_default", True),
        ("1821", "unattributed", True),
        ("0160", "denial", True),
        ("173", "police_act", True),
        ("172", "police_act", False),
    ],
)
def test_code_classes_come_from_the_table(code: str, name: str, member: bool) -> None:
    assert load_codebook().in_class(code, name) is member


def test_every_code_class_the_events_layer_names_is_in_the_table() -> None:
    import re

    from eventwire.knowledge.tsv import packaged

    source = Path(packaged("event_codes.tsv")).parents[2] / "extract" / "events"
    named = {
        m.group(1)
        for path in source.glob("*.py")
        for m in re.finditer(r'in_class\([^,]+, "([a-z_]+)"\)', path.read_text(encoding="utf-8"))
    }
    assert named and named <= set(load_codebook().classes)
