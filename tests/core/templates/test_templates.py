"""Templates: declarative YAML read with clear problems, cached so that exports skip YAML."""

from __future__ import annotations

import datetime as dt
import errno
import os
import time
from pathlib import Path

import pytest

from briefgen.core.composition.document import PageSize, SourceForm
from briefgen.core.library.problems import ProblemCode
from briefgen.core.library.store import load_library
from briefgen.core.system.input_file import InputFileError, read_input_file
from briefgen.core.system.paths import cache_dir, default_library_dir, templates_dir
from briefgen.core.templates import catalog
from briefgen.core.templates.catalog import find_template, load_templates
from briefgen.core.templates.file import parse_template
from briefgen.core.templates.model import Template, TemplateError, new_brief, suggested_facts

GOOD = """\
name: {en: Memo, ja: メモ}
description: {en: A short memo}
page: {size: Letter, landscape: true, margin_mm: 15}
sections:
  - id: main
    heading: {en: Main, ja: 本文}
    suggest: {topics: [act]}
"""


def _folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        _write(folder / f"{name}.yaml", text)
    return folder


def _write(path: Path, text: str, mtime_ns: int | None = None) -> None:
    """Write a template dated a minute ago (or at ``mtime_ns``): not "racily" new."""
    path.write_text(text, encoding="utf-8")
    when = mtime_ns if mtime_ns is not None else time.time_ns() - 60_000_000_000
    os.utime(path, ns=(when, when))


def test_the_bundled_templates_load_without_problems() -> None:
    templates, problems = load_templates()
    assert problems == []
    assert {t.template_id for t in templates} >= {
        "executive-one-pager",
        "policy-brief",
        "chronology",
    }
    assert all(t.path is not None and t.path.parent == templates_dir() for t in templates)


def test_a_template_file_gives_its_sections_and_page_setup(tmp_path: Path) -> None:
    template = find_template("memo", _folder(tmp_path, memo=GOOD))
    assert template.name.ja == "メモ"
    assert template.page.size is PageSize.LETTER
    assert template.page.landscape
    assert template.page.margin_left_mm == 15
    assert [s.section_id for s in template.sections] == ["main"]
    assert template.sections[0].suggest is not None
    assert template.sections[0].suggest.topics == ("act",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: [unclosed\n", (ProblemCode.INVALID_YAML, 2, "broken.yaml:2: invalid YAML")),
        ("description: {en: no name}\nsections: []\n", (ProblemCode.MISSING_FIELD, 1, "")),
        (
            GOOD.replace("size: Letter", "size: A3"),
            (ProblemCode.NOT_ONE_OF, 3, "broken.yaml:3: page: 'size' 'A3' is not one of"),
        ),
        (
            GOOD + "    display: cards\n",
            (ProblemCode.NOT_ONE_OF, 8, "broken.yaml:8: section 'main': 'display' 'cards'"),
        ),
        ("- a list\n", (ProblemCode.FILE_NOT_A_MAPPING, 1, "broken.yaml:1: broken.yaml must")),
    ],
    ids=["yaml", "no-name", "page-size", "display", "not-a-mapping"],
)
def test_a_broken_template_is_reported_with_its_line_and_the_others_still_load(
    tmp_path: Path, text: str, expected: tuple[ProblemCode, int, str]
) -> None:
    folder = _folder(tmp_path, memo=GOOD, broken=text)
    templates, problems = load_templates(folder)
    assert [t.template_id for t in templates] == ["memo"]
    assert problems and {problem.path for problem in problems} == {"broken.yaml"}
    code, line, english = expected
    assert (problems[0].code, problems[0].path, problems[0].line) == (code, "broken.yaml", line)
    assert str(problems[0]).startswith(english), problems[0]
    with pytest.raises(TemplateError, match=r"broken\.yaml:"):
        find_template("broken", folder)


def test_finding_a_template_parses_only_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, memo=GOOD, other=GOOD, broken="name: [\n")
    parsed: list[str] = []
    real = parse_template

    def recording(path: Path) -> Template:
        parsed.append(path.name)
        return real(path)

    monkeypatch.setattr(catalog, "parse_template", recording)
    assert find_template("memo", folder).name.en == "Memo"
    assert parsed == ["memo.yaml"]
    with pytest.raises(
        TemplateError, match=r"no template named 'absent' \(templates: memo, other\)"
    ):
        find_template("absent", folder)
    with pytest.raises(TemplateError, match=r"no template named '\.\./memo'"):
        find_template("../memo", folder)


def test_a_changed_template_is_parsed_again(tmp_path: Path) -> None:
    folder = _folder(tmp_path, memo=GOOD)
    assert find_template("memo", folder).name.en == "Memo"
    path = folder / "memo.yaml"
    _write(path, GOOD.replace("Memo", "Notes"))
    assert find_template("memo", folder).name.en == "Notes"
    _write(path, "name: [\n")
    with pytest.raises(TemplateError, match=r"memo\.yaml:2: invalid YAML"):
        find_template("memo", folder)


def test_a_template_rewritten_within_the_same_clock_tick_is_not_served_stale(
    tmp_path: Path,
) -> None:
    # From review: on a file system with coarse timestamps, an edit of the same
    # size in the same tick has the same stamp; a file modified in the two
    # seconds before it was read is parsed again next time.
    folder = tmp_path / "templates"
    folder.mkdir()
    path = folder / "memo.yaml"
    now = time.time_ns()
    _write(path, GOOD, mtime_ns=now)
    assert find_template("memo", folder).page.margin_left_mm == 15
    _write(path, GOOD.replace("margin_mm: 15", "margin_mm: 25"), mtime_ns=now)
    assert find_template("memo", folder).page.margin_left_mm == 25


def test_loading_templates_leaves_nothing_in_the_cache_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path, memo=GOOD, broken="name: [\n")
    templates, problems = load_templates(folder)
    assert [t.template_id for t in templates] == ["memo"]
    assert len(problems) == 1
    assert not cache_dir().exists() or not any(cache_dir().iterdir())


def test_a_template_that_could_not_be_read_is_read_again_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From review: fixing a file's permissions does not change its stamp.
    folder = _folder(tmp_path, memo=GOOD)
    real = read_input_file

    def refuse(path: Path, limit: int) -> bytes:
        if path.name == "memo.yaml":
            raise InputFileError(path, "cannot read: permission denied", errno.EACCES)
        return real(path, limit)

    monkeypatch.setattr("briefgen.core.templates.file.read_input_file", refuse)
    with pytest.raises(TemplateError, match="cannot read: permission denied"):
        find_template("memo", folder)
    monkeypatch.setattr("briefgen.core.templates.file.read_input_file", real)
    assert find_template("memo", folder).name.en == "Memo"


def test_a_template_states_its_length_in_pages_before_the_sources(tmp_path: Path) -> None:
    assert find_template("executive-one-pager").pages == 1
    assert find_template("policy-brief").pages == 3
    assert find_template("chronology").pages == 0  # every event: no promise
    assert find_template("memo", _folder(tmp_path, memo=GOOD + "pages: 2\n")).pages == 2
    with pytest.raises(TemplateError, match="'pages' must be a whole number"):
        find_template("half", _folder(tmp_path, half=GOOD + "pages: 1.5\n"))


def test_the_policy_brief_suggests_a_brief_not_the_whole_library() -> None:
    library = load_library(default_library_dir())
    brief = new_brief(find_template("policy-brief"), library)
    assert 20 <= len(brief.fact_ids()) <= 30


def test_a_latest_section_suggests_the_most_recent_facts_oldest_first() -> None:
    library = load_library(default_library_dir(), today=dt.date(2026, 11, 29))
    template = find_template("policy-brief")
    section = next(s for s in template.sections if s.section_id == "timeline")
    assert section.order == "latest" and section.limit
    suggested = suggested_facts(section, library)
    assert section.suggest is not None
    dated = sorted(
        (f for f in library.facts.values() if section.suggest.matches(f, library)),
        key=lambda f: f.date.sort_key() if f.date else (9999, 99, 99),
    )
    assert [f.id for f in suggested] == [f.id for f in dated[-section.limit :]]
    assert len(dated) > section.limit  # the earliest events are the ones left out


def test_a_template_may_list_its_sources_in_short_form(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path, memo=GOOD + "sources: short\n", plain=GOOD, odd=GOOD + "sources: tiny\n"
    )
    assert find_template("memo", folder).sources is SourceForm.SHORT
    assert find_template("plain", folder).sources is SourceForm.FULL
    with pytest.raises(TemplateError, match="tiny"):
        find_template("odd", folder)
