"""The font metrics store: keyed by the fonts' content, capped, and never trusted when damaged."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from briefgen.render.pdf import font_store
from briefgen.render.pdf.font_store import MANIFEST, load_font, store_dir, trim
from briefgen.render.pdf.fonts import FACE_FILES, GOTHIC, LATIN, fonts_dir

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = "AI Promotion Act, 2025 — 人工知能戦略本部は2025年9月1日に設置された。①"
FACES = [LATIN, GOTHIC]


def _path(face: str) -> Path:
    return fonts_dir() / FACE_FILES[face]


def _entry(face: str) -> Path:
    (entry,) = store_dir().glob(f"{_path(face).stem}-*.msgpack")
    return entry


def _same_font(font: TTFont, face: str) -> None:
    parsed = TTFont(face, str(_path(face)))
    assert font.fontName == face
    assert font.face.charToGlyph == parsed.face.charToGlyph
    assert font.stringWidth(SAMPLE, 10.5) == parsed.stringWidth(SAMPLE, 10.5)
    codes = sorted({ord(c) for c in SAMPLE})
    assert font.face.makeSubset(codes) == parsed.face.makeSubset(codes)


def _from_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any parse of a font fail: what loads then came from the store."""

    def no_parse(name: str, filename: str) -> TTFont:
        raise AssertionError(f"{name} was parsed, not taken from the store")

    monkeypatch.setattr(font_store, "TTFont", no_parse)


def test_the_manifest_lists_every_bundled_font_with_its_digest_and_size() -> None:
    listed = json.loads((fonts_dir() / MANIFEST).read_text(encoding="utf-8"))
    found = {
        path.name: {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "bytes": size}
        for path in sorted(fonts_dir().glob("*.ttf"))
        if (size := path.stat().st_size)
    }
    assert listed == found, "fonts changed: run python scripts/font_digests.py"
    assert set(FACE_FILES.values()) <= set(listed)


@pytest.mark.parametrize("face", FACES)
def test_a_font_kept_by_one_load_is_read_back_by_the_next_and_measures_the_same(
    face: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same_font(load_font(face, _path(face)), face)
    assert _entry(face).stat().st_size > 0
    _from_store(monkeypatch)
    _same_font(load_font(face, _path(face)), face)


def _truncate(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])


def _flip_a_byte(entry: Path) -> None:
    data = bytearray(entry.read_bytes())
    data[len(data) * 2 // 3] ^= 0x55
    entry.write_bytes(bytes(data))


def _foreign(entry: Path) -> None:
    load_font(f"{LATIN}-Bold", _path(f"{LATIN}-Bold"))
    shutil.copyfile(_entry(f"{LATIN}-Bold"), entry)


def _not_msgpack(entry: Path) -> None:
    entry.write_bytes(b"\x00garbage" * 50)


def _another_shape(entry: Path) -> None:
    content = msgspec.msgpack.decode(entry.read_bytes())
    state = msgspec.msgpack.decode(content["state"])
    state["numGlyphs"] = state["numGlyphs"] + 1  # contradicts its own tables
    packed = msgspec.msgpack.encode(state)
    content.update(state=packed, checksum=font_store._hash(packed))
    entry.write_bytes(msgspec.msgpack.encode(content))


@pytest.mark.parametrize(
    "damage", [_truncate, _flip_a_byte, _foreign, _not_msgpack, _another_shape]
)
def test_a_damaged_entry_is_ignored_and_kept_again(
    damage: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_font(LATIN, _path(LATIN))
    entry = _entry(LATIN)
    whole = entry.read_bytes()
    damage(entry)
    _same_font(load_font(LATIN, _path(LATIN)), LATIN)
    assert entry.read_bytes() == whole  # not used: the font was parsed and kept again
    _from_store(monkeypatch)  # the entry was written again, whole
    _same_font(load_font(LATIN, _path(LATIN)), LATIN)


def test_a_font_not_in_the_manifest_or_of_another_size_is_parsed_and_not_kept(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    font = folder / "NotoSerif-Regular.ttf"
    shutil.copyfile(_path(LATIN), font)
    _same_font(load_font(LATIN, font), LATIN)  # no manifest beside it
    listing = {font.name: {"sha256": "0" * 64, "bytes": font.stat().st_size + 4}}
    (folder / MANIFEST).write_text(json.dumps(listing), encoding="utf-8")
    _same_font(load_font(LATIN, font), LATIN)  # listed, but another size
    assert not store_dir().exists() or list(store_dir().iterdir()) == []


def test_the_store_is_trimmed_oldest_first_to_its_cap(tmp_path: Path) -> None:
    for age, name in enumerate(["c", "b", "a"]):  # a is the oldest
        entry = tmp_path / f"{name}.msgpack"
        entry.write_bytes(b"x" * 100)
        os.utime(entry, ns=(10**18 - age * 10**9, 10**18 - age * 10**9))
    (tmp_path / "other.txt").write_bytes(b"y" * 1000)  # not an entry
    trim(tmp_path, keep=tmp_path / "a.msgpack", limit=200)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.msgpack", "c.msgpack", "other.txt"]


def test_keeping_a_font_trims_the_store_to_its_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_store, "MAX_BYTES", 1)
    load_font(LATIN, _path(LATIN))
    load_font(GOTHIC, _path(GOTHIC))
    assert [p.name for p in store_dir().glob("*.msgpack")] == [_entry(GOTHIC).name]


RENDER = (
    "import sys\n"
    "from briefgen.render.base import RenderOptions\n"
    "from briefgen.render.pdf.renderer import PdfRenderer\n"
    "from tests.render.sample import sample_document\n"
    "sys.stdout.buffer.write(PdfRenderer().render(sample_document('ja'), RenderOptions()))\n"
)


def _render_in_a_new_process(cache: Path) -> bytes:
    env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(cache)}
    pdf = subprocess.run(
        [sys.executable, "-c", RENDER], cwd=ROOT, env=env, capture_output=True, check=True
    ).stdout
    # Only the dates of writing and the document ID (made from them) may differ.
    pdf = re.sub(rb"D:\d{14}[-+Z][^)]*", b"D:", pdf)
    return re.sub(rb"/ID\s*\[<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\]", b"/ID", pdf)


def test_a_pdf_made_with_the_store_is_the_pdf_made_without_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    parsed = _render_in_a_new_process(cache)  # parses the fonts and keeps them
    assert len(list((cache / "fonts").glob("*.msgpack"))) == len(FACE_FILES)
    assert _render_in_a_new_process(cache) == parsed  # from the store
    for entry in (cache / "fonts").glob("*.msgpack"):
        _flip_a_byte(entry)
    assert _render_in_a_new_process(cache) == parsed  # damaged: parsed again
