"""The bundled fonts: TrueType files with their licences, registered once, bold as real faces."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

from reportlab.lib.fonts import tt2ps

from briefgen.render.pdf import fonts
from briefgen.render.pdf.fonts import (
    GOTHIC,
    LATIN,
    MINCHO,
    bundled_font_files,
    face_for,
    register_fonts,
)


def _table_tags(path: Path) -> set[bytes]:
    """Return the table tags of a TrueType/OpenType file, read from its table directory."""
    with path.open("rb") as file:
        header = file.read(12)
        count = struct.unpack(">H", header[4:6])[0]
        directory = file.read(16 * count)
    return {directory[i * 16 : i * 16 + 4] for i in range(count)}


def test_bundled_font_files_are_truetype_outlines_reportlab_can_embed() -> None:
    files = bundled_font_files()
    assert {path.name for path in files} == {
        "ipaexm.ttf",
        "ipaexg.ttf",
        "NotoSerif-Regular.ttf",
        "NotoSerif-Bold.ttf",
        "NotoSerif-Italic.ttf",
        "NotoSerif-BoldItalic.ttf",
    }
    for path in files:
        assert path.is_file(), path
        tags = _table_tags(path)
        assert b"glyf" in tags, f"{path.name} has no TrueType outlines"
        assert b"CFF " not in tags, f"{path.name} is CFF, which reportlab cannot embed"


def test_every_bundled_font_ships_with_its_licence_and_is_described_in_the_readme() -> None:
    folder = bundled_font_files()[0].parent
    ipa = (folder / "IPA_Font_License_Agreement_v1.0.txt").read_text(encoding="utf-8")
    assert "IPA Font License Agreement v1.0" in ipa
    assert "IPAフォントライセンスv1.0" in ipa
    ofl = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for path in bundled_font_files():
        assert path.name in readme
    assert "IPA_Font_License_Agreement_v1.0.txt" in readme
    assert "OFL.txt" in readme


def test_bundled_fonts_stay_a_reasonable_size() -> None:
    total = sum(path.stat().st_size for path in bundled_font_files())
    assert total < 20 * 1024 * 1024


def test_registering_twice_reuses_the_fonts_registered_once_per_process() -> None:
    first = register_fonts()
    assert register_fonts() is first


def test_bold_and_italic_map_to_real_font_files_not_synthesised_faces() -> None:
    register_fonts()
    assert tt2ps(LATIN, 1, 0) == "NotoSerif-Bold"
    assert tt2ps(LATIN, 0, 1) == "NotoSerif-Italic"
    assert tt2ps(LATIN, 1, 1) == "NotoSerif-BoldItalic"
    # Japanese convention: Mincho for text, Gothic for bold; no slanted Japanese.
    assert tt2ps(MINCHO, 1, 0) == GOTHIC
    assert tt2ps(MINCHO, 0, 1) == MINCHO
    assert face_for(MINCHO, bold=True, italic=True) == GOTHIC


def test_glyph_coverage_matches_what_each_font_is_for() -> None:
    registered = register_fonts()
    for face in (MINCHO, GOTHIC):
        assert all(registered.has_glyph(face, char) for char in "人工知能戦略本部、。「」ア")
        assert registered.has_glyph(face, "\u25a1")  # the missing-glyph substitute
    for face in (LATIN, "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"):
        assert all(registered.has_glyph(face, char) for char in "Aaé—•…€")
        assert not registered.has_glyph(face, "人")
    assert not registered.has_glyph(MINCHO, "😀")


def test_listing_the_font_files_loads_neither_reportlab_nor_qt() -> None:
    code = (
        "import sys; from briefgen.render.pdf.fonts import bundled_font_files; "
        "assert bundled_font_files(); "
        "assert not {m.split('.')[0] for m in sys.modules} & {'reportlab', 'PySide6'}"
    )
    root = Path(fonts.__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
