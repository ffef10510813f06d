"""The package's import graph: no cycles (imports inside functions and under ``TYPE_CHECKING``
count too), no ``importlib``/``__import__`` for its own modules, no upward import of
``__version__``; and the layer table agrees with the record, the state and the entry points."""

from __future__ import annotations

import ast
import dataclasses
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "eventwire"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _target(name: str) -> str | None:
    """The package module an imported dotted name lands in (a module, else its package)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            names = [f"{base}.{alias.name}" for alias in node.names] or [base]
            names = [n if _target(n) == n else base for n in names]
        else:
            continue
        found |= {t for n in names if (t := _target(n)) is not None and t != module}
    return found


GRAPH = {module: _imports(module) for module in MODULES}


def _cycle() -> list[str] | None:
    """Return one import cycle of the package, or None (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        stack.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)) is not None:
                return found
        stack.pop()
        state[module] = 2
        return None

    for module in sorted(GRAPH):
        if module not in state and (found := visit(module)) is not None:
            return found
    return None


def test_no_import_cycle() -> None:
    cycle = _cycle()
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


#: Modules allowed a dynamic import, and why: none of them imports one of our own modules.
DYNAMIC_IMPORTS = {"eventwire.nlp.loading": "the user's model package, named by a setting"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_dynamic_import_of_own_modules(module: str) -> None:
    text = MODULES[module].read_text(encoding="utf-8")
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = ast.unparse(node.func)
            if func in {"importlib.import_module", "import_module", "__import__"}:
                argument = ast.unparse(node.args[0]) if node.args else ""
                assert "eventwire" not in argument, f"{module}: dynamic import of {argument}"
                assert module in DYNAMIC_IMPORTS, f"{module}: dynamic import of {argument}"
        if isinstance(node, ast.ImportFrom) and node.module == "eventwire":
            names = {alias.name for alias in node.names}
            assert "__version__" not in names, f"{module}: upward import of __version__"


def test_layer_table_matches_record_state_and_entry_points() -> None:
    from eventwire.layers import LAYERS
    from eventwire.nlp.state import DocState
    from eventwire.records import Article

    names = [layer.name for layer in LAYERS]
    article = {f.name: f for f in dataclasses.fields(Article)}
    state = {f.name for f in dataclasses.fields(DocState)}
    for layer in LAYERS:
        assert layer.name in article, f"Article has no field {layer.name}"
        assert layer.record.__name__ in str(article[layer.name].type)
        assert layer.name in state, f"DocState has no field {layer.name}"
        assert set(layer.requires) <= set(names[: names.index(layer.name)]), layer.name
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    points = pyproject["project"]["entry-points"]["spacy_factories"]
    expected = {layer.factory: f"eventwire.nlp.factories:make_{layer.name}" for layer in LAYERS}
    assert {k: v for k, v in points.items() if k in expected} == expected
    assert set(points) - set(expected) == {"eventwire_paragraphs", "eventwire_entity_ruler"}
