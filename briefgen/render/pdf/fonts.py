"""Find the fonts shipped in ``resources/fonts`` and register them with reportlab, once per process.

Every PDF briefgen writes embeds subsets of these TrueType files and nothing
else, so a brief looks the same on every machine and no viewer has to
substitute a font:

* Latin text: Noto Serif (Regular, Bold, Italic, Bold Italic), a real
  four-face family, so ``<b>`` and ``<i>`` select real font files.
* Japanese text: IPAex Mincho for regular text and IPAex Gothic for bold text
  and headings, the usual Japanese typographic convention (Mincho has no bold
  face; Gothic is what Japanese documents use for emphasis). Japanese has no
  italics, so italic Japanese stays upright.

:func:`bundled_font_files` imports nothing heavy, so the GUI can list the same
files for ``QFontDatabase`` without loading reportlab.
"""

from __future__ import annotations

import threading
from collections.abc import KeysView
from pathlib import Path

import msgspec

from briefgen.core.system.paths import resources_dir
from briefgen.render.base import RenderError

LATIN = "NotoSerif"  # the Latin family name, also the name of its regular face
MINCHO = "IPAexMincho"  # Japanese regular text; its family maps bold to Gothic
GOTHIC = "IPAexGothic"  # Japanese bold text and headings

# Registered face name -> file name in resources/fonts.
FACE_FILES: dict[str, str] = {
    LATIN: "NotoSerif-Regular.ttf",
    f"{LATIN}-Bold": "NotoSerif-Bold.ttf",
    f"{LATIN}-Italic": "NotoSerif-Italic.ttf",
    f"{LATIN}-BoldItalic": "NotoSerif-BoldItalic.ttf",
    MINCHO: "ipaexm.ttf",
    GOTHIC: "ipaexg.ttf",
}

# Family name -> faces for (regular, bold, italic, bold italic).
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    LATIN: (LATIN, f"{LATIN}-Bold", f"{LATIN}-Italic", f"{LATIN}-BoldItalic"),
    MINCHO: (MINCHO, GOTHIC, MINCHO, GOTHIC),
    GOTHIC: (GOTHIC, GOTHIC, GOTHIC, GOTHIC),
}


def fonts_dir() -> Path:
    """Return the folder that holds the bundled font files and their licences."""
    return resources_dir() / "fonts"


def bundled_font_files() -> list[Path]:
    """Return the paths of the bundled font files, for any toolkit that needs to load them.

    The list is the same whatever is installed on the machine; files that are
    missing are still listed, so callers notice a broken installation.
    """
    folder = fonts_dir()
    return [folder / name for name in FACE_FILES.values()]


def face_for(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """Return the registered face name that ``family`` uses for the given weight and slant."""
    regular, bold_face, italic_face, bold_italic = FAMILIES[family]
    if bold:
        return bold_italic if italic else bold_face
    return italic_face if italic else regular


class RegisteredFonts(msgspec.Struct, frozen=True):
    """The fonts reportlab knows after :func:`register_fonts`, with the characters each face has."""

    coverage: dict[str, KeysView[int]]  # face name -> code points its cmap maps

    def has_glyph(self, face: str, char: str) -> bool:
        """Return whether ``face`` has a glyph for ``char``."""
        return ord(char) in self.coverage[face]


_lock = threading.Lock()
_registered: RegisteredFonts | None = None


def register_fonts() -> RegisteredFonts:
    """Register the bundled fonts and families with reportlab (once per process) and return them.

    Raise :class:`RenderError` if a font file is missing or unreadable: a PDF
    without its fonts would silently fall back to unembedded base fonts.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            _registered = _register()
        return _registered


def _register() -> RegisteredFonts:
    # Imported here so listing the files (for the GUI) does not load reportlab.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from briefgen.render.pdf import reportlab_private
    from briefgen.render.pdf.font_store import load_font

    reportlab_private.install_to_unicode_cmap()

    folder = fonts_dir()
    coverage: dict[str, KeysView[int]] = {}
    for face, file_name in FACE_FILES.items():
        path = folder / file_name
        try:
            font = load_font(face, path)
        except (OSError, ValueError, TTFError) as exc:
            raise RenderError(
                f"the bundled font {file_name} is missing or damaged ({path}): reinstall briefgen"
            ) from exc
        pdfmetrics.registerFont(font)
        coverage[face] = font.face.charToGlyph.keys()
    for family, (regular, bold, italic, bold_italic) in FAMILIES.items():
        pdfmetrics.registerFontFamily(
            family, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
        )
    return RegisteredFonts(coverage=coverage)
