"""``briefgen export``: one brief, or many from a jobs file in one process.

A jobs file holds one export per line, written as the arguments of
``briefgen export`` (shell quoting; blank lines and ``#`` comments skipped).
The library, templates and fonts are loaded once for all of them, which is
what makes a batch fast: an export in a running process is a fraction of a
command's start-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shlex
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from briefgen.cli_common import EXIT_OK, EXIT_USAGE, CliError, library_dir, open_store, plural
from briefgen.cli_options import unused_options
from briefgen.core.brief.file import BriefFileError, facts_gone, load_brief, review_brief
from briefgen.core.brief.model import Brief, LanguageMode, Layout
from briefgen.core.composition.datefmt import DateStyle
from briefgen.core.library.assembly import Library
from briefgen.core.library.dates import DateFormatError, parse_day
from briefgen.core.library.model import Bilingual, Status
from briefgen.core.library.store import LibraryStore
from briefgen.core.search.index import FactIndex
from briefgen.core.system.atomic import ReadOnlyTargetError, WriteError, check_target
from briefgen.core.system.input_file import InputFileError, check_input_file, read_input_file
from briefgen.core.templates.catalog import find_template
from briefgen.core.templates.model import Template, TemplateError, new_brief, place_facts
from briefgen.core.templates.selection import add_fact
from briefgen.render.base import (
    MAX_REFERENCE_BYTES,
    CitationStyle,
    RenderError,
    RenderOptions,
)
from briefgen.render.export import ExportError, ReadOnlyExportError, export_brief
from briefgen.render.registry import renderer_for

MAX_JOBS_BYTES = 10 * 1024 * 1024


class _Stores:
    """The libraries a run has opened, each once, by folder."""

    def __init__(self) -> None:
        self._open: dict[Path, LibraryStore] = {}

    def open(self, args: argparse.Namespace) -> LibraryStore:
        """Return the store of the library ``--library`` names, opening it the first time."""
        folder = library_dir(args).absolute()
        store = self._open.get(folder)
        if store is None:
            store = self._open[folder] = open_store(args)
            library = store.library
            if library.errors:
                print(
                    f"warning: the library has {plural(len(library.errors), 'problem')}; "
                    "entries with problems are left out (see: briefgen library check)",
                    file=sys.stderr,
                )
        return store

    def close(self) -> None:
        """Close every store opened."""
        for store in self._open.values():
            store.close()


def _split_ids(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _brief_for_export(
    args: argparse.Namespace, library: Library, index: FactIndex
) -> tuple[Brief, Template | None]:
    """Return the brief a job asks for, with its options applied and facts chosen."""
    brief, template = _start_brief(args, library)
    brief = _with_options(brief, args)
    if args.select or args.facts:
        brief = _with_selection(brief, template, args, library, index)
    elif not args.brief and template is not None and template.pages:
        # The template's own suggestions are cut to the length it promises.
        from briefgen.render.fit import fit_to_length  # lays out a PDF: imported when needed

        brief = fit_to_length(brief, library, template)
    return brief, template


def _start_brief(args: argparse.Namespace, library: Library) -> tuple[Brief, Template | None]:
    """Return the saved brief (with warnings on what changed since) or a template's new one."""
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
    return brief, template


def _with_options(brief: Brief, args: argparse.Namespace) -> Brief:
    """Return ``brief`` with the language, names, date and title the options give."""
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
    return brief


def _with_selection(
    brief: Brief,
    template: Template | None,
    args: argparse.Namespace,
    library: Library,
    index: FactIndex,
) -> Brief:
    """Return ``brief`` holding the facts of ``--select`` and ``--facts``."""
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
        raise CliError(f"unknown fact id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}")
    wanted.extend(explicit)
    ordered = list(dict.fromkeys(wanted))
    if args.brief:
        # A saved brief keeps its sections, order, rewording and notes: the
        # facts are added where they belong.
        for fact_id in ordered:
            brief = add_fact(brief, template, library, library.facts[fact_id])
    elif template is not None:
        brief = place_facts(brief, template, library, ordered)
    return brief


def _export_one(args: argparse.Namespace, stores: _Stores) -> None:
    """Export the brief ``args`` describe; raise :class:`CliError` when it cannot be."""
    out = Path(args.output)
    try:
        renderer_for(out)
        # Checked before the work: a path that cannot be written fails at once.
        check_target(out, replace_read_only=args.force)
    except ReadOnlyTargetError as exc:
        raise CliError(f"{exc} (use --force to replace it)") from None
    except (RenderError, WriteError) as exc:
        raise CliError(str(exc)) from None
    store = stores.open(args)
    library = store.library
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


def cmd_export(args: argparse.Namespace) -> int:
    """Export one brief, or every job in ``--jobs``; warnings go to stderr."""
    if args.jobs is None:
        if not args.brief and not args.template:
            raise CliError("give a saved brief (BRIEF_FILE), --template NAME or --jobs FILE")
        if not args.output:
            raise CliError("give the file to write: -o OUT.docx or -o OUT.pdf")
    elif args.brief or args.template or args.output:
        raise CliError(
            "--jobs FILE takes every export from the file: no BRIEF_FILE, --template or -o"
        )
    stores = _Stores()
    try:
        if args.jobs is None:
            _export_one(args, stores)
            return EXIT_OK
        return _export_jobs(Path(args.jobs), args, stores)
    finally:
        stores.close()


def _export_jobs(path: Path, defaults: argparse.Namespace, stores: _Stores) -> int:
    """Export every job in the jobs file at ``path``; return 0, or 2 if any job failed."""
    try:
        text = read_input_file(path, MAX_JOBS_BYTES).decode("utf-8")
    except InputFileError as exc:
        raise CliError(f"jobs file {exc}") from None
    except UnicodeDecodeError:
        raise CliError(f"jobs file {path}: not UTF-8 text") from None
    parser = _JobParser(prog="briefgen export", add_help=False)
    add_export_arguments(parser, _library_option)
    failed = done = 0
    for number, line in enumerate(text.splitlines(), 1):
        try:
            words = shlex.split(line, comments=True)
            if not words:
                continue
            args = parser.parse_args(words)
            if args.jobs is not None:
                raise CliError("a job cannot name another jobs file")
            if args.library is None:
                args.library = defaults.library
            if args.templates is None:
                args.templates = defaults.templates
            _export_one(args, stores)
            done += 1
        except (CliError, ValueError) as exc:
            print(f"briefgen: error: {path}:{number}: {exc}", file=sys.stderr)
            failed += 1
        # The command line keeps the collector off (cli.main); a long batch lets
        # each export's cycles go before the next.
        gc.collect()
    print(f"exported {plural(done, 'brief')}, {failed} failed", file=sys.stderr)
    return EXIT_USAGE if failed else EXIT_OK


def _library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", metavar="DIR")


class _JobParser(argparse.ArgumentParser):
    """The export options, parsed from a jobs file's line: a mistake is that line's error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(message)


def add_export_command(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_library_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``export`` to the command line's commands."""
    export = commands.add_parser(
        "export",
        help="export a brief to Word (.docx) or PDF",
        description="Export a brief made from a template, or a saved .brief file, to DOCX or PDF "
        "(the format follows the output file's extension); or every export in a jobs file.",
    )
    add_export_arguments(export, add_library_option)
    export.set_defaults(handler=cmd_export)


def add_export_arguments(
    export: argparse.ArgumentParser, add_library_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add the options of one export to ``export``."""
    source = export.add_mutually_exclusive_group()
    source.add_argument("--template", metavar="NAME", help="start from this template")
    source.add_argument("brief", nargs="?", metavar="BRIEF_FILE", help="a saved .brief file")
    source.add_argument(
        "--jobs",
        metavar="FILE",
        help="export every brief in FILE, one per line, each line the arguments of an export "
        "(e.g. saved.brief -o saved.pdf --lang ja), in one process",
    )
    export.add_argument("-o", "--output", metavar="OUT", help="OUT.docx or OUT.pdf")
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
