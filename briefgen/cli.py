"""The command line: check and search the library, list templates, export briefs.

Every user mistake (a missing folder, a broken library, a bad option) ends in a
one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from briefgen.core.library import Library
from briefgen.core.loader import LibraryNotFoundError, load_library
from briefgen.core.paths import default_library_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


def _library_dir(args: argparse.Namespace) -> Path:
    return Path(args.library) if args.library else default_library_dir()


def _summary(library: Library) -> str:
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


def cmd_library_check(args: argparse.Namespace) -> int:
    """Print every problem in the library and a summary; exit 1 on any error."""
    try:
        library = load_library(_library_dir(args))
    except LibraryNotFoundError as exc:
        raise CliError(str(exc)) from None
    for problem in library.problems:
        print(problem)
    print(_summary(library))
    return EXIT_PROBLEMS if library.errors else EXIT_OK


def cmd_library_search(args: argparse.Namespace) -> int:
    """Print the facts that match a query, as text or JSON."""
    from briefgen.core.search import open_indexed_library

    try:
        indexed = open_indexed_library(_library_dir(args))
    except LibraryNotFoundError as exc:
        raise CliError(str(exc)) from None
    library = indexed.library
    with indexed.index:
        ids = indexed.index.search(args.query, limit=args.limit)
    facts = [fact for fact_id in ids if (fact := library.fact(fact_id)) is not None]
    if args.json:
        rows = [
            {
                "id": fact.id,
                "en": fact.text.en,
                "ja": fact.text.ja,
                "status": fact.status.value,
                "topic": fact.topic,
                "date": fact.date.isoformat() if fact.date else None,
                "as_of": fact.as_of.isoformat(),
                "tags": list(fact.tags),
                "sources": [
                    {
                        "id": ref.source,
                        "locator": ref.locator,
                        "title": source.title if (source := library.source(ref.source)) else "",
                        "title_translated": source.title_translated if source else "",
                        "publisher": source.publisher if source else "",
                        "url": source.url if source else "",
                    }
                    for ref in fact.sources
                ],
            }
            for fact in facts
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for fact in facts:
        print(f"{fact.id}  [{fact.status.value}]")
        for text in (fact.text.en, fact.text.ja):
            if text:
                print(f"    {text}")
    print(f"{len(facts)} matching fact{'s' if len(facts) != 1 else ''}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="briefgen",
        description="Build sourced bilingual briefs on Japan's AI Strategy Headquarters.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    library = commands.add_parser("library", help="check or search a fact library")
    library_commands = library.add_subparsers(dest="library_command", metavar="ACTION")
    library_commands.required = True

    def add_library_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--library", metavar="DIR", help="library folder (default: the bundled library)"
        )

    check = library_commands.add_parser("check", help="check every library file")
    add_library_option(check)
    check.set_defaults(handler=cmd_library_check)

    search = library_commands.add_parser("search", help="find facts in English or Japanese")
    search.add_argument("query", help="words to find; every word must match")
    add_library_option(search)
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.add_argument("--limit", type=int, default=None, help="at most this many results")
    search.set_defaults(handler=cmd_library_search)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(handler(args))
    except CliError as exc:
        print(f"briefgen: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
