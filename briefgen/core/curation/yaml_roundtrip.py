"""Rewrite one entry of a library file, leaving every other line as it was (ruamel.yaml).

The library is *read* by one reader only, PyYAML with libyaml (YAML 1.1, fast,
with line marks: :mod:`briefgen.core.library.safe_yaml`). ruamel.yaml is used here,
and only here, to *write*: the entry being changed is cut out of the file as
a block of lines, loaded in ruamel's round-trip mode (which keeps its
comments, key order and quoting), changed, and dumped back in its place. Every
other line of the file stays byte for byte, so a git diff shows only the edit.

ruamel writes YAML 1.2 by default; here it is told the document is YAML 1.1,
so that a text such as ``yes``, ``off`` or ``010`` is quoted, as the reader
needs, and never read back as a boolean or a number.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:  # libyaml, as the library's reader uses
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Entry = dict[str, Any]

# Line breaks that YAML readers treat unlike Python and unlike each other
# (PyYAML folds them in a scalar; ruamel numbers lines without some of them).
# briefgen writes them as escapes, and refuses a file that holds them raw.
_BREAKS = "\r\x85\u2028\u2029"


class RoundTripError(Exception):
    """Raised when a file cannot be edited safely (its layout is not a list of entries)."""


@dataclass(frozen=True, slots=True)
class Block:
    """The lines of one entry: ``lines[start:end]`` of the file, and its id."""

    start: int
    end: int
    entry_id: str


def _yaml(offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a line
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    yaml.version = (1, 1)
    return yaml


def blocks(text: str, key: str) -> tuple[list[Block], int]:
    """Return the entries of the top-level ``key`` list, and the column of their dashes.

    The entries are found with the library's own reader (libyaml, through
    PyYAML), which marks each node's line: ruamel's round-trip loader would
    take some 25 times longer on a file of 1,000 entries, and only the entry
    being changed needs it.
    """
    raw = next((c for c in text if c in _BREAKS), "")
    if raw:
        raise RoundTripError(
            f"cannot be edited: it holds the line break U+{ord(raw):04X} as it is "
            f"(write it as an escape in double quotes)"
        )
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise RoundTripError(f"cannot be edited: {exc}") from None
    body = _value_of(root, key) if isinstance(root, MappingNode) else None
    null = isinstance(body, ScalarNode) and body.tag.endswith(":null")
    if not isinstance(root, MappingNode) or not (
        body is None or null or isinstance(body, SequenceNode)
    ):
        raise RoundTripError(f"cannot be edited: it is not a '{key}' list")
    items: list[Node] = body.value if isinstance(body, SequenceNode) else []
    if not all(isinstance(item, MappingNode) for item in items):
        raise RoundTripError(f"cannot be edited: every item of '{key}' must be a mapping")
    lines = _lines(text)
    starts = [item.start_mark.line for item in items]
    offset = 2
    if starts:
        first = lines[starts[0]]
        offset = len(first) - len(first.lstrip(" "))
    if any(not lines[n][offset:].startswith("-") for n in starts) or len(set(starts)) < len(starts):
        # A flow list ("facts: [{id: a, ...}]"): its entries are not lines of their own.
        raise RoundTripError(f"cannot be edited: write each '{key}' entry as its own '- id:' block")
    found: list[Block] = []
    for n, item in enumerate(items):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        # Blank lines and comments that are not indented into the entry belong
        # between entries (or to the file's end), not to this entry.
        while end > starts[n] + 1 and _between(lines[end - 1], offset):
            end -= 1
        entry_id = _value_of(item, "id")
        found.append(Block(starts[n], end, str(entry_id.value) if entry_id is not None else ""))
    return found, offset


def _value_of(node: Node, key: str) -> Node | None:
    """Return the value of the first ``key`` of a mapping node (None if it has none)."""
    assert isinstance(node, MappingNode)
    for key_node, value in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            assert isinstance(value, Node)
            return value
    return None


def _between(line: str, offset: int) -> bool:
    stripped = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    return not stripped or (stripped.startswith("#") and indent <= offset)


def edit_block(
    text: str, key: str, block: Block, offset: int, change: Callable[[CommentedMap], None]
) -> str:
    """Return ``text`` with the entry in ``block`` changed by ``change`` (other lines untouched)."""
    lines = _lines(text)
    original = lines[block.start : block.end]
    # ruamel drops the blank lines that end an entry, and a comment after a
    # flow list at its end ("sources: [cao]" then "# ..."): keep them as they were.
    kept = _without_tail(original, offset)
    body = "".join(original[:kept])
    yaml = _yaml(offset)
    try:
        data = yaml.load(f"{key}:\n{body}")
    except YAMLError as exc:
        raise RoundTripError(f"cannot be edited: {exc}") from None
    (item,) = data[key]
    change(item)
    dumped = _without_blank_end(_lines(_dump(yaml, key, item)))
    return "".join(lines[: block.start] + dumped + original[kept:] + lines[block.end :])


def _without_blank_end(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def _without_tail(lines: list[str], offset: int) -> int:
    """Return where the blank lines and comments at the end of an entry's lines begin.

    Only comments indented no deeper than the entry's keys count: a deeper
    line starting with ``#`` may be the text of a block scalar.
    """
    end = len(lines)
    while end > 1:
        stripped = lines[end - 1].strip()
        indent = len(lines[end - 1]) - len(lines[end - 1].lstrip(" "))
        if stripped and not (stripped.startswith("#") and indent <= offset + 2):
            break
        end -= 1
    return end


def remove_block(text: str, block: Block) -> str:
    """Return ``text`` without the lines of ``block``."""
    lines = _lines(text)
    return "".join(lines[: block.start] + lines[block.end :])


def append_entry(text: str, key: str, entry: Mapping[str, Any], offset: int) -> str:
    """Return ``text`` with ``entry`` added at the end of the ``key`` list."""
    block = _dump(_yaml(offset), key, CommentedMap(_escaped(entry)))
    if not text.strip():
        return f"{key}:\n{block}"
    lines = _lines(text)
    if lines and lines[-1].rstrip() in (f"{key}:", f"{key}: []"):
        lines[-1] = f"{key}:\n"
    elif not text.endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines) + block


def _lines(text: str) -> list[str]:
    """Return the lines of ``text`` with their ends: split at "\\n" only, as ruamel numbers them."""
    *lines, last = text.split("\n")
    return [f"{line}\n" for line in lines] + ([last] if last else [])


def _escaped(value: Any) -> Any:
    """Return ``value`` with each text holding a line break other than "\\n" double-quoted.

    ruamel would write such a character as it is, in single quotes, where the
    reader takes it for a line break and folds it into a space.
    """
    if isinstance(value, str):
        return DoubleQuotedScalarString(value) if any(c in _BREAKS for c in value) else value
    if isinstance(value, Mapping):
        return {k: _escaped(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escaped(v) for v in value]
    return value


def set_fields(
    item: CommentedMap,
    values: Mapping[str, Any],
    order: tuple[str, ...],
    before: Mapping[str, Any] | None = None,
) -> None:
    """Give ``item`` exactly ``values``: changed keys in place, new ones in ``order``.

    ``before`` is the entry as the library read it: a key whose value did not
    change there is left as written (a ``|`` block ending in a line break, a
    quoted date), however the writer would have written it, and so is a key
    the library does not read (``tags: []``).
    """
    for key in [k for k in item if k not in values and (before is None or k in before)]:
        del item[key]
    for key, value in values.items():
        if key in item:
            unchanged = before is not None and key in before and before[key] == value
            if not unchanged and _plain(item[key]) != _plain(value):
                item[key] = _escaped(value)
            continue
        position = sum(1 for k in item if k in order and order.index(k) < order.index(key))
        item.insert(position, key, _escaped(value))


def _plain(value: Any) -> Any:
    """Return ``value`` with ruamel's types made plain, for comparing."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def _dump(yaml: YAML, key: str, item: CommentedMap) -> str:
    out = io.StringIO()
    yaml.dump({key: [item]}, out)
    text = out.getvalue()
    marker = f"{key}:\n"
    return text[text.index(marker) + len(marker) :]
