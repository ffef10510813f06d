"""The vendored front-end libraries: the files the manifest lists, at the versions npm locked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from eventwire.api.app import STATIC

ROOT = Path(__file__).resolve().parents[2]
VENDOR = STATIC / "vendor"


def test_vendored_files_match_the_manifest_and_the_lock_file() -> None:
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "frontend" / "package-lock.json").read_text(encoding="utf-8"))
    assert set(manifest) == {"d3", "cytoscape", "topojson-client", "world-atlas"}
    for package, entry in manifest.items():
        assert lock["packages"][f"node_modules/{package}"]["version"] == entry["version"]
        for name, digest in entry["files"].items():
            data = (VENDOR / package / name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == digest, f"{package}/{name}"
    majors = {p: int(e["version"].split(".")[0]) for p, e in manifest.items()}
    assert majors == {"d3": 7, "cytoscape": 3, "topojson-client": 3, "world-atlas": 2}


def test_the_dashboard_uses_only_vendored_scripts() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    for script in ("vendor/d3/d3.min.js", "vendor/cytoscape/cytoscape.min.js", "app.js"):
        assert f'src="/static/{script}"' in html
    assert "//" not in html.replace("http://www.w3.org", "")


def test_static_files_are_package_data() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"api/static/*", "api/static/vendor/*", "api/static/vendor/*/*"' in pyproject
