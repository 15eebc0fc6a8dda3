"""The faults briefgen already handled before the fault suite: kept handled.

Broken libraries and broken ``.brief`` files each end in a message naming the
file (and line, where there is one), and a failed export leaves the previous
output byte-identical with no temporary file beside it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefgen.cli import main
from briefgen.core.brief.file import encode_brief
from briefgen.core.brief.model import Brief, FactItem, LanguageMode, NoteItem, Section
from briefgen.core.library.model import Bilingual
from tests.cli.test_library_check import BROKEN_CASES
from tests.conftest import FACTS_YAML, LibraryFactory
from tests.faults.conftest import leftovers, run_briefgen

PREVIOUS = b"%PDF the previous export"


@pytest.mark.parametrize("case", sorted(BROKEN_CASES))
def test_a_broken_library_file_is_reported_and_the_rest_exports(
    case: str, make_library: LibraryFactory, tmp_path: Path
) -> None:
    body, line, words = BROKEN_CASES[case]
    if isinstance(body, str):
        body = body.replace("{marker}", str(tmp_path / "executed"))
    folder = "sources" if case == "javascript URL" else "facts"
    root = make_library({f"{folder}/bad.yaml": body})
    checked = run_briefgen("library", "check", "--library", str(root))
    assert checked.code == 1
    assert f"{folder}/bad.yaml:{line}: " in checked.out
    assert words in checked.out
    exported = run_briefgen(
        "export", "--template", "chronology", "--library", str(root),
        "-o", str(tmp_path / "out.pdf"),
    )  # fmt: skip
    assert exported.code == 0, exported.err
    assert "warning: the library has" in exported.err
    assert not (tmp_path / "executed").exists()


LIBRARY_LEVEL: dict[str, tuple[Callable[[Path], object], str]] = {
    "missing folder": (lambda root: None, "does not exist"),
    "a file, not a folder": (lambda root: root.write_text("x"), "is not a folder"),
}


@pytest.mark.parametrize("case", sorted(LIBRARY_LEVEL))
def test_a_library_that_is_not_a_folder_is_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    make, words = LIBRARY_LEVEL[case]
    root = tmp_path / "lib"
    make(root)
    outcome = run_briefgen("library", "check", "--library", str(root))
    assert outcome.code == 2
    assert str(root) in outcome.error_line and words in outcome.error_line


def test_duplicates_and_dangling_references_are_reported(make_library: LibraryFactory) -> None:
    dangling = (
        "facts:\n  - id: orphan\n    topic: nowhere\n    en: T\n    ja: T\n"
        "    as_of: 2025-01-01\n    status: confirmed\n    sources: [missing]\n"
    )
    root = make_library({"facts/more.yaml": FACTS_YAML, "facts/dangling.yaml": dangling})
    outcome = run_briefgen("library", "check", "--library", str(root))
    assert outcome.code == 1
    assert "facts/more.yaml:2: duplicate fact id 'hq-established'" in outcome.out
    assert "cites unknown source 'missing'" in outcome.out
    assert "topic 'nowhere' is not declared" in outcome.out


def _brief_json() -> dict[str, Any]:
    brief = Brief(
        template="policy-brief",
        title=Bilingual("Brief", "ブリーフ"),
        language=LanguageMode.BILINGUAL,
        date=dt.date(2026, 11, 1),
        sections=(
            Section(
                "summary",
                Bilingual("Summary", "概要"),
                (FactItem("hq-established"), NoteItem("n1", Bilingual("Note", "メモ"))),
            ),
        ),
    )
    parsed: dict[str, Any] = json.loads(encode_brief(brief))
    return parsed


def _with(path: str, value: object) -> bytes:
    data = _brief_json()
    target: Any = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return json.dumps(data).encode()


def broken_briefs() -> dict[str, bytes]:
    """Return about fifty broken .brief files by name."""
    valid = encode_brief(Brief(template="policy-brief", title=Bilingual("B", "")))
    cases: dict[str, bytes] = {}
    for n in range(1, 11):
        cases[f"truncated at {n}/11"] = valid[: len(valid) * n // 11]
    for key in ("template", "title", "subtitle", "author", "organisation", "date", "marking",
                "library", "sections", "language", "layout", "date_style"):  # fmt: skip
        cases[f"{key} is a number"] = _with(key, 42)
    cases["sections is an object"] = _with("sections", {})
    cases["a section is a list"] = _with("sections.0", [])
    cases["items is text"] = _with("sections.0.items", "x")
    cases["an item is a number"] = _with("sections.0.items.0", 7)
    cases["an item is neither fact nor note"] = _with("sections.0.items.0", {"x": 1})
    cases["a fact id is a number"] = _with("sections.0.items.0", {"fact": 1})
    cases["display is unknown"] = _with("sections.0.display", "grid")
    cases["title.en is a list"] = _with("title", {"en": [], "ja": ""})
    cases["language is French"] = _with("language", "fr")
    cases["layout is unknown"] = _with("layout", "diagonal")
    cases["date style is unknown"] = _with("date_style", "julian")
    cases["no format"] = _with("format", None)
    cases["another format"] = _with("format", "pandoc")
    cases["format version 0"] = _with("format_version", 0)
    cases["format version as text"] = _with("format_version", "1")
    cases["format version from the future"] = _with("format_version", 99)
    cases["date not in the calendar"] = _with("date", "2026-02-30")
    cases["date without dashes"] = _with("date", "20261101")
    cases["empty"] = b""
    cases["only spaces"] = b"   \n\t"
    cases["null"] = b"null"
    cases["a list"] = b"[]"
    cases["a string"] = b'"brief"'
    cases["binary"] = b"\x89PNG\r\n\x1a\n\x00\x00"
    cases["Latin-1"] = '{"title": "caf\xe9"}'.encode("latin-1")
    cases["UTF-16"] = json.dumps(_brief_json()).encode("utf-16")
    cases["nested too deeply"] = b"[" * 100_000 + b"]" * 100_000
    cases["a number too long to convert"] = b'{"format_version": ' + b"1" * 5000 + b"}"
    cases["trailing garbage"] = valid + b"}"
    cases["a lone surrogate escape in a key"] = b'{"\\ud800": 1}'
    return cases


BROKEN_BRIEFS = broken_briefs()


def test_the_broken_briefs_are_about_fifty() -> None:
    assert len(BROKEN_BRIEFS) >= 50


@pytest.mark.parametrize("case", sorted(BROKEN_BRIEFS))
def test_a_broken_brief_file_fails_with_its_name_and_keeps_the_previous_export(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "broken.brief"
    brief.write_bytes(BROKEN_BRIEFS[case])
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief.pdf"
    target.write_bytes(PREVIOUS)
    code = main(["export", str(brief), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"briefgen: error: {brief}"), err
    assert target.read_bytes() == PREVIOUS
    assert leftovers(out) == []
