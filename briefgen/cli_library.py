"""Curators' commands: ``briefgen library import``, ``stale``, ``format`` and ``manage``.

Kept apart from :mod:`briefgen.cli` (which holds check, search, templates and
export) so that each file stays small; :func:`add_curation_commands` adds them
to the same ``library`` command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from briefgen.core.library.review import Review, ReviewReason, review

_IMPORT_ATTEMPTS = 3

_HEADINGS = {
    ReviewReason.REVIEW_DUE: "Past their review-by date (re-check against the sources)",
    ReviewReason.DISPUTED: "Disputed (sources disagree)",
    ReviewReason.UNVERIFIED: "Unverified (no source confirms them yet)",
    ReviewReason.MISSING_TRANSLATION: "Missing a translation",
    ReviewReason.NO_ACCESS_DATE: "Sources with no access date ('accessed')",
}


def cmd_library_import(args: argparse.Namespace) -> int:
    """Add the references of a CSL-JSON or BibTeX file to the library as sources."""
    from briefgen.cli_common import EXIT_OK, CliError, open_store, plural
    from briefgen.core.curation.edit import EditConflictError, EditError
    from briefgen.core.curation.reference_import import ImportFormatError, import_references

    into = args.into
    if not into.startswith("sources/") or not into.endswith((".yaml", ".yml")):
        raise CliError(f"--into {into!r} must be a file under sources/, such as sources/x.yaml")
    for attempt in range(_IMPORT_ATTEMPTS):
        with open_store(args) as store:
            library = store.library
        try:
            plan = import_references(Path(args.file), library, into)
            break
        except EditConflictError as exc:
            # Another process saved between our reading and writing: read the
            # library again (its additions are then skipped as duplicates).
            if attempt + 1 == _IMPORT_ATTEMPTS:
                raise CliError(f"{exc.path} keeps changing on disk: try again") from None
        except (ImportFormatError, EditError) as exc:
            raise CliError(str(exc)) from None
    for skip in plan.skipped:
        print(f"skipped {skip.key}: {skip.message}")
    for source in plan.added:
        print(f"added {source.id}: {source.title}")
    added, skipped = plural(len(plan.added), "source"), len(plan.skipped)
    print(f"{added} added to {into}, {skipped} skipped", file=sys.stderr)
    return EXIT_OK


def cmd_library_stale(args: argparse.Namespace) -> int:
    """List what the curators should review; exit 1 when there is anything."""
    from briefgen.cli_common import EXIT_OK, EXIT_PROBLEMS, open_store, plural

    with open_store(args) as store:
        found = review(store.library)
    print(format_review(found, plural))
    return EXIT_PROBLEMS if found.count else EXIT_OK


def cmd_library_format(args: argparse.Namespace) -> int:
    """Give the library's files briefgen's layout (once), or list what would change."""
    from briefgen.cli_common import EXIT_OK, EXIT_PROBLEMS, CliError, open_store, plural
    from briefgen.core.curation.edit import EditError
    from briefgen.core.curation.layout import format_library

    with open_store(args) as store:
        library = store.library
    if library.errors:
        raise CliError("the library has errors: fix them first (see: briefgen library check)")
    try:
        changed = format_library(library, write=not args.check)
    except EditError as exc:
        raise CliError(str(exc)) from None
    for path in changed:
        print(f"{'would format' if args.check else 'formatted'} {path}")
    print(f"{plural(len(changed), 'file')} {'to format' if args.check else 'formatted'}",
          file=sys.stderr)  # fmt: skip
    return EXIT_PROBLEMS if args.check and changed else EXIT_OK


def cmd_library_manage(args: argparse.Namespace) -> int:
    """Open the library manager window (Qt is imported only now, by the launcher)."""
    from briefgen.launcher import run_manager

    return run_manager(args.library)


def format_review(found: Review, plural: Callable[[int, str], str]) -> str:
    """Return the review list as text a curator can work through, group by group."""
    if not found.count:
        return "Nothing to review."
    lines: list[str] = []
    for reason, items in found.groups.items():
        lines.append(f"{_HEADINGS[reason]}: {len(items)}")
        for item in items:
            detail = ""
            if item.review_by is not None:
                detail = f"  (review by {item.review_by.isoformat()})"
            elif item.language:
                detail = f"  (no {'Japanese' if item.language == 'ja' else 'English'} text)"
            lines.append(f"  {item.path}:{item.line}: {item.entry_id}{detail}")
        lines.append("")
    lines.append(f"{plural(found.count, 'item')} to review")
    return "\n".join(lines)


def add_curation_commands(
    library_commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_library_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``import``, ``stale``, ``format`` and ``manage`` to the ``library`` command."""
    import_ = library_commands.add_parser(
        "import",
        help="add sources from a CSL-JSON or BibTeX file",
        description="Add the references of FILE (CSL-JSON as Zotero exports it, or BibTeX) as "
        "sources. References the library already has (same DOI, URL or id) are skipped.",
    )
    import_.add_argument("file", metavar="FILE", help="a .json (CSL-JSON) or .bib file")
    add_library_option(import_)
    import_.add_argument(
        "--into",
        default="sources/imported.yaml",
        metavar="PATH",
        help="the sources file to append to (default: sources/imported.yaml)",
    )
    import_.set_defaults(handler=cmd_library_import)

    stale = library_commands.add_parser(
        "stale",
        help="list what curators should review",
        description="List facts past their review-by date, disputed and unverified facts, "
        "facts missing a translation, and sources with no access date. Exit 1 if there is "
        "anything to review.",
    )
    add_library_option(stale)
    stale.set_defaults(handler=cmd_library_stale)

    format_ = library_commands.add_parser(
        "format",
        help="give the library's files briefgen's layout (once), for minimal diffs later",
        description="Rewrite every entry of the facts and sources files in the layout briefgen "
        "writes, without changing any value, so that later edits change only their own lines. "
        "Run it once, commit the result on its own, then edit as usual.",
    )
    add_library_option(format_)
    format_.add_argument(
        "--check", action="store_true", help="only list the files that would change (exit 1)"
    )
    format_.set_defaults(handler=cmd_library_format)

    manage = library_commands.add_parser(
        "manage",
        help="open the library manager window (add, edit, review, import)",
        description="Open the library manager: search, add and edit facts and sources, review "
        "what is due, and import references, in a window. Nothing is written until you save.",
    )
    add_library_option(manage)
    manage.set_defaults(handler=cmd_library_manage)
