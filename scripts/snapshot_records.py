"""Write the refactoring snapshot: full records of the examples, digests of the dev texts.

Run before a change that must not alter behaviour; ``tests/test_snapshot.py`` then checks that
every record is still the same::

    python scripts/snapshot_records.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from snapshot_corpus import DIGESTS_FILE, EXAMPLES_FILE, dev_digests, example_records


def main() -> None:
    """Process the examples and the dev texts and write the two snapshot files."""
    with EXAMPLES_FILE.open("w", encoding="utf-8") as out:
        for record in example_records():
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    digests = dev_digests()
    DIGESTS_FILE.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{EXAMPLES_FILE}: examples; {DIGESTS_FILE}: {len(digests)} digests", file=sys.stderr)


if __name__ == "__main__":
    main()
