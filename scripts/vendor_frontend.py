"""Copy the dashboard's front-end libraries from npm into the package's static files.

The dashboard (``src/eventwire/api/static``) uses d3, cytoscape, topojson-client and world-atlas.
They are installed at build time with ``npm ci`` from ``frontend/package-lock.json`` (exact
versions and integrity hashes), and their distribution files and licences are copied into
``src/eventwire/api/static/vendor`` with a ``MANIFEST.json`` of versions and sha256 digests. The
copies are committed, so ``pip install eventwire`` needs no npm and the browser loads nothing from
a CDN; ``tests/api/test_static.py`` checks the copies against the manifest and the lock file.

Run ``python scripts/vendor_frontend.py`` after changing ``frontend/package.json`` (and
``npm install --ignore-scripts`` there to update the lock file).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRONTEND = ROOT / "frontend"
VENDOR = ROOT / "src" / "eventwire" / "api" / "static" / "vendor"

FILES: dict[str, tuple[str, ...]] = {
    "d3": ("dist/d3.min.js", "LICENSE"),
    "cytoscape": ("dist/cytoscape.min.js", "LICENSE"),
    "topojson-client": ("dist/topojson-client.min.js", "LICENSE"),
    "world-atlas": ("countries-110m.json", "LICENSE"),
}
"""Per npm package, the files the dashboard ships (copied as ``vendor/PACKAGE/NAME``)."""


def digest(path: Path) -> str:
    """Return the sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    """Install the locked packages, copy their files, write the manifest."""
    npm = shutil.which("npm")
    if npm is None:
        print("vendor_frontend: npm is not installed", file=sys.stderr)
        return 1
    subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=FRONTEND, check=True
    )
    modules = FRONTEND / "node_modules"
    shutil.rmtree(VENDOR, ignore_errors=True)
    manifest: dict[str, dict[str, object]] = {}
    for package, names in FILES.items():
        meta = json.loads((modules / package / "package.json").read_text(encoding="utf-8"))
        target = VENDOR / package
        target.mkdir(parents=True)
        files = {}
        for name in names:
            copied = target / Path(name).name
            shutil.copyfile(modules / package / name, copied)
            files[copied.name] = digest(copied)
        manifest[package] = {
            "version": meta["version"],
            "license": meta.get("license"),
            "files": files,
        }
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"vendor_frontend: {len(manifest)} packages copied into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
