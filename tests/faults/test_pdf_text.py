"""PDF text: copy, search and screen readers get the character drawn, astral CJK included."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.pdfbase import ttfonts

from briefgen.core.composition.document import Document, DocumentInfo, Paragraph, Span
from briefgen.render.base import RenderOptions
from briefgen.render.pdf.cmap import to_unicode_cmap
from briefgen.render.pdf.fonts import MINCHO, register_fonts
from briefgen.render.pdf.renderer import PdfRenderer
from tests.conftest import FACTS_YAML, LibraryFactory
from tests.faults.conftest import run_briefgen

HOKKE = "\U00029e3d"  # 𩸽 (hokke, a fish): in IPAex, outside the Basic Multilingual Plane


def render(tmp_path: Path, text: str) -> Path:
    document = Document(
        info=DocumentInfo(title="Astral"),
        blocks=(Paragraph((Span(text, lang="ja"),), lang="ja"),),
        title="Astral",
    )
    path = tmp_path / "astral.pdf"
    path.write_bytes(PdfRenderer().render(document, RenderOptions()))
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_an_astral_character_drawn_by_a_bundled_font_is_copied_as_itself(tmp_path: Path) -> None:
    assert ord(HOKKE) in register_fonts().coverage[MINCHO]
    text = f"{HOKKE}の開き、{HOKKE}定食"
    assert text in pdf_text(render(tmp_path, text))


def test_every_astral_character_of_the_japanese_font_maps_back_to_itself(tmp_path: Path) -> None:
    astral = sorted(c for c in register_fonts().coverage[MINCHO] if c > 0xFFFF)
    assert len(astral) > 300  # IPAex's JIS X 0213 characters beyond the BMP
    text = "".join(map(chr, astral))
    read_back = "".join(pdf_text(render(tmp_path, text)).split())
    assert read_back.removeprefix("Astral").removesuffix("Page1of1") == text


def test_reportlab_writes_the_corrected_map() -> None:
    register_fonts()
    assert ttfonts.makeToUnicodeCMap is to_unicode_cmap
    assert "<00> <D867DE3D>" in to_unicode_cmap("F", [0x29E3D])
    assert "<01> <3042>" in to_unicode_cmap("F", [0x41, 0x3042])


YOSHI = "\U00020bb7"  # 𠮷 (the "tsuchi-yoshi" form): in none of the bundled fonts


def test_a_character_no_font_has_is_named_once_in_a_warning(tmp_path: Path) -> None:
    document = Document(
        info=DocumentInfo(title="Missing"),
        blocks=(Paragraph((Span(f"{YOSHI}野家、{YOSHI}田さん", lang="ja"),), lang="ja"),),
        title="Missing",
    )
    warnings = PdfRenderer().warnings(document)
    assert [w.message() for w in warnings] == [
        "character '\U00020bb7' (U+20BB7) is in none of the bundled fonts: "
        "the PDF shows it as a white square"
    ]


def test_the_command_line_warns_about_a_character_no_font_has(
    tmp_path: Path, make_library: LibraryFactory
) -> None:
    root = make_library(
        {"facts/facts.yaml": FACTS_YAML.replace("AI推進法は", f"{YOSHI}野家とAI推進法は")}
    )
    outcome = run_briefgen(
        "export", "--template", "chronology", "--library", str(root), "--lang", "ja",
        "--facts", "act-enacted", "-o", str(tmp_path / "out.pdf"),
    )  # fmt: skip
    assert outcome.code == 0, outcome.err
    assert outcome.err.count("U+20BB7") == 1
