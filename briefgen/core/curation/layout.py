"""Give a library's files briefgen's own layout once, so that later edits show minimal diffs."""

from __future__ import annotations

import msgspec

from briefgen.core.curation.edit import EditError, LibraryEditor
from briefgen.core.curation.yaml_roundtrip import RoundTripError, blocks, edit_block
from briefgen.core.library.assembly import FACTS_DIR, SOURCES_DIR, Library
from briefgen.core.library.model import Origin


def format_library(library: Library, *, write: bool = True) -> list[str]:
    """Rewrite every entry of the library's facts and sources files in briefgen's own layout.

    Run once on a library written by hand or by another tool, so that later
    edits change only their own lines (the first edit of an entry would
    otherwise also re-wrap its long texts). Values are never changed: each
    file is read back before it is saved and must hold exactly the same
    entries. Return the files that change (with ``write=False``, that would).
    """
    editor = LibraryEditor(library)
    changed: list[str] = []
    for path in library.files:
        key = "facts" if path.startswith(FACTS_DIR + "/") else "sources"
        if not path.startswith((FACTS_DIR + "/", SOURCES_DIR + "/")):
            continue
        # Compared with Unix line endings; a file's own are kept when it is saved.
        text = (library.root / path).read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        try:
            formatted = _formatted(text, key)
        except RoundTripError as exc:
            raise EditError(f"{path} {exc}") from None
        if formatted == text:
            continue
        if _values(text, path, key) != _values(formatted, path, key):
            raise EditError(f"{path}: formatting would change its entries; left as it is")
        changed.append(path)
        if write:
            editor.rewrite_file(path, key, formatted)
    return changed


def _formatted(text: str, key: str) -> str:
    found, offset = blocks(text, key)
    for block in reversed(found):  # from the end, so earlier blocks keep their lines
        text = edit_block(text, key, block, offset, lambda item: None)
    return text


def _values(text: str, path: str, key: str) -> list[object]:
    from briefgen.core.library.safe_yaml import YamlReadError, compose
    from briefgen.core.library.schema import read_entries, read_fact, read_source

    try:
        node = compose(text.encode("utf-8"))
    except YamlReadError:
        return [None]
    reader = read_fact if key == "facts" else read_source
    entries, problems = read_entries(node, key, path, reader)
    no_place = Origin(path, 0)
    return [
        *(msgspec.structs.replace(entry, origin=no_place) for entry in entries),
        *sorted((p.code.value, p.entry_id, p.field) for p in problems),
    ]
