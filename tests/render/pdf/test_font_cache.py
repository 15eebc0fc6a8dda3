"""Font metrics cached across processes: the same as a fresh parse, never trusted when damaged."""

from __future__ import annotations

import hashlib
import os
import shutil
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from briefgen.render.base import RenderError
from briefgen.render.pdf.font_cache import cache_file_for, load_font
from briefgen.render.pdf.fonts import fonts_dir

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
    return cache_file_for(fonts_dir() / FONT)


@pytest.mark.parametrize("name", ["ipaexm.ttf", FONT])
def test_a_font_read_back_from_the_cache_is_the_font_reportlab_parses(name: str) -> None:
    path = fonts_dir() / name
    fresh = load_font("fresh", path)  # parses, and writes the cache
    assert cache_file_for(path).is_file()
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


def _rewrite_state(change: Callable[[dict[str, Any]], None], *, fix_digest: bool) -> None:
    """Change the cached state, keeping the file well-formed (and its digest right if asked)."""
    content = msgspec.msgpack.decode(_cache_file().read_bytes())
    state = msgspec.msgpack.decode(content["state"])
    change(state)
    content["state"] = msgspec.msgpack.encode(state)
    if fix_digest:
        content["digest"] = hashlib.blake2b(content["state"], digest_size=16).hexdigest()
    _cache_file().write_bytes(msgspec.msgpack.encode(content))


def _drop_widths(state: dict[str, Any]) -> None:
    del state["charWidths"]


def _glyph_beyond_the_font(state: dict[str, Any]) -> None:
    # From review: a glyph number past the font's glyphs failed only when subsetting.
    keys, values = (array("I", part) for part in state["charToGlyph"])
    values[keys.index(ord("e"))] = 1_000_000
    state["charToGlyph"] = [keys.tobytes(), values.tobytes()]


@pytest.mark.parametrize("fix_digest", [False, True], ids=["digest-stale", "digest-fixed"])
@pytest.mark.parametrize("change", [_drop_widths, _glyph_beyond_the_font])
def test_a_cache_of_another_shape_or_contradicting_itself_is_ignored(
    change: Callable[[dict[str, Any]], None], fix_digest: bool
) -> None:
    path = fonts_dir() / FONT
    load_font("first", path)
    _rewrite_state(change, fix_digest=fix_digest)
    font = load_font("again", path)
    reference = TTFont("reference", str(path)).face
    assert font.face.charWidths == reference.charWidths
    assert font.face.charToGlyph == reference.charToGlyph


def test_a_font_file_replaced_after_loading_is_a_render_error_not_wrong_glyphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / FONT
    shutil.copyfile(fonts_dir() / FONT, copy)
    load_font("first", copy)  # fills the cache
    font = load_font("cached", copy)  # metrics from the cache, file bytes read when needed
    copy.write_bytes((fonts_dir() / "NotoSerif-Regular.ttf").read_bytes())
    with pytest.raises(RenderError, match="changed while briefgen was running"):
        font.face.makeSubset([ord("A")])


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
