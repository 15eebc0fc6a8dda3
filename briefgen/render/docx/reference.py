"""The Word reference document a DOCX starts from, prepared once per process.

Used only by :mod:`briefgen.render.docx.renderer`: the reference's body is removed,
styles the writer needs and a custom reference lacks are copied from the
shipped one, and the result is cached as bytes (keyed by the file's
modification time and size), to be parsed once per render.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import docx
import msgspec
from docx.oxml.ns import qn

from briefgen.core.system.input_file import InputFileError, read_input_file
from briefgen.core.system.paths import templates_dir
from briefgen.render.base import MAX_REFERENCE_BYTES, RenderError
from briefgen.render.docx import reference_xml as xml
from briefgen.render.docx.tables import style_tab_positions

Styles = tuple[tuple[str, str], ...]  # (kind, name as styles.xml stores it)


class Reference(msgspec.Struct, frozen=True):
    """A reference document with its body removed, and what the writer needs to know about it."""

    data: bytes
    style_ids: Mapping[str, str]  # lower-case style name -> style id
    header_tabs: tuple[int, ...]  # tab stops (twips) of the Header style, cleared in our header
    footer_tabs: tuple[int, ...]


def reference(path: Path, required: Styles, header: str, footer: str) -> Reference:
    """Return the reference document at ``path``, prepared: body removed, ``required`` styles there.

    ``header`` and ``footer`` name the paragraph styles whose tab stops are read.
    """
    try:
        stat = path.stat()
    except OSError as error:
        raise RenderError(
            f"cannot read the Word reference document {path}: {error.strerror}"
        ) from error
    return _prepare(path.resolve(), stat.st_mtime_ns, stat.st_size, required, header, footer)


@functools.lru_cache(maxsize=8)
def _prepare(
    path: Path, mtime_ns: int, size: int, required: Styles, header: str, footer: str
) -> Reference:
    """Return the prepared reference at ``path`` (cached by modification time and size)."""
    del mtime_ns, size  # part of the cache key only: a replaced file is read again
    word = _open_reference(path)
    xml.remove_body(word.part)
    style_ids = _ensure_styles(word, path, required)
    styles = xml.style_index(word.styles.element)
    out = io.BytesIO()
    word.save(out)
    return Reference(
        data=out.getvalue(),
        style_ids=style_ids,
        header_tabs=tuple(style_tab_positions(styles.get(("paragraph", header)))),
        footer_tabs=tuple(style_tab_positions(styles.get(("paragraph", footer)))),
    )


def _open_reference(path: Path) -> Any:
    try:
        return docx.Document(io.BytesIO(read_input_file(path, MAX_REFERENCE_BYTES)))
    except InputFileError as error:
        raise RenderError(f"cannot read the Word reference document {error}") from None
    except Exception as error:  # python-docx raises many kinds of error for a damaged package
        raise RenderError(
            f"the Word reference document {path} is not a valid .docx file"
        ) from error


def _ensure_styles(word: Any, path: Path, required: Styles) -> dict[str, str]:
    """Return the ids of the styles the writer uses; copy missing ones from the house reference."""
    styles = word.styles.element
    index = xml.style_index(styles)
    missing = [(kind, name) for kind, name in required if (kind, name.lower()) not in index]
    if missing:
        house_path = (templates_dir() / "reference.docx").resolve()
        if path == house_path:
            names = ", ".join(name for _, name in missing)
            raise RenderError(f"the shipped Word reference document lacks styles: {names}")
        house = _house_styles(house_path)
        house_index = xml.style_index(house.styles.element)
        for kind, name in missing:
            xml.copy_style(
                house_index[(kind, name.lower())],
                house.styles.element,
                styles,
                source_numbering=lambda: house.part.numbering_part.element,
                target_numbering=lambda: word.part.numbering_part.element,
            )
        index = xml.style_index(styles)
    return {
        name.lower(): index[(kind, name.lower())].get(qn("w:styleId")) for kind, name in required
    }


@functools.lru_cache(maxsize=1)
def _house_styles(path: Path) -> Any:
    return _open_reference(path)
