"""`briefgen library check`: every problem as path:line: message, exit 1, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.core.library.safe_yaml import MAX_FILE_BYTES
from tests.conftest import FACTS_YAML, LibraryFactory

PROBLEM_LINE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): (?P<message>.+)$", re.MULTILINE)


def run_check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["library", "check", "--library", str(root)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def problems(out: str) -> list[tuple[str, int, str]]:
    return [(m["path"], int(m["line"]), m["message"]) for m in PROBLEM_LINE.finditer(out)]


def test_valid_library_passes_with_counts(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_check(make_library(), capsys)
    assert code == 0
    assert out.strip().splitlines()[-1] == "3 facts, 2 sources: 0 errors, 0 warnings"


def test_bundled_library_passes_with_at_least_sixty_bilingual_sourced_facts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["library", "check"])
    out = capsys.readouterr().out
    assert code == 0, out
    summary = re.search(r"^(\d+) facts, (\d+) sources: 0 errors", out, re.MULTILINE)
    assert summary is not None, out
    assert int(summary.group(1)) >= 60


BROKEN_CASES: dict[str, tuple[str | bytes, int, str]] = {
    # name: (contents of facts/bad.yaml, expected line, expected words in the message)
    "invalid YAML": ("facts:\n  - id: x\n    en: [unclosed\n", 4, "invalid YAML"),
    "truncated file": (
        FACTS_YAML[: FACTS_YAML.index("    as_of: 2025-10-03")] + '    notes: "途中',
        8,
        "invalid YAML",
    ),
    "wrong types": (
        "facts:\n  - id: t\n    topic: act\n    en: 42\n    as_of: 2025-01-01\n"
        "    status: confirmed\n    sources: [cao]\n",
        4,
        "'en' must be text",
    ),
    "missing fields": (
        "facts:\n  - id: m\n    topic: act\n    en: Text\n    sources: [cao]\n",
        2,
        "missing required field 'as_of'",
    ),
    "bad date": (
        "facts:\n  - id: d\n    topic: act\n    en: Text\n    date: 2025-02-30\n"
        "    as_of: 2025-01-01\n    status: confirmed\n    sources: [cao]\n",
        5,
        "not a calendar date",
    ),
    "javascript URL": (
        "sources:\n  - id: evil\n    title: Evil\n    publisher: X\n"
        "    url: javascript:alert(1)\n    language: en\n    kind: news\n",
        5,
        "must be an http:// or https:// address",
    ),
    "binary file": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary data"),
    "empty file": ("", 1, "file is empty"),
    "comment-only file": ("# nothing here yet\n", 1, "file is empty"),
    "not UTF-8": (
        b"facts:\n  - id: x\n" + "    en: caf\xe9\n".encode("latin-1"),
        3,
        "not UTF-8",
    ),
    "code-running tag": (
        'facts:\n  - !!python/object/apply:os.system ["touch {marker}"]\n',
        2,
        "YAML tag '!!python/object/apply:os.system' is not allowed",
    ),
    "alias bomb": (
        # Reported at the anchor: the alias shares its node.
        "facts:\n  - &a {id: a, en: [x, x, x, x, x, x, x, x, x]}\n  - *a\n",
        2,
        "anchors and aliases are not allowed",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN_CASES))
def test_broken_file_is_reported_with_path_and_line(
    case: str,
    make_library: LibraryFactory,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    body, line, words = BROKEN_CASES[case]
    marker = tmp_path / "executed"
    if isinstance(body, str):
        body = body.replace("{marker}", str(marker))
    folder = "sources" if case == "javascript URL" else "facts"
    root = make_library({f"{folder}/bad.yaml": body})

    code, out = run_check(root, capsys)

    assert code == 1
    reported = [p for p in problems(out) if p[0] == f"{folder}/bad.yaml"]
    assert reported, out
    assert any(found_line == line and words in message for _, found_line, message in reported), out
    # The good files still load: the summary counts their facts.
    assert re.search(r"^3 facts, \d+ sources?:", out, re.MULTILINE), out
    assert not marker.exists()


def test_huge_file_is_refused_quickly_without_reading_it_as_yaml(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library()
    (root / "facts" / "huge.yaml").write_bytes(
        b"facts:\n" + b"# padding\n" * (MAX_FILE_BYTES // 10 + 1)
    )
    code, out = run_check(root, capsys)
    assert code == 1
    assert ("facts/huge.yaml", 1) in {(p, n) for p, n, _ in problems(out)}
    assert "too large" in out


def test_deeply_nested_yaml_is_reported_not_crashed(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library({"facts/deep.yaml": "facts: " + "[" * 50_000 + "]" * 50_000 + "\n"})
    code, out = run_check(root, capsys)
    assert code == 1
    assert "facts/deep.yaml:" in out


def test_duplicate_ids_name_both_places(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library({"facts/more.yaml": FACTS_YAML})
    code, out = run_check(root, capsys)
    assert code == 1
    assert (
        "facts/more.yaml:2: duplicate fact id 'hq-established' "
        "(first defined at facts/facts.yaml:2)" in out
    )


def test_dangling_source_and_successor_are_reported(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "facts:\n  - id: orphan\n    topic: act\n    en: Text\n    ja: テキスト\n"
        "    as_of: 2025-01-01\n    status: superseded\n    superseded_by: nowhere\n"
        "    sources: [missing-source]\n"
    )
    code, out = run_check(make_library({"facts/bad.yaml": body}), capsys)
    assert code == 1
    assert "facts/bad.yaml:2: fact 'orphan': cites unknown source 'missing-source'" in out
    assert "facts/bad.yaml:2: fact 'orphan': superseded_by 'nowhere' does not exist" in out


def test_unknown_field_suggests_the_likely_name(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    body = FACTS_YAML.replace(
        "    status: confirmed\n    sources: [cao]", "    staus: confirmed\n    sources: [cao]", 1
    )
    code, out = run_check(make_library({"facts/facts.yaml": body}), capsys)
    assert code == 1
    assert "unknown field 'staus' (did you mean 'status'?)" in out


def test_missing_translation_is_a_warning_not_an_error(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    body = FACTS_YAML.replace("    ja: 本法は罰則規定を設けていない。\n", "")
    code, out = run_check(make_library({"facts/facts.yaml": body}), capsys)
    assert code == 0
    assert "warning: fact 'act-no-penalties': no Japanese text" in out
    assert out.strip().endswith("3 facts, 2 sources: 0 errors, 1 warning")


def test_missing_library_folder_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["library", "check", "--library", str(tmp_path / "nope")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == f"briefgen: error: library folder {tmp_path / 'nope'} does not exist"


def test_command_line_never_prints_a_traceback_for_broken_content(
    make_library: LibraryFactory, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    root = make_library(
        {
            "facts/a.yaml": b"\xff\xfe\x00binary",
            "facts/b.yaml": f'facts:\n  - !!python/object/apply:os.system ["touch {marker}"]\n',
            "facts/c.yaml": "facts: {{{",
            "library.yaml": "name: [broken",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefgen.cli", "library", "check", "--library", str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    for name in ("facts/a.yaml:", "facts/b.yaml:", "facts/c.yaml:", "library.yaml:"):
        assert name in result.stdout
    assert not marker.exists()


def test_lone_surrogate_escape_is_reported_at_its_line(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    body = FACTS_YAML.replace(
        "    ja: 本法は罰則規定を設けていない。", '    ja: "本法は\\ud800罰則規定を設けていない。"'
    )
    code, out = run_check(make_library({"facts/facts.yaml": body}), capsys)
    assert code == 1
    assert "facts/facts.yaml:15: invalid YAML" in out
