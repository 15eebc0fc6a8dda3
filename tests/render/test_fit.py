"""Templates keep their length: suggestions are cut to fit, a selection too long is warned."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen.core.brief.model import FactItem, LanguageMode, Layout
from briefgen.core.brief.notices import WarningKind
from briefgen.core.composition.compose import compose
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Bilingual
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir
from briefgen.core.templates.catalog import find_template
from briefgen.core.templates.model import new_brief, place_facts
from briefgen.render.export import content_pages, export_brief
from briefgen.render.fit import fit_to_length, is_as_suggested, suggestions_to_fit
from briefgen.render.pdf.estimate import estimate_content_pages
from briefgen.render.pdf.renderer import PdfRenderer
from briefgen.render.registry import renderer_for

TODAY = dt.date(2026, 11, 29)  # the shipped library's curation date


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_library_dir(), today=TODAY)


def test_suggestions_are_cut_from_the_longest_section_until_they_fit(library: Library) -> None:
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=LanguageMode.BILINGUAL, layout=Layout.STACKED)
    before = PdfRenderer().measure(compose(brief, library, template, today=TODAY).document)
    assert before > 1  # the stacked bilingual one-pager ran onto page 2
    fitted = fit_to_length(brief, library, template, today=TODAY)
    after = PdfRenderer().measure(compose(fitted, library, template, today=TODAY).document)
    assert after <= 1
    kept = {s.section_id: len(s.fact_ids()) for s in fitted.sections}
    assert all(count >= 1 for count in kept.values())  # Outlook is still there
    assert set(fitted.fact_ids()) < set(brief.fact_ids())
    # A brief that fits is left alone.
    assert fit_to_length(fitted, library, template, today=TODAY) == fitted


def test_a_selection_that_does_not_fit_is_warned_with_how_far_it_runs_over(
    library: Library, tmp_path: Path
) -> None:
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=LanguageMode.ENGLISH, fill=False)
    plan = [f.id for f in library.facts.values() if f.topic in ("provisions", "headquarters")]
    brief = place_facts(brief, template, library, plan)
    result = export_brief(brief, library, template, tmp_path / "b.pdf", today=TODAY)
    too_long = [w for w in result.warnings if w.kind is WarningKind.TOO_LONG]
    assert len(too_long) == 1
    assert too_long[0].budget == 1 and too_long[0].over_lines > 10
    assert "lines past the 1 page its template holds" in too_long[0].message()
    # The one that fits has no such warning.
    fitted = fit_to_length(new_brief(template, library), library, template, today=TODAY)
    result = export_brief(fitted, library, template, tmp_path / "f.pdf", today=TODAY)
    assert all(w.kind is not WarningKind.TOO_LONG for w in result.warnings)


def test_only_a_brief_holding_its_suggestions_untouched_is_fitted_again(
    library: Library,
) -> None:
    template = find_template("executive-one-pager")
    brief = new_brief(template, library)
    assert is_as_suggested(brief, library, template)
    bilingual = replace(brief, language=LanguageMode.BILINGUAL)
    fitted = suggestions_to_fit(bilingual, library, template, today=TODAY)
    assert is_as_suggested(fitted, library, template)  # cut from the end: still suggestions
    assert len(fitted.fact_ids()) < len(brief.fact_ids())
    reworded = replace(
        brief,
        sections=(
            replace(
                brief.sections[0],
                items=(FactItem(brief.fact_ids()[0], reword=Bilingual("Mine", "")),),
            ),
            *brief.sections[1:],
        ),
    )
    assert not is_as_suggested(reworded, library, template)
    reordered = replace(
        brief,
        sections=(
            replace(brief.sections[0], items=tuple(reversed(brief.sections[0].items))),
            *brief.sections[1:],
        ),
    )
    assert not is_as_suggested(reordered, library, template)


MODES = [
    (LanguageMode.ENGLISH, Layout.SIDE_BY_SIDE),
    (LanguageMode.JAPANESE, Layout.SIDE_BY_SIDE),
    (LanguageMode.BILINGUAL, Layout.SIDE_BY_SIDE),
    (LanguageMode.BILINGUAL, Layout.STACKED),
]


@pytest.mark.parametrize("template_id", ["executive-one-pager", "policy-brief", "chronology"])
def test_the_estimated_length_is_within_a_tenth_of_the_laid_out_one(
    library: Library, template_id: str
) -> None:
    template = find_template(template_id)
    for language, layout in MODES:
        brief = new_brief(template, library, language=language, layout=layout)
        document = compose(brief, library, template, today=TODAY).document
        measured = PdfRenderer().measure(document)
        assert abs(estimate_content_pages(document) - measured) <= 0.1 * measured, (
            language,
            layout,
        )


def test_a_docx_too_long_for_its_template_is_warned_as_the_pdf_is(
    library: Library, tmp_path: Path
) -> None:
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=LanguageMode.ENGLISH, fill=False)
    plan = [f.id for f in library.facts.values() if f.topic in ("provisions", "headquarters")]
    brief = place_facts(brief, template, library, plan)
    warned = {}
    for suffix in (".docx", ".pdf"):
        result = export_brief(brief, library, template, tmp_path / f"b{suffix}", today=TODAY)
        [too_long] = [w for w in result.warnings if w.kind is WarningKind.TOO_LONG]
        warned[suffix] = too_long.over_lines
    assert warned[".docx"] > 10
    assert abs(warned[".docx"] - warned[".pdf"]) <= 0.1 * warned[".pdf"]


@pytest.mark.parametrize(("language", "layout"), MODES)
def test_a_docx_of_suggestions_cut_to_fit_is_not_warned(
    library: Library, tmp_path: Path, language: LanguageMode, layout: Layout
) -> None:
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=language, layout=layout)
    fitted = fit_to_length(brief, library, template, today=TODAY)
    result = export_brief(fitted, library, template, tmp_path / "f.docx", today=TODAY)
    assert all(w.kind is not WarningKind.TOO_LONG for w in result.warnings)
    document = compose(fitted, library, template, today=TODAY).document
    assert (content_pages(document, renderer_for(tmp_path / "f.docx")) or 0) <= 1


def test_a_docx_close_to_its_length_is_laid_out_rather_than_estimated(
    library: Library, tmp_path: Path
) -> None:
    template = find_template("executive-one-pager")
    brief = new_brief(template, library, language=LanguageMode.ENGLISH)
    brief = fit_to_length(brief, library, template, today=TODAY)
    document = compose(brief, library, template, today=TODAY).document
    measured = PdfRenderer().measure(document)
    assert 0.9 <= measured <= 1  # close to the one page it may fill
    assert content_pages(document, renderer_for(tmp_path / "f.docx")) == measured


def test_a_brief_whose_template_promises_no_length_is_not_measured(
    library: Library, tmp_path: Path
) -> None:
    template = find_template("chronology")
    brief = new_brief(template, library)
    document = compose(brief, library, template, today=TODAY).document
    assert content_pages(document, renderer_for(tmp_path / "c.docx")) is None
