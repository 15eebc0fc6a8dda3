"""Property tests: any text in any place gives a valid DOCX, or a RenderError, never a crash."""

from __future__ import annotations

import io
import zipfile
from typing import Any
from xml.etree import ElementTree

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.core.composition.document import (
    Document,
    DocumentInfo,
    PageSetup,
    Paragraph,
    Span,
)
from briefgen.render.base import RenderError, RenderOptions
from briefgen.render.docx.renderer import DocxRenderer
from briefgen.render.safe_text import clean_text
from tests.render.strategies import documents, expected_page, page_setups, texts

SETTINGS = settings(max_examples=30, deadline=None)


def assert_valid_docx(data: bytes) -> None:
    """Check that python-docx reopens ``data`` and that every XML part parses."""
    word = docx.Document(io.BytesIO(data))
    assert word.element.body is not None
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(package.read(name))


@SETTINGS
@given(documents)
def test_any_document_renders_to_a_valid_docx_or_a_render_error(document: Document) -> None:
    # A DOCX is refused only for margins that leave no room to write: a renderer
    # that failed on anything else (or always) fails here.
    sensible = expected_page(document.page)[2]
    try:
        data = DocxRenderer().render(document, RenderOptions())
    except RenderError as exc:
        assert not sensible, f"refused a document it should write: {exc}"
        return
    assert sensible, "wrote a document whose margins leave no room"
    assert_valid_docx(data)


@SETTINGS
@given(texts, st.sampled_from(["en", "ja"]))
def test_paragraph_text_survives_as_cleaned_text(text: str, lang: str) -> None:
    span = Span(text, lang="ja" if lang == "ja" else "en")
    document = Document(info=DocumentInfo(title="t"), blocks=(Paragraph((span,)),))
    word = docx.Document(io.BytesIO(DocxRenderer().render(document, RenderOptions())))
    expected = clean_text(text).replace("\r", "\n")
    assert word.paragraphs[0].text == expected


@SETTINGS
@given(page_setups)
def test_any_page_setup_renders_or_raises_render_error(page: PageSetup) -> None:
    document = Document(info=DocumentInfo(title="t"), blocks=(), page=page)
    width, height, sensible = expected_page(page)
    try:
        data = DocxRenderer().render(document, RenderOptions())
    except RenderError:
        assert not sensible
        return
    assert sensible
    section: Any = docx.Document(io.BytesIO(data)).sections[0]
    assert section.page_width.mm == pytest.approx(width, abs=0.1)
    assert section.page_height.mm == pytest.approx(height, abs=0.1)
    assert section.left_margin.mm == pytest.approx(page.margin_left_mm, abs=0.1)
    assert section.bottom_margin.mm == pytest.approx(page.margin_bottom_mm, abs=0.1)
