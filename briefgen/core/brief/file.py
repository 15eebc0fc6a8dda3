"""Save and open ``.brief`` files, and review a brief against a newer library.

A ``.brief`` file is versioned JSON (UTF-8). It references facts by id and
stores each fact's fingerprint and the library version, so that opening it
with a later library can show what changed since. Saving is atomic and
refuses to overwrite a file that changed on disk since it was opened.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from briefgen._version import __version__
from briefgen.core.brief.model import (
    Brief,
    DateStyle,
    FactItem,
    Item,
    LanguageMode,
    Layout,
    NoteItem,
    Section,
)
from briefgen.core.library.assembly import Library
from briefgen.core.library.dates import DateFormatError, parse_day
from briefgen.core.library.model import Bilingual, Status
from briefgen.core.system.atomic import WriteError, write_atomic
from briefgen.core.system.input_file import InputFileError, read_input_file

_SURROGATE = re.compile("[\ud800-\udfff]")
FORMAT = "briefgen-brief"
FORMAT_VERSION = 2  # 2: author and organisation in both languages
MAX_BRIEF_BYTES = 20 * 1024 * 1024


class BriefFileError(Exception):
    """Raised when a brief file cannot be read or written; the message is for the user."""


class ConflictError(BriefFileError):
    """Raised when the file changed on disk since it was opened or last saved."""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file held when we last read or wrote it."""

    sha256: str

    @classmethod
    def of_bytes(cls, data: bytes) -> FileStamp:
        """Return the stamp of ``data``."""
        return cls(hashlib.sha256(data).hexdigest())

    @classmethod
    def of_file(cls, path: Path) -> FileStamp | None:
        """Return the stamp of the file at ``path``, or None if there is none.

        A file that is there but cannot be read as a brief (a folder, a pipe, a
        huge file) gets a stamp that matches nothing, so saving over it asks.
        """
        try:
            return cls.of_bytes(read_input_file(path, MAX_BRIEF_BYTES))
        except InputFileError as exc:
            return None if exc.errno == errno.ENOENT else cls("")


def _bilingual(value: Bilingual) -> dict[str, str]:
    return {"en": value.en, "ja": value.ja}


def _item_json(item: Item) -> dict[str, Any]:
    if isinstance(item, NoteItem):
        return {"note": item.note_id, "text": _bilingual(item.text)}
    data: dict[str, Any] = {"fact": item.fact_id, "fingerprint": item.fingerprint}
    if item.reword is not None:
        data["reword"] = _bilingual(item.reword)
    return data


def brief_to_json(brief: Brief) -> dict[str, Any]:
    """Return the JSON object saved for ``brief``."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "saved_by": f"briefgen {__version__}",
        "template": brief.template,
        "language": brief.language.value,
        "layout": brief.layout.value,
        "title": _bilingual(brief.title),
        "subtitle": _bilingual(brief.subtitle),
        "author": _bilingual(brief.author),
        "organisation": _bilingual(brief.organisation),
        "date": brief.date.isoformat(),
        "marking": _bilingual(brief.marking),
        "date_style": brief.date_style.value,
        "library": {"version": brief.library_version, "digest": brief.library_digest},
        "sections": [
            {
                "id": s.section_id,
                "heading": _bilingual(s.heading),
                "display": s.display,
                "items": [_item_json(item) for item in s.items],
            }
            for s in brief.sections
        ],
    }


class _Reader:
    """Read typed values out of decoded JSON, naming the place of any problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> BriefFileError:
        return BriefFileError(f"{self.source}: {where}: {message}")

    def obj(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        return value

    def text(self, data: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", "must be text")
        return value

    def bilingual(self, data: dict[str, Any], key: str, where: str) -> Bilingual:
        inner = self.obj(data.get(key, {}), f"{where}.{key}")
        return Bilingual(
            en=self.text(inner, "en", f"{where}.{key}", ""),
            ja=self.text(inner, "ja", f"{where}.{key}", ""),
        )

    def name(self, data: dict[str, Any], key: str, where: str) -> Bilingual:
        """Return a name given in both languages; briefs saved before that hold one text."""
        value = data.get(key, "")
        if isinstance(value, str):
            return Bilingual(en=value)
        return self.bilingual(data, key, where)

    def choice(self, data: dict[str, Any], key: str, where: str, enum: type[StrEnum]) -> Any:
        value = self.text(data, key, where, next(iter(enum)).value)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise self.fail(f"{where}.{key}", f"{value!r} is not one of: {allowed}") from None


def brief_from_json(data: object, source: str = "brief") -> Brief:
    """Return the brief in decoded JSON ``data``; raise :class:`BriefFileError` if malformed."""
    r = _Reader(source)
    top = r.obj(data, "file")
    if top.get("format") != FORMAT:
        raise BriefFileError(f"{source}: not a briefgen brief file")
    version = top.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise r.fail("format_version", "must be a positive whole number")
    if version > FORMAT_VERSION:
        raise BriefFileError(
            f"{source}: made by a newer briefgen (format {version}); update briefgen to open it"
        )
    try:
        date = parse_day(r.text(top, "date", "brief"))
    except DateFormatError:
        raise r.fail("brief.date", "must be a YYYY-MM-DD date") from None
    library = r.obj(top.get("library", {}), "library")
    raw_sections = top.get("sections", [])
    if not isinstance(raw_sections, list):
        raise r.fail("sections", "must be a list")
    sections = [_section(r, raw, f"sections[{n}]") for n, raw in enumerate(raw_sections)]
    return Brief(
        template=r.text(top, "template", "brief"),
        title=r.bilingual(top, "title", "brief"),
        language=r.choice(top, "language", "brief", LanguageMode),
        layout=r.choice(top, "layout", "brief", Layout),
        subtitle=r.bilingual(top, "subtitle", "brief"),
        author=r.name(top, "author", "brief"),
        organisation=r.name(top, "organisation", "brief"),
        date=date,
        marking=r.bilingual(top, "marking", "brief"),
        date_style=r.choice(top, "date_style", "brief", DateStyle),
        sections=tuple(sections),
        library_version=r.text(library, "version", "library", ""),
        library_digest=r.text(library, "digest", "library", ""),
    )


def _section(r: _Reader, raw: object, where: str) -> Section:
    """Return the section in decoded JSON ``raw`` (found at ``where``)."""
    section = r.obj(raw, where)
    raw_items = section.get("items", [])
    if not isinstance(raw_items, list):
        raise r.fail(f"{where}.items", "must be a list")
    items = tuple(_item(r, raw_item, f"{where}.items[{m}]") for m, raw_item in enumerate(raw_items))
    display = r.text(section, "display", where, "bullets")
    if display not in ("bullets", "table"):
        raise r.fail(f"{where}.display", "must be 'bullets' or 'table'")
    return Section(
        section_id=r.text(section, "id", where),
        heading=r.bilingual(section, "heading", where),
        items=items,
        display=display,
    )


def _item(r: _Reader, raw: object, where: str) -> Item:
    """Return the fact or note in decoded JSON ``raw`` (found at ``where``)."""
    entry = r.obj(raw, where)
    if "fact" in entry:
        return FactItem(
            fact_id=r.text(entry, "fact", where),
            fingerprint=r.text(entry, "fingerprint", where, ""),
            reword=r.bilingual(entry, "reword", where) if "reword" in entry else None,
        )
    if "note" in entry:
        return NoteItem(
            note_id=r.text(entry, "note", where), text=r.bilingual(entry, "text", where)
        )
    raise r.fail(where, "must be a fact or a note")


def encode_brief(brief: Brief) -> bytes:
    """Return the bytes of the ``.brief`` file for ``brief``."""
    text = json.dumps(brief_to_json(brief), ensure_ascii=False, indent=2)
    # Lone surrogates (which a "\ud800" escape in JSON or YAML can produce) are
    # not characters: UTF-8 cannot hold them, so they are saved as U+FFFD.
    return (_SURROGATE.sub("\ufffd", text) + "\n").encode("utf-8")


def decode_brief(data: bytes, source: str = "brief") -> Brief:
    """Return the brief in ``data``; raise :class:`BriefFileError` naming the line if malformed."""
    if len(data) > MAX_BRIEF_BYTES:
        raise BriefFileError(f"{source}: too large to be a brief file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BriefFileError(f"{source}: not a briefgen brief file (not UTF-8 text)") from None
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefFileError(f"{source}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    except ValueError as exc:  # e.g. a number longer than Python converts
        raise BriefFileError(f"{source}: not a briefgen brief file ({exc})") from None
    except RecursionError:
        raise BriefFileError(f"{source}: not a briefgen brief file (nested too deeply)") from None
    return brief_from_json(parsed, source)


def load_brief(path: Path) -> tuple[Brief, FileStamp]:
    """Return the brief saved at ``path`` and the stamp to save it back with."""
    try:
        data = read_input_file(path, MAX_BRIEF_BYTES)
    except InputFileError as exc:
        raise BriefFileError(str(exc)) from None
    return decode_brief(data, str(path)), FileStamp.of_bytes(data)


def save_brief(
    path: Path, brief: Brief, *, expected: FileStamp | None, overwrite: bool = False
) -> FileStamp:
    """Write ``brief`` to ``path`` atomically and return the new stamp.

    ``expected`` is the stamp from when the file was opened or last saved
    (None for a file this brief has never been saved to). If the file on disk
    differs from it, someone else changed it: :class:`ConflictError` is raised
    instead of overwriting their work, unless ``overwrite`` is set (the user
    chose to replace it).
    """
    if not overwrite:
        current = FileStamp.of_file(path)
        if current is not None and current != expected:
            if expected is None:
                raise ConflictError(f"{path} already exists")
            raise ConflictError(f"{path} was changed by someone else since you opened it")
    data = encode_brief(brief)
    try:
        write_atomic(path, data)
    except WriteError as exc:
        raise BriefFileError(str(exc)) from exc  # the cause says why, as a value
    return FileStamp.of_bytes(data)


# Reviewing a brief against the library it is opened with.


class ChangeKind(StrEnum):
    """How a fact in a brief differs from the library now."""

    CHANGED = "changed"  # its text, dates, status or sources changed
    SUPERSEDED = "superseded"  # the library now marks it superseded
    REMOVED = "removed"  # the library no longer has it


@dataclass(frozen=True, slots=True)
class FactChange:
    """One fact of a brief that the library changed since the brief was made."""

    fact_id: str
    kind: ChangeKind
    successor: str | None = None  # for superseded facts: the fact that replaces it


def facts_gone(brief: Brief, library: Library) -> int:
    """Return how many facts ``brief`` has if none of them is in ``library`` any more, else 0.

    Such a brief would export as an empty document: an error, not a success.
    """
    wanted = set(brief.fact_ids())
    if wanted and not any(library.fact(fact_id) is not None for fact_id in wanted):
        return len(wanted)
    return 0


def review_brief(brief: Brief, library: Library) -> list[FactChange]:
    """Return the facts of ``brief`` that changed, were superseded or removed in ``library``."""
    changes: list[FactChange] = []
    seen: set[str] = set()
    for item in brief.fact_items():
        if item.fact_id in seen:
            continue
        seen.add(item.fact_id)
        fact = library.fact(item.fact_id)
        if fact is None:
            changes.append(FactChange(item.fact_id, ChangeKind.REMOVED))
        elif fact.status is Status.SUPERSEDED:
            latest = library.latest_version_of(fact.id)
            successor = latest.id if latest is not None and latest.id != fact.id else None
            changes.append(FactChange(fact.id, ChangeKind.SUPERSEDED, successor))
        elif item.fingerprint and item.fingerprint != fact.fingerprint():
            changes.append(FactChange(fact.id, ChangeKind.CHANGED))
    return changes


def update_brief(brief: Brief, library: Library, *, replace_superseded: bool = True) -> Brief:
    """Return ``brief`` brought up to date with ``library``, ready to re-issue.

    Changed facts take the library's current content (their fingerprints are
    renewed); superseded facts are replaced by their successors when
    ``replace_superseded``; removed facts are dropped. Rewording and notes stay.
    """
    sections: list[Section] = []
    for section in brief.sections:
        items: list[Item] = []
        for item in section.items:
            if isinstance(item, NoteItem):
                items.append(item)
                continue
            fact = library.fact(item.fact_id)
            if fact is None:
                continue
            if replace_superseded and fact.status is Status.SUPERSEDED:
                latest = library.latest_version_of(fact.id)
                if latest is not None and latest.id != fact.id:
                    fact = latest
                    item = replace(item, reword=None)
            items.append(replace(item, fact_id=fact.id, fingerprint=fact.fingerprint()))
        sections.append(replace(section, items=tuple(items)))
    return replace(
        brief,
        sections=tuple(sections),
        library_version=library.version,
        library_digest=library.content_digest,
    )
