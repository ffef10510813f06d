"""Compiled knowledge kept on disk: built once per key, rebuilt when stale or damaged, never
needed (a cache that cannot be written or is turned off costs only the speed-up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.knowledge.cache import cache_dir, cache_key, compiled, compiled_bytes


class Builder:
    """Counts how often the value had to be built."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_value_is_built_once_then_read(folder: Path) -> None:
    build = Builder({"patterns": {"GPE": [["North", "Korea"]]}, "words": ["minister"]})
    key = cache_key(["v1"])
    assert compiled("ruler", key, build) == build.value
    assert compiled("ruler", key, build) == build.value
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == [f"ruler-{key}"]


def test_another_key_builds_again(folder: Path) -> None:
    build = Builder([1, 2])
    compiled("ruler", cache_key(["tables v1"]), build)
    compiled("ruler", cache_key(["tables v2"]), build)
    assert build.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],  # cut short
        lambda data: b"eventwire-cache 1 0000 5\n[1,2]",  # another key
        lambda data: b"\x80\x81 not a cache file",
        lambda data: b"",
    ],
)
def test_a_damaged_or_foreign_file_is_rebuilt(folder: Path, damage: object) -> None:
    build = Builder(b"gazetteer lines\n" * 10)
    key = cache_key(["g"])
    compiled_bytes("gazetteer", key, build)  # type: ignore[arg-type]
    path = folder / f"gazetteer-{key}"
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert compiled_bytes("gazetteer", key, build) == build.value  # type: ignore[arg-type]
    assert build.calls == 2


def test_off_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "off")
    assert cache_dir() is None
    build = Builder([3])
    compiled("ruler", "k", build)
    compiled("ruler", "k", build)
    assert build.calls == 2


def test_an_unwritable_directory_costs_only_the_speed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "cache"))
    assert compiled("ruler", "k", Builder({"a": 1})) == {"a": 1}


def test_the_default_directory_follows_xdg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache_dir() == Path("/somewhere/cache/eventwire")


def test_the_key_covers_the_compiling_code(tmp_path: Path) -> None:
    code = tmp_path / "ruler.py"
    code.write_text("RULE = 1")
    before = cache_key(["tables"], code=[code])
    code.write_text("RULE = 2")
    assert cache_key(["tables"], code=[code]) != before


def test_the_ruler_from_the_cache_labels_like_a_fresh_one(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy

    from eventwire.nlp.ruler import make_knowledge_ruler

    nlp = spacy.blank("en")
    text = "Kyiv said President Zelensky met NATO officials and North Korean envoys."
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "off")
    fresh = make_knowledge_ruler(nlp, [], overwrite_ents=True)(nlp(text))
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(folder))
    make_knowledge_ruler(nlp, [])  # writes the cache
    assert any(folder.iterdir())
    cached = make_knowledge_ruler(nlp, [])(nlp(text))
    expected = [(e.text, e.label_) for e in fresh.ents]
    assert [(e.text, e.label_) for e in cached.ents] == expected
    assert ("NATO", "ORG") in expected and ("Kyiv", "GPE") in expected
