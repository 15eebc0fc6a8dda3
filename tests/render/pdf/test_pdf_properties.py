"""Property tests: any text in any place gives a valid PDF, or a RenderError, never a crash."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.core.composition.document import (
    Document,
    DocumentInfo,
    PageSetup,
    Paragraph,
    ParagraphStyle,
    Span,
)
from briefgen.render.base import RenderError, RenderOptions
from briefgen.render.pdf.renderer import PdfRenderer
from tests.render.strategies import documents, expected_page, langs, page_setups

assert shutil.which("pdfinfo") is not None, "needs poppler-utils: run `make system-deps`"

SETTINGS = settings(max_examples=25, deadline=None)


def pdfinfo(data: bytes) -> str:
    """Return pdfinfo's report on ``data``, failing if poppler finds the file damaged."""
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.pdf"
        path.write_bytes(data)
        result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr
    assert fonts.returncode == 0, fonts.stderr
    for row in fonts.stdout.splitlines()[2:]:
        assert re.match(r"[A-Z]{6}\+", row), row  # embedded subsets only
    return result.stdout


@SETTINGS
@given(documents)
def test_any_document_renders_to_a_valid_pdf_or_a_render_error(document: Document) -> None:
    # A PDF is refused for margins that leave no room to write, or for a block
    # taller than a page that cannot be split; a renderer that failed on
    # anything else (or always) fails here.
    sensible = expected_page(document.page)[2]
    try:
        data = PdfRenderer().render(document, RenderOptions())
    except RenderError as exc:
        assert not sensible or "too large to fit on one page" in str(exc), exc
        return
    assert sensible, "wrote a document whose margins leave no room"
    assert "Pages:" in pdfinfo(data)


# Text every bundled font set can show as it is: Latin letters and punctuation
# (markup characters included), kana and kanji.
showable = st.text(
    st.one_of(
        st.characters(min_codepoint=0x21, max_codepoint=0x7E),
        st.characters(min_codepoint=0xC0, max_codepoint=0xFF, exclude_characters="×÷"),
        st.characters(min_codepoint=0x3041, max_codepoint=0x3093),
        st.sampled_from("人工知能戦略本部設置罰則規定法律政府内閣府日本語年月日国会議員"),
        st.just(" "),
    ),
    min_size=1,
    max_size=200,
)


@SETTINGS
@given(showable, langs, st.sampled_from(list(ParagraphStyle)))
def test_showable_text_reads_back_exactly_in_any_paragraph_style(
    text: str, lang: str, style: ParagraphStyle
) -> None:
    span = Span(text, lang="ja" if lang == "ja" else "en")
    paragraph = Paragraph((span,), style=style, lang=span.lang)
    data = PdfRenderer().render(
        Document(info=DocumentInfo(title="t"), blocks=(paragraph,)), RenderOptions()
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.pdf"
        path.write_bytes(data)
        extracted = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True
        ).stdout
    squeezed = re.sub(r"\s+", "", extracted).removesuffix("Page1of1")
    expected = re.sub(r"\s+", "", text)
    assert squeezed == expected or squeezed.startswith("•" + expected)


@SETTINGS
@given(page_setups)
def test_any_page_setup_renders_or_raises_render_error(page: PageSetup) -> None:
    document = Document(info=DocumentInfo(title="t"), blocks=(), page=page)
    width, height, sensible = expected_page(page)
    try:
        data = PdfRenderer().render(document, RenderOptions())
    except RenderError:
        assert not sensible
        return
    assert sensible
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", pdfinfo(data))
    assert match is not None
    assert float(match.group(1)) == pytest.approx(width * 72 / 25.4, abs=0.5)
    assert float(match.group(2)) == pytest.approx(height * 72 / 25.4, abs=0.5)
