"""The preview's render job reports a brief that runs past its template's length."""

from __future__ import annotations

from pathlib import Path

from briefgen.core.brief.model import LanguageMode
from briefgen.core.brief.notices import WarningKind
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir
from briefgen.core.templates.catalog import find_template
from briefgen.core.templates.model import new_brief, place_facts
from briefgen.gui.rendering import render_brief
from briefgen.gui.value_names import warning_text


def test_a_preview_too_long_for_its_template_says_by_how_many_lines(tmp_path: Path) -> None:
    library = load_library(default_library_dir())
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=LanguageMode.ENGLISH, fill=False)
    many = [f.id for f in library.facts.values() if f.topic in ("provisions", "headquarters")]
    brief = place_facts(brief, template, library, many)
    files = render_brief(brief, library, template, [tmp_path / "preview.pdf"])
    too_long = [w for w in files.warnings if w.kind is WarningKind.TOO_LONG]
    assert len(too_long) == 1
    text = warning_text(too_long[0])
    assert f"about {too_long[0].over_lines} line(s) more than 1 page(s)" in text


def test_an_export_to_both_formats_says_once_how_far_the_brief_runs_over(tmp_path: Path) -> None:
    library = load_library(default_library_dir())
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=LanguageMode.JAPANESE, fill=False)
    many = [f.id for f in library.facts.values() if f.topic in ("provisions", "headquarters")]
    brief = place_facts(brief, template, library, many)
    docx_only = render_brief(brief, library, template, [tmp_path / "only.docx"])
    assert [w.kind for w in docx_only.warnings].count(WarningKind.TOO_LONG) == 1
    both = render_brief(brief, library, template, [tmp_path / "b.docx", tmp_path / "b.pdf"])
    [too_long] = [w for w in both.warnings if w.kind is WarningKind.TOO_LONG]
    [pdf] = [r for r in both.results if r.path.suffix == ".pdf"]
    assert too_long in pdf.warnings  # the PDF measured it; the DOCX estimated it
