"""Change the library's files: add, edit, supersede and retire facts; add, edit and merge sources.

Every change is checked first with the rules of ``briefgen library check``
(:meth:`Library.check_fact`), then written so that only its own lines change
(:mod:`briefgen.core.curation.yaml_roundtrip`), atomically. Changes are made one at a
time under a lock shared by every process of the user, each on the file as it
is on disk at that moment, so two windows or commands editing one library
never lose an edit. A file that changed on disk since the library was loaded
(another editor, a ``git pull``) is never overwritten: the change is refused
with :class:`EditConflictError`, and the caller reloads.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import Any, Final

import filelock
import msgspec

from briefgen.core.curation.edit_errors import (
    EditBusyError,
    EditConflictError,
    EditError,
    EditIdTakenError,
    EditRejectedError,
)
from briefgen.core.curation.entry_fields import fact_entry, file_digest, source_entry
from briefgen.core.curation.yaml_roundtrip import (
    Block,
    RoundTripError,
    append_entry,
    blocks,
    edit_block,
    remove_block,
    set_fields,
)
from briefgen.core.library.assembly import FACTS_DIR, SOURCES_DIR, Library
from briefgen.core.library.loader import library_files
from briefgen.core.library.model import Fact, Origin, Source, Status
from briefgen.core.library.schema import FACT_FIELDS, SOURCE_FIELDS
from briefgen.core.system.atomic import WriteError, write_atomic
from briefgen.core.system.paths import cache_dir

LOCK_SECONDS: Final = 60.0

__all__ = [
    "EditBusyError",
    "EditConflictError",
    "EditError",
    "EditIdTakenError",
    "EditRejectedError",
    "LibraryEditor",
]


class LibraryEditor:
    """Make changes to the files of the library that ``library`` was loaded from."""

    def __init__(self, library: Library) -> None:
        """Edit the folder of ``library``; its files must not have changed since it was loaded."""
        self.library = library
        self.root = library.root

    # Facts

    def add_fact(self, fact: Fact, path: str | None = None) -> None:
        """Append ``fact`` to the facts file ``path`` (by default the file of its topic)."""
        self._check(fact)
        if fact.id in self.library.facts:
            raise EditIdTakenError("fact", fact.id)
        target = path or f"{FACTS_DIR}/{fact.topic}.yaml"
        self._change(
            target, "facts", lambda text, key, _: _append(text, key, fact_entry(fact)), new_id=True
        )
        self._facts({fact.id: _replace_fact(fact, origin=Origin(target, 0))})

    def edit_fact(self, fact: Fact) -> None:
        """Replace the fact with the id of ``fact`` by ``fact``, in its file."""
        self._check(fact)
        old = self._fact(fact.id)
        values, before = fact_entry(fact), fact_entry(old)
        self._change(
            old.origin.path,
            "facts",
            lambda text, key, found: _edit(
                text, key, found, fact.id, (values, before), FACT_FIELDS
            ),
        )
        self._facts({fact.id: _replace_fact(fact, origin=old.origin)})

    def supersede_fact(self, old_id: str, new: Fact, path: str | None = None) -> None:
        """Add ``new`` and mark the fact ``old_id`` as superseded by it."""
        old = self._fact(old_id)
        superseded = _replace_fact(old, status=Status.SUPERSEDED, superseded_by=new.id)
        self._check(new, also=superseded)
        self._check(superseded, also=new)
        target = path or old.origin.path
        # A conflict in the second file must not leave the new fact added and the old current.
        self._all_unchanged([target, old.origin.path])
        self.add_fact(new, target)
        self.edit_fact(superseded)

    def retire_fact(self, fact_id: str) -> None:
        """Remove the fact ``fact_id`` from its file (briefs that use it say it is gone)."""
        old = self._fact(fact_id)
        users = [f.id for f in self.library.facts.values() if f.superseded_by == fact_id]
        if users:
            raise EditError(f"'{fact_id}' cannot be retired: {', '.join(users)} name it")
        self._change(
            old.origin.path, "facts", lambda text, key, found: _remove(text, found, fact_id)
        )
        self._facts({}, removed=fact_id)

    # Sources

    def add_source(self, source: Source, path: str | None = None) -> None:
        """Append ``source`` to the sources file ``path``."""
        self.add_sources([source], path)

    def add_sources(self, sources: Sequence[Source], path: str | None = None) -> None:
        """Append ``sources`` to the sources file ``path`` in one write (all of them, or none).

        One write, not one per source: an import of hundreds of references
        parses the file once, and another process sees all of it or none.
        """
        target = path or f"{SOURCES_DIR}/sources.yaml"
        ids: set[str] = set()
        for source in sources:
            self._check_source(source)
            if source.id in self.library.sources or source.id in ids:
                raise EditIdTakenError("source", source.id)
            ids.add(source.id)
        entries = [source_entry(source) for source in sources]
        self._change(
            target, "sources", lambda text, key, _: _append(text, key, *entries), new_id=True
        )
        placed = {s.id: msgspec.structs.replace(s, origin=Origin(target, 0)) for s in sources}
        self._sources(placed)

    def edit_source(self, source: Source) -> None:
        """Replace the source with the id of ``source`` by ``source``, in its file."""
        self._check_source(source)
        old = self.library.sources.get(source.id)
        if old is None:
            raise EditError(f"there is no source '{source.id}'")
        values = source_entry(source), source_entry(old)
        self._change(
            old.origin.path,
            "sources",
            lambda text, key, found: _edit(text, key, found, source.id, values, SOURCE_FIELDS),
        )
        self._sources({source.id: msgspec.structs.replace(source, origin=old.origin)})

    def merge_sources(self, keep: str, drop: str) -> None:
        """Make every fact citing ``drop`` cite ``keep`` instead, then remove ``drop``."""
        kept, dropped = self.library.sources.get(keep), self.library.sources.get(drop)
        if kept is None or dropped is None or keep == drop:
            raise EditError(f"cannot merge '{drop}' into '{keep}': both must be existing sources")
        citing = [
            f for f in self.library.facts.values() if any(r.source == drop for r in f.sources)
        ]
        self._all_unchanged([*(f.origin.path for f in citing), dropped.origin.path])
        for fact in citing:
            refs: list[Any] = []
            for ref in fact.sources:
                merged = ref if ref.source != drop else type(ref)(keep, ref.locator, ref.quote)
                if merged not in refs:
                    refs.append(merged)
            self.edit_fact(_replace_fact(fact, sources=tuple(refs)))
        self._change(
            dropped.origin.path, "sources", lambda text, key, found: _remove(text, found, drop)
        )
        self._sources({}, removed=drop)

    def _facts(self, changed: dict[str, Fact], removed: str = "") -> None:
        facts = {**self.library.facts, **changed}
        facts.pop(removed, None)
        self.library = dataclasses.replace(self.library, facts=facts)

    def _sources(self, changed: dict[str, Source], removed: str = "") -> None:
        sources = {**self.library.sources, **changed}
        sources.pop(removed, None)
        self.library = dataclasses.replace(self.library, sources=sources)

    def rewrite_file(self, path: str, key: str, text: str) -> None:
        """Replace the file ``path`` (holding the ``key`` list) by ``text`` (for formatting)."""
        self._change(path, key, lambda _text, _key, _found: text)

    # The one way a file is changed

    def _change(
        self,
        path: str,
        key: str,
        change: Callable[[str, str, list[Block]], str],
        *,
        new_id: bool = False,
    ) -> None:
        parts = PurePosixPath(path).parts
        if not parts or parts[0] not in (FACTS_DIR, SOURCES_DIR) or ".." in parts or "\\" in path:
            raise EditError(
                f"{path}: not a file under {FACTS_DIR}/ or {SOURCES_DIR}/ of the library"
            )
        file = self.root / path
        with self._lock():
            data = self._unchanged(path)
            if new_id:
                # Another process may have added the same id in another file.
                self._others_unchanged(path)
            text = data.decode("utf-8-sig")
            # Keep a file's byte order mark and Windows line endings: the new
            # lines are written in the file's own way, so only they differ.
            bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
            crlf = "\r\n" in text and text.count("\r\n") == text.count("\n")
            if crlf:
                text = text.replace("\r\n", "\n")
            try:
                found = blocks(text, key)[0] if text.strip() else []
                new_text = change(text, key, found)
            except RoundTripError as exc:
                raise EditError(f"{path} {exc}") from None
            if crlf:
                new_text = new_text.replace("\r\n", "\n").replace("\n", "\r\n")
            encoded = bom + new_text.encode("utf-8")
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(file, encoded)
            except (WriteError, OSError) as exc:
                raise EditError(str(exc)) from None
            # The library this editor hands on knows the file as now written, so
            # that an editor made from it later does not see its own save as a conflict.
            files = (
                self.library.files if path in self.library.files else (*self.library.files, path)
            )
            digests = {**self.library.digests, path: file_digest(encoded)}
            self.library = dataclasses.replace(self.library, files=files, digests=digests)

    def _all_unchanged(self, paths: list[str]) -> None:
        """Raise :class:`EditConflictError` if any of ``paths`` changed (before writing several)."""
        with self._lock():
            for path in dict.fromkeys(paths):
                self._unchanged(path)

    def _others_unchanged(self, path: str) -> None:
        """Raise :class:`EditConflictError` if a file other than ``path`` changed or appeared."""
        known = set(self.library.files)
        for other in library_files(self.root)[0]:
            if other != path and (other not in known or other in self.library.digests):
                self._unchanged(other)

    def _unchanged(self, path: str) -> bytes:
        """Return the bytes of ``path``; raise :class:`EditConflictError` if it changed on disk."""
        file = self.root / path
        try:
            data = file.read_bytes() if file.exists() else b""
        except OSError as exc:
            raise EditError(f"cannot read {path}: {exc.strerror}") from None
        expected = self.library.digests.get(path)
        if (expected is not None or file.exists()) and file_digest(data) != expected:
            raise EditConflictError(path)
        return data

    @contextmanager
    def _lock(self) -> Iterator[None]:
        key = hashlib.sha256(os.fsencode(self.root.resolve())).hexdigest()[:20]
        folder = cache_dir() / "locks"
        lock = filelock.FileLock(str(folder / f"{key}.lock"), timeout=LOCK_SECONDS)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except filelock.Timeout:
            raise EditBusyError from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise EditError(f"cannot lock the library for editing in {folder}: {reason}") from None
        try:
            yield
        finally:
            lock.release()

    def _fact(self, fact_id: str) -> Fact:
        fact = self.library.facts.get(fact_id)
        if fact is None:
            raise EditError(f"there is no fact '{fact_id}'")
        return fact

    def _check(self, fact: Fact, also: Fact | None = None) -> None:
        library = self.library
        if also is not None:
            library = _with_fact(library, also)
        errors = [p for p in library.check_fact(fact) if p.is_error]
        if errors:
            raise EditRejectedError(errors)

    def _check_source(self, source: Source) -> None:
        errors = [p for p in self.library.check_source(source) if p.is_error]
        if errors:
            raise EditRejectedError(errors)


def _with_fact(library: Library, fact: Fact) -> Library:
    return dataclasses.replace(library, facts={**library.facts, fact.id: fact})


def _replace_fact(fact: Fact, **changes: Any) -> Fact:
    return msgspec.structs.replace(fact, **changes)


def _append(text: str, key: str, *entries: dict[str, Any]) -> str:
    offset = blocks(text, key)[1] if text.strip() else 2
    for values in entries:
        text = append_entry(text, key, values, offset)
    return text


def _find(found: list[Block], entry_id: str) -> Block:
    for block in found:
        if block.entry_id == entry_id:
            return block
    raise RoundTripError(f"has no entry '{entry_id}'")


def _edit(
    text: str,
    key: str,
    found: list[Block],
    entry_id: str,
    values: tuple[dict[str, Any], dict[str, Any]],
    order: tuple[str, ...],
) -> str:
    """Return ``text`` with the entry ``entry_id`` given ``values``: (new, as read before)."""
    offset = blocks(text, key)[1]
    block = _find(found, entry_id)
    new, before = values
    return edit_block(text, key, block, offset, lambda item: set_fields(item, new, order, before))


def _remove(text: str, found: list[Block], entry_id: str) -> str:
    return remove_block(text, _find(found, entry_id))
