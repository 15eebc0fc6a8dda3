"""What every command of the command line shares: exit statuses, errors, opening the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefgen.core.library.assembly import Library
from briefgen.core.library.loader import LibraryNotFoundError
from briefgen.core.library.store import LibraryStore, open_library
from briefgen.core.system.paths import default_library_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


def library_dir(args: argparse.Namespace) -> Path:
    return Path(args.library) if args.library else default_library_dir()


def summary(library: Library) -> str:
    counts = (
        (len(library.facts), "fact"),
        (len(library.sources), "source"),
        (len(library.errors), "error"),
        (len(library.warnings), "warning"),
    )
    facts, sources, errors, warnings = (plural(n, word) for n, word in counts)
    return f"{facts}, {sources}: {errors}, {warnings}"


def plural(count: int, word: str) -> str:
    """Return ``count`` with ``word`` in the singular or plural."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def open_store(args: argparse.Namespace) -> LibraryStore:
    """Return the library named by ``--library``; say on stderr if its cache is skipped."""
    try:
        store = open_library(library_dir(args))
    except LibraryNotFoundError as exc:
        raise CliError(str(exc)) from None
    for warning in store.warnings:
        print(f"warning: {warning.message()}", file=sys.stderr)
    return store
