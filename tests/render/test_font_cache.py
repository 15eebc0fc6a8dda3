"""Font metrics cached across processes: the same as a fresh parse, never trusted when damaged."""

from __future__ import annotations

import os
from pathlib import Path

import msgspec
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from briefgen.core.paths import cache_dir
from briefgen.render.font_cache import load_font
from briefgen.render.fonts import fonts_dir

FONT = "NotoSerif-Bold.ttf"


def _state(font: TTFont) -> dict[str, object]:
    """Return what reportlab parsed, leaving out the file's bytes and a scaling lambda.

    Glyph positions and metrics compare as lists: the cache keeps them as arrays.
    """
    state = {k: v for k, v in vars(font.face).items() if k not in ("_ttf_data", "_pdfScale")}
    state["glyphPos"] = list(font.face.glyphPos)
    state["hmetrics"] = [tuple(metric) for metric in font.face.hmetrics]
    return state


def _cache_file() -> Path:
    return cache_dir() / "fonts" / (FONT + ".msgpack")


@pytest.mark.parametrize("name", ["ipaexm.ttf", FONT])
def test_a_font_read_back_from_the_cache_is_the_font_reportlab_parses(name: str) -> None:
    path = fonts_dir() / name
    fresh = load_font("fresh", path)  # parses, and writes the cache
    assert (cache_dir() / "fonts" / (name + ".msgpack")).is_file()
    cached = load_font("cached", path)
    reference = TTFont("reference", str(path))
    assert _state(cached) == _state(reference) == _state(fresh)
    assert cached.pdfScale(1000) == reference.pdfScale(1000)
    assert bytes(cached.face._ttf_data[:4096]) == reference.face._ttf_data[:4096]
    chars = sorted({ord(char) for char in "Aa人工知能"} & set(reference.face.charToGlyph))
    assert cached.face.makeSubset(chars) == reference.face.makeSubset(chars)


@pytest.mark.parametrize(
    "damage", [b"", b"\x00garbage", b"\x81\xa3key\x93\x01\x02\x03"], ids=["empty", "junk", "key"]
)
def test_a_damaged_or_foreign_cache_file_is_parsed_afresh_and_rewritten(damage: bytes) -> None:
    path = fonts_dir() / FONT
    load_font("first", path)
    _cache_file().write_bytes(damage)
    font = load_font("again", path)
    assert _state(font) == _state(TTFont("reference", str(path)))
    assert _cache_file().read_bytes() != damage


def test_a_cache_of_another_shape_is_ignored() -> None:
    path = fonts_dir() / FONT
    load_font("first", path)
    content = msgspec.msgpack.decode(_cache_file().read_bytes())
    del content["state"]["charWidths"]
    _cache_file().write_bytes(msgspec.msgpack.encode(content))
    font = load_font("again", path)
    assert font.face.charWidths == TTFont("reference", str(path)).face.charWidths


def test_fonts_load_when_the_cache_folder_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    old = os.environ["BRIEFGEN_CACHE_DIR"]
    os.environ["BRIEFGEN_CACHE_DIR"] = str(blocked)
    try:
        font = load_font("uncached", fonts_dir() / FONT)
    finally:
        os.environ["BRIEFGEN_CACHE_DIR"] = old
    assert font.face.charWidths
