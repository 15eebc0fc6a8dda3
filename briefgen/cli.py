"""The command line: check and search the library, list templates, export briefs.

Every user mistake (a missing folder, a broken library, a bad option) ends in a
one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from briefgen._version import __version__
from briefgen.cli_library import add_curation_commands
from briefgen.cli_options import unused_options
from briefgen.core.brief.file import BriefFileError, facts_gone, load_brief, review_brief
from briefgen.core.brief.model import Brief, LanguageMode, Layout
from briefgen.core.brief.selection import add_fact
from briefgen.core.composition.datefmt import DateStyle
from briefgen.core.library.assembly import Library
from briefgen.core.library.dates import DateFormatError, parse_day
from briefgen.core.library.loader import LibraryNotFoundError
from briefgen.core.library.model import Bilingual, Status
from briefgen.core.library.store import LibraryStore, open_library
from briefgen.core.search.index import FactIndex
from briefgen.core.system.atomic import ReadOnlyTargetError, WriteError, check_target
from briefgen.core.system.gcpause import gc_paused
from briefgen.core.system.input_file import InputFileError, check_input_file
from briefgen.core.system.paths import default_library_dir
from briefgen.core.system.stopping import Stopped, stopping_cleanly
from briefgen.core.templates.model import (
    Template,
    TemplateError,
    find_template,
    load_templates,
    new_brief,
    place_facts,
)
from briefgen.render.base import (
    MAX_REFERENCE_BYTES,
    CitationStyle,
    RenderError,
    RenderOptions,
    renderer_for,
)
from briefgen.render.export import ExportError, ReadOnlyExportError, export_brief

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


def open_store(args: argparse.Namespace) -> LibraryStore:
    """Return the library named by ``--library``; say on stderr if its cache is skipped."""
    try:
        store = open_library(_library_dir(args))
    except LibraryNotFoundError as exc:
        raise CliError(str(exc)) from None
    for warning in store.warnings:
        print(f"warning: {warning.message()}", file=sys.stderr)
    return store


def cmd_library_check(args: argparse.Namespace) -> int:
    """Print every problem in the library and a summary; exit 1 on any error."""
    with open_store(args) as store:
        library = store.library
    for problem in library.problems:
        print(problem)
    print(f"library version {library.version} ({library.revision})")
    print(_summary(library))
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


def _split_ids(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _brief_for_export(
    args: argparse.Namespace, library: Library, index: FactIndex
) -> tuple[Brief, Template | None]:
    templates_folder = Path(args.templates) if args.templates else None
    if args.brief:
        try:
            brief, _ = load_brief(Path(args.brief))
        except BriefFileError as exc:
            raise CliError(str(exc)) from None
        for change in review_brief(brief, library):
            detail = f" (now: '{change.successor}')" if change.successor else ""
            print(
                f"warning: fact '{change.fact_id}' {change.kind.value} in the library since the "
                f"brief was made{detail}",
                file=sys.stderr,
            )
        try:
            template: Template | None = find_template(brief.template, templates_folder)
        except TemplateError:
            print(
                f"warning: template '{brief.template}' not found; using A4 defaults",
                file=sys.stderr,
            )
            template = None
    else:
        try:
            template = find_template(args.template, templates_folder)
        except TemplateError as exc:
            raise CliError(str(exc).splitlines()[0]) from None
        brief = new_brief(template, library, date=dt.date.today())
    changes: dict[str, object] = {}
    if args.lang:
        changes["language"] = LanguageMode(args.lang)
    if args.layout:
        changes["layout"] = Layout(args.layout)
    if args.era:
        changes["date_style"] = DateStyle.JAPANESE_ERA
    for name in ("author", "organisation"):
        en, ja = getattr(args, name), getattr(args, f"{name}_ja")
        if en is not None or ja is not None:
            given: Bilingual = getattr(brief, name)
            changes[name] = Bilingual(
                en=given.en if en is None else en, ja=given.ja if ja is None else ja
            )
    if args.date:
        try:
            changes["date"] = parse_day(args.date)
        except DateFormatError:
            raise CliError(f"--date {args.date!r} is not a YYYY-MM-DD date") from None
    brief = replace(brief, **changes)  # type: ignore[arg-type]
    if args.title is not None:
        language = brief.language
        title = Bilingual(
            en=args.title if language is not LanguageMode.JAPANESE else brief.title.en,
            ja=args.title if language is not LanguageMode.ENGLISH else brief.title.ja,
        )
        brief = replace(brief, title=title)
    if args.select or args.facts:
        wanted: list[str] = []
        for query in args.select or []:
            found = index.search(query)
            if not found:
                print(f"warning: --select {query!r} matched no fact", file=sys.stderr)
            # Superseded facts are out of date: a search adds them only when asked by id.
            current = [fid for fid in found if library.facts[fid].status is not Status.SUPERSEDED]
            if len(current) < len(found):
                skipped = len(found) - len(current)
                print(
                    f"note: --select {query!r} skipped {plural(skipped, 'superseded fact')} "
                    "(add them with --facts ID to include them)",
                    file=sys.stderr,
                )
            wanted.extend(current)
        explicit = _split_ids(args.facts or [])
        unknown = [fact_id for fact_id in explicit if library.fact(fact_id) is None]
        if unknown:
            raise CliError(
                f"unknown fact id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}"
            )
        wanted.extend(explicit)
        ordered = list(dict.fromkeys(wanted))
        if args.brief:
            # A saved brief keeps its sections, order, rewording and notes: the
            # facts are added where they belong.
            for fact_id in ordered:
                brief = add_fact(brief, template, library, library.facts[fact_id])
        elif template is not None:
            brief = place_facts(brief, template, library, ordered)
    elif not args.brief and template is not None and template.pages:
        # The template's own suggestions are cut to the length it promises.
        from briefgen.render.fit import fit_to_length  # lays out a PDF: imported when needed

        brief = fit_to_length(brief, library, template)
    return brief, template


def cmd_export(args: argparse.Namespace) -> int:
    """Export a brief to DOCX or PDF; warnings go to stderr."""
    out = Path(args.output)
    try:
        renderer_for(out)
        # Checked before the work: a path that cannot be written fails at once.
        check_target(out, replace_read_only=args.force)
    except ReadOnlyTargetError as exc:
        raise CliError(f"{exc} (use --force to replace it)") from None
    except (RenderError, WriteError) as exc:
        raise CliError(str(exc)) from None
    store = open_store(args)
    library = store.library
    if library.errors:
        print(
            f"warning: the library has {plural(len(library.errors), 'problem')}; entries with "
            "problems are left out (see: briefgen library check)",
            file=sys.stderr,
        )
    with store:
        brief, template = _brief_for_export(args, library, store.index)
    for unused in unused_options(args, brief, out):
        print(f"warning: {unused}", file=sys.stderr)
    if not brief.fact_ids():
        raise CliError("the brief has no facts to export")
    count = facts_gone(brief, library)
    if count:
        raise CliError(
            f"none of the brief's {plural(count, 'fact')} is in the library any more "
            "(all were removed); nothing to export"
        )
    citations = CitationStyle(args.citations)
    if citations is CitationStyle.FOOTNOTES and out.suffix.lower() != ".docx":
        raise CliError("--citations footnotes is for a DOCX; a PDF cites its sources by number")
    options = RenderOptions(
        reference_docx=Path(args.reference_doc) if args.reference_doc else None,
        citations=citations,
    )
    if options.reference_docx is not None:
        try:
            check_input_file(options.reference_docx, MAX_REFERENCE_BYTES)
        except InputFileError as exc:
            raise CliError(f"reference document {exc}") from None
    try:
        # An export builds tens of thousands of short-lived objects and no
        # cycles worth collecting midway: 6 ms of a command-line export.
        with gc_paused(freeze=False):
            result = export_brief(
                brief, library, template, out, options=options, replace_read_only=args.force
            )
    except ReadOnlyExportError as exc:
        raise CliError(f"{exc} (use --force to replace it)") from None
    except ExportError as exc:
        raise CliError(str(exc)) from None
    for warning in result.warnings:
        print(f"warning: {warning.message()}", file=sys.stderr)
    print(f"wrote {result.path} ({result.size:,} bytes)", file=sys.stderr)
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

    export = commands.add_parser(
        "export",
        help="export a brief to Word (.docx) or PDF",
        description="Export a brief made from a template, or a saved .brief file, to DOCX or PDF "
        "(the format follows the output file's extension).",
    )
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", metavar="NAME", help="start from this template")
    source.add_argument("brief", nargs="?", metavar="BRIEF_FILE", help="a saved .brief file")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.docx or OUT.pdf")
    export.add_argument("--force", action="store_true", help="replace OUT even if it is read-only")
    export.add_argument("--lang", choices=[m.value for m in LanguageMode], help="language mode")
    export.add_argument("--layout", choices=[m.value for m in Layout], help="bilingual layout")
    export.add_argument(
        "--select",
        action="append",
        metavar="QUERY",
        help="the facts matching QUERY (with a template: instead of its suggestions; "
        "with a saved brief: added to it)",
    )
    export.add_argument(
        "--facts", action="append", metavar="ID,...", help="these facts (as with --select)"
    )
    export.add_argument("--title", help="the brief's title")
    export.add_argument("--author", help="the author's name, as an English brief prints it")
    export.add_argument("--author-ja", help="the author's name in Japanese (default: as --author)")
    export.add_argument(
        "--organisation", help="the author's organisation, as an English brief prints it"
    )
    export.add_argument(
        "--organisation-ja", help="the organisation in Japanese (default: as --organisation)"
    )
    export.add_argument("--date", metavar="YYYY-MM-DD", help="the brief's date (default: today)")
    export.add_argument("--era", action="store_true", help="Japanese dates in era years (令和)")
    export.add_argument(
        "--reference-doc", metavar="DOCX", help="restyle the DOCX with these styles"
    )
    export.add_argument(
        "--citations",
        choices=[style.value for style in CitationStyle],
        default=CitationStyle.NUMBERS.value,
        help="cite sources by [number] (default), or as Word footnotes (DOCX only)",
    )
    add_library_option(export)
    export.add_argument("--templates", metavar="DIR", help=argparse.SUPPRESS)
    export.set_defaults(handler=cmd_export)
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


if __name__ == "__main__":
    sys.exit(main())
