"""The command line: check and search the library, list templates, export briefs.

Every user mistake (a missing folder, a broken library, a bad option) ends in a
one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from briefgen._version import __version__
from briefgen.cli_common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    open_store,
    summary,
)
from briefgen.cli_export import add_export_command
from briefgen.cli_library import add_curation_commands
from briefgen.core.system.stopping import Stopped, stopping_cleanly
from briefgen.core.templates.catalog import load_templates


def cmd_library_check(args: argparse.Namespace) -> int:
    """Print every problem in the library and a summary; exit 1 on any error."""
    with open_store(args) as store:
        library = store.library
    for problem in library.problems:
        print(problem)
    print(f"library version {library.version} ({library.revision})")
    print(summary(library))
    return EXIT_PROBLEMS if library.errors else EXIT_OK


def cmd_library_search(args: argparse.Namespace) -> int:
    """Print the facts that match a query, as text or JSON."""
    with open_store(args) as store:
        library = store.library
        hits = store.hits(args.query, limit=args.limit)
    facts = [library.facts[fact_id] for fact_id, _ in hits]
    if args.json:
        rows = [
            {
                "id": fact.id,
                "score": round(score, 3),
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
            for fact, (_, score) in zip(facts, hits, strict=True)
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


def cmd_templates(args: argparse.Namespace) -> int:
    """List the templates, name first, then a description."""
    templates, problems = load_templates(Path(args.templates) if args.templates else None)
    width = max((len(t.template_id) for t in templates), default=0)
    for template in templates:
        print(f"{template.template_id:<{width}}  {template.description.en or template.name.en}")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="briefgen",
        description="Build sourced bilingual briefs on Japan's AI Strategy Headquarters.",
        epilog="With no command (or `briefgen gui [BRIEF_FILE]`), briefgen opens the desktop app. "
        "`briefgen self-test` checks this installation.",
    )
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
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

    add_curation_commands(library_commands, add_library_option)

    search = library_commands.add_parser("search", help="find facts in English or Japanese")
    search.add_argument(
        "query",
        help='words to find, best matches first; every word must match, "a phrase" in quotes,'
        " A OR B for either, -word to leave out",
    )
    add_library_option(search)
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.add_argument("--limit", type=int, default=None, help="at most this many results")
    search.set_defaults(handler=cmd_library_search)

    templates = commands.add_parser("templates", help="list the brief templates")
    templates.add_argument("--templates", metavar="DIR", help=argparse.SUPPRESS)
    templates.set_defaults(handler=cmd_templates)

    add_export_command(commands, add_library_option)
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
    # The one place briefgen tunes the garbage collector, for this process only:
    # a command is short and builds many objects that all stay alive (a library
    # of 100,000 facts is hundreds of thousands), which the collector would scan
    # again and again for nothing; reference counting still frees the rest.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with stopping_cleanly():
            return int(handler(args))
    except CliError as exc:
        print(f"briefgen: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``briefgen library search AI | head -1``): stop
        # quietly, as a program stopped by SIGPIPE does, and let nothing more be
        # written to the closed pipe when Python flushes at exit.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except (Stopped, KeyboardInterrupt) as exc:
        signum = exc.signum if isinstance(exc, Stopped) else signal.SIGINT
        name = signal.Signals(signum).name
        print(f"briefgen: stopped by {name}; no file was left half-written", file=sys.stderr)
        return 128 + signum
    finally:
        if collecting:
            gc.enable()


if __name__ == "__main__":
    sys.exit(main())
