"""The one way to open a library: files parsed (through the cache), assembled, indexed.

Every caller (the command line, the app, exports, search, the tests) opens a
library with :func:`open_library`. The search index is built from the library
it assembled, never beside it, so what ``briefgen library check`` rejects is
never a search result or a row of the facts page.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import TracebackType

import msgspec

from briefgen.core.library.assembly import Library
from briefgen.core.library.loader import check_root
from briefgen.core.search.cache_db import cache_path_for
from briefgen.core.search.index import FactIndex, SyncReport


class StoreWarningKind(StrEnum):
    """Why opening a library worked, but not as well as it should have."""

    CACHE_DISK_FULL = "cache-disk-full"
    CACHE_UNUSABLE = "cache-unusable"


class StoreWarning(msgspec.Struct, frozen=True):
    """Something to tell the user about opening a library; each interface words it."""

    kind: StoreWarningKind
    path: str
    reason: str = ""

    def message(self) -> str:
        """Return the warning as an English sentence (the GUI translates by ``kind``)."""
        if self.kind is StoreWarningKind.CACHE_DISK_FULL:
            return (
                f"the disk holding the cache {self.path} is full: the library is read "
                "from its files, without the cache (slower)"
            )
        return (
            f"the cache {self.path} cannot be used ({self.reason}): the library is read "
            "from its files, without the cache (slower)"
        )


@dataclass(eq=False)
class LibraryStore:
    """An open library: the assembled :class:`Library` and its search index."""

    library: Library
    index: FactIndex
    report: SyncReport = field(default_factory=SyncReport)
    warnings: tuple[StoreWarning, ...] = ()

    def search(self, text: str, limit: int | None = None) -> list[str]:
        """Return the ids of the library's facts matching ``text``, best first."""
        return self.index.search(text, limit)

    def hits(self, text: str, limit: int | None = None) -> list[tuple[str, float]]:
        """Return the library's facts matching ``text``, best first, with their relevance."""
        return self.index.hits(text, limit)

    def close(self) -> None:
        """Close the search index."""
        self.index.close()

    def __enter__(self) -> LibraryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_library(
    root: Path,
    *,
    cache_base: Path | None = None,
    in_memory: bool = False,
    today: dt.date | None = None,
) -> LibraryStore:
    """Return the library in ``root`` with its search index, using the cache when it can.

    Raise :class:`~briefgen.core.library.loader.LibraryNotFoundError` when ``root`` is
    not a folder. Set ``BRIEFGEN_NO_CACHE=1`` (or ``in_memory``) to keep the
    index in memory. A cache that cannot be used is skipped: the library is
    read from its files and :attr:`LibraryStore.warnings` says why.
    """
    root = check_root(root)
    no_cache = in_memory or os.environ.get("BRIEFGEN_NO_CACHE") == "1"
    cache = None if no_cache else cache_path_for(root, cache_base)
    index = FactIndex(cache)
    library, report = index.sync(root, today)
    warnings: tuple[StoreWarning, ...] = ()
    if index.skipped is not None and cache is not None:
        kind = (
            StoreWarningKind.CACHE_DISK_FULL
            if index.skipped.full
            else StoreWarningKind.CACHE_UNUSABLE
        )
        warnings = (StoreWarning(kind, os.fsdecode(cache), index.skipped.reason),)
    return LibraryStore(library, index, report, warnings)


def load_library(root: Path, today: dt.date | None = None) -> Library:
    """Return the library in ``root`` (opened with :func:`open_library`, its index closed)."""
    with open_library(root, today=today) as store:
        return store.library
