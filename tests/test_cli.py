"""The command line: `eventwire process` output, exit codes and one-line errors on bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.checks import check_article
from eventwire.cli import main

GOOD = "NAIROBI — Kenya's parliament approved a new budget on Thursday after a long debate.\n"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_json_acceptance(seed_path: Path) -> None:
    """The issue's acceptance command, run as a user would."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwire.cli",
            "process",
            str(seed_path),
            "--date",
            "2025-09-03",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    article = check_article(record)
    assert "goose-stepping troops" in article.text
    assert len(article.paragraphs) == 13
    start = article.text.index('"On your initiative')
    end = article.text.index("Putin told Kim", start)
    assert any(s <= start and end <= e for s, e in article.sentences)


def bad_inputs(root: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input with a fragment its one-line message must contain."""
    from reportlab.pdfgen import canvas

    cases: dict[str, tuple[Path, str]] = {}
    (root / "empty.txt").write_text("")
    cases["empty"] = (root / "empty.txt", "empty")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 20)
    cases["binary"] = (root / "binary.txt", "binary")
    (root / "undecodable.txt").write_bytes(
        b"Talks resumed \xff\xfe\x00\x81 on Monday" * 3 + bytes([0x80, 0x81, 0x9F]) * 50
    )
    cases["undecodable"] = (root / "undecodable.txt", "")
    good_pdf = root / "good.pdf"
    c = canvas.Canvas(str(good_pdf))
    c.drawString(72, 720, "Ministers met in Lima on Monday to discuss trade.")
    c.save()
    (root / "truncated.pdf").write_bytes(good_pdf.read_bytes()[: good_pdf.stat().st_size // 3])
    cases["corrupt pdf"] = (root / "truncated.pdf", "")
    c = canvas.Canvas(str(root / "scanned.pdf"))
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    cases["no text layer"] = (root / "scanned.pdf", "text layer")
    (root / "broken.html").write_bytes(b"<html><body><div><p>\x00\x00</p")
    cases["malformed html"] = (root / "broken.html", "")
    (root / "lines.jsonl").write_text(json.dumps({"text": GOOD}) + "\n{not json\n")
    cases["malformed jsonl line"] = (root / "lines.jsonl", ":2")
    cases["missing"] = (root / "nope.txt", "no such file")
    (root / "nothing").mkdir()
    (root / "nothing" / "notes.bin").write_bytes(b"\x00\x01")
    cases["no supported files"] = (root / "nothing", "no supported")
    big = root / "big.txt"
    with big.open("wb") as f:
        line = (GOOD * 10).encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    cases["50 MB"] = (big, "limit")
    return cases


def test_bad_inputs_each_get_one_line_and_good_ones_still_come_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = bad_inputs(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    french = tmp_path / "french.txt"
    french.write_text(
        "Le parlement kényan a approuvé jeudi un nouveau budget après un long débat sur les impôts."
    )
    paths = [str(p) for p, _ in cases.values()]
    code, out, err = run_cli(
        ["process", str(good), *paths, str(french), "--format", "jsonl"], capsys
    )
    assert code == 1
    records = [check_article(json.loads(line)) for line in out.splitlines()]
    texts = [r.text for r in records]
    assert texts[0] == GOOD.strip()
    assert any(r.meta.language == "fr" and r.actors == () for r in records)
    assert sum(1 for r in records if r.meta.input.format == "jsonl") == 1  # the good JSONL line
    errors = [line for line in err.splitlines() if line.startswith("eventwire: ")]
    for name, (path, fragment) in cases.items():
        mine = [line for line in errors if path.name in line]
        assert len(mine) == 1, f"{name}: expected one error line naming {path.name}, got {mine}"
        assert fragment.lower() in mine[0].lower(), f"{name}: {mine[0]!r} lacks {fragment!r}"
    assert any("not English" in line for line in err.splitlines())


def test_stdin_and_table_format(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    code, out, _ = run_cli(["process", "-", "--format", "table", "--date", "2024-06-13"], capsys)
    assert code == 0
    assert "published=2024-06-13" in out and "dateline=NAIROBI" in out


def test_gzip_is_not_mistaken_for_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(GOOD.encode()))
    code, _, err = run_cli(["process", str(path)], capsys)
    assert code == 1 and "story.txt.gz" in err


def test_usage_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["process"])
    assert exc.value.code == 2


def test_json_with_several_documents_is_one_json_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wires = tmp_path / "wires.jsonl"
    texts = ["Talks resumed in Geneva.", "Troops left the city.", "Ferries sailed again."]
    wires.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    code, out, err = run_cli(["process", str(wires), "--format", "json"], capsys)
    assert code == 0, err
    records = json.loads(out)
    assert [check_article(r).text for r in records] == texts
    one = tmp_path / "one.txt"
    one.write_text(texts[0], encoding="utf-8")
    code, out, _ = run_cli(["process", str(one), "--format", "json"], capsys)
    assert isinstance(json.loads(out), dict)  # one document: its record, as before


def test_a_bare_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: eventwire") and "process" in out and "ingest" in out


def test_each_command_is_registered_by_the_modules_main_imports_for_it() -> None:
    # main() imports only the modules the command it is given needs: for every command of the
    # full parser, the parser built for it alone has that command with the same options
    import argparse

    from eventwire.cli import MODULES_OF, build_parser

    def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return dict(sub.choices)

    full = commands(build_parser())
    assert set(full) == set(MODULES_OF)
    for name, parser in full.items():
        alone = commands(build_parser(name))[name]
        assert alone.format_help() == parser.format_help(), name
