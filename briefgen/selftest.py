"""Check this installation of briefgen end to end: ``briefgen self-test``.

Support staff run it on a user's machine when something looks wrong. It loads
the bundled library and templates, exports every template in every language
mode to DOCX and PDF in a temporary folder, reads each file back (fonts
embedded, Japanese text present, the DOCX opens with python-docx and names its
East Asian font), then starts the app offscreen in a child process and closes
it. It prints one line per check and exits 0 only if every check passed.

It works on temporary cache and settings folders, so it neither reads nor
changes the user's own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen._version import __version__

if TYPE_CHECKING:
    from briefgen.core.brief.model import Brief
    from briefgen.core.library.assembly import Library
    from briefgen.core.templates.model import Template

MODES = (
    ("en", "English", "en", None),
    ("ja", "Japanese", "ja", None),
    ("bilingual", "bilingual side by side", "bilingual", "side-by-side"),
    ("stacked", "bilingual stacked", "bilingual", "stacked"),
)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
MIN_CHARACTERS = 40  # a brief has hundreds; a handful would mean the text did not come back
GUI_TIMEOUT_S = 120


class CheckFailedError(Exception):
    """A check's failure, with what was wrong."""


@dataclass(frozen=True)
class Outcome:
    """The result of one check."""

    name: str
    passed: bool
    detail: str

    def line(self) -> str:
        """Return the line printed for this check."""
        mark = "ok  " if self.passed else "FAIL"
        return f"{mark}  {self.name}" + (f": {self.detail}" if self.detail else "")


class SelfTest:
    """Run checks one by one, printing each as it ends."""

    def __init__(self, out: Callable[[str], None] = print) -> None:
        """Report each line through ``out``."""
        self.out = out
        self.outcomes: list[Outcome] = []

    def check(self, name: str, action: Callable[[], str]) -> bool:
        """Run ``action`` (it returns a detail or raises); record and print the outcome."""
        try:
            outcome = Outcome(name, True, action())
        except CheckFailedError as exc:
            outcome = Outcome(name, False, str(exc))
        except Exception as exc:  # a self-test reports every failure, whatever its kind
            outcome = Outcome(name, False, f"{type(exc).__name__}: {exc}")
        self.outcomes.append(outcome)
        self.out(outcome.line())
        return outcome.passed

    def record(self, outcome: Outcome) -> None:
        """Record an outcome found elsewhere (the app's child process)."""
        self.outcomes.append(outcome)
        self.out(outcome.line())

    @property
    def failed(self) -> int:
        """Return how many checks failed."""
        return sum(not o.passed for o in self.outcomes)


def main(argv: Sequence[str] = ()) -> int:
    """Run the self-test; return 0 if every check passed, 1 otherwise."""
    parser = argparse.ArgumentParser(
        prog="briefgen self-test",
        description="Check this installation: export every template in every language to DOCX "
        "and PDF, read the files back, and start the app offscreen.",
    )
    parser.add_argument(
        "--keep", metavar="DIR", help="write the exported files to DIR and keep them"
    )
    parser.add_argument("--no-gui", action="store_true", help="skip starting the app")
    parser.add_argument("--gui-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    if args.gui_child:
        from briefgen.gui.smoke import run_smoke_test

        return run_smoke_test()
    started = time.monotonic()
    print(f"briefgen {__version__} self-test ({sys.platform}, Python {sys.version.split()[0]})")
    test = SelfTest(lambda line: print(line, flush=True))
    with tempfile.TemporaryDirectory(prefix="briefgen-self-test-") as scratch:
        work = Path(scratch)
        with _isolated(work):
            out_dir = Path(args.keep) if args.keep else work / "exports"
            out_dir.mkdir(parents=True, exist_ok=True)
            _check_exports(test, out_dir)
            if not args.no_gui:
                _check_app(test, work)
    total = len(test.outcomes)
    elapsed = time.monotonic() - started
    print(f"self-test: {total - test.failed} of {total} checks passed in {elapsed:.1f} s")
    return 0 if test.failed == 0 else 1


@contextmanager
def _isolated(work: Path) -> Iterator[None]:
    """Point the cache and data folders at ``work`` for the test's duration."""
    saved = {name: os.environ.get(name) for name in ("BRIEFGEN_CACHE_DIR", "BRIEFGEN_DATA_DIR")}
    os.environ["BRIEFGEN_CACHE_DIR"] = str(work / "cache")
    os.environ["BRIEFGEN_DATA_DIR"] = str(work / "data")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _check_exports(test: SelfTest, out_dir: Path) -> None:
    from briefgen.core.brief.model import LanguageMode, Layout
    from briefgen.core.library.assembly import Library
    from briefgen.core.library.store import open_library
    from briefgen.core.system.paths import default_library_dir
    from briefgen.core.templates.catalog import load_templates
    from briefgen.core.templates.model import new_brief

    loaded: dict[str, object] = {}

    def load_library() -> str:
        with open_library(default_library_dir()) as store:
            library = store.library
        loaded["library"] = library
        if not library.facts:
            raise CheckFailedError(f"no facts in {default_library_dir()}")
        if library.errors:
            raise CheckFailedError(f"{len(library.errors)} errors, first: {library.errors[0]}")
        return f"{len(library.facts)} facts, {len(library.sources)} sources, 0 errors"

    def load() -> str:
        templates, problems = load_templates()
        loaded["templates"] = templates
        if problems:
            raise CheckFailedError(str(problems[0]))
        if not templates:
            raise CheckFailedError("no templates found")
        return ", ".join(t.template_id for t in templates)

    if not test.check("library loads", load_library) or not test.check("templates load", load):
        return
    library = loaded["library"]
    templates = loaded["templates"]
    assert isinstance(library, Library) and isinstance(templates, list)
    today = dt.date.today()
    for template in templates:
        for key, label, language, layout in MODES:
            brief = replace(
                new_brief(template, library, date=today), language=LanguageMode(language)
            )
            if layout:
                brief = replace(brief, layout=Layout(layout))
            for suffix, reader in ((".docx", read_docx), (".pdf", read_pdf)):
                name = f"export {template.template_id}, {label}, {suffix[1:].upper()}"
                path = out_dir / f"{template.template_id}-{key}{suffix}"
                test.check(
                    name,
                    partial(_export_and_read, brief, library, template, path, reader, language),
                )


def _export_and_read(
    brief: Brief,
    library: Library,
    template: Template,
    path: Path,
    reader: Callable[[Path, str, Sequence[str]], str],
    language: str,
) -> str:
    """Export ``brief`` to ``path`` as the app does, then check the file with ``reader``.

    The brief's title, in each of its languages, must read back from the file.
    """
    from briefgen.render.export import export_brief

    export_brief(brief, library, template, path)
    titles = {"en": [brief.title.en], "ja": [brief.title.ja]}.get(language)
    return reader(path, language, titles or [brief.title.en, brief.title.ja])


def _expect_text(text: str, language: str, phrases: Sequence[str]) -> list[str]:
    """Return what is wrong with a document's text for a brief in ``language``.

    Each of ``phrases`` must be in the text (line breaks and spaces aside).
    """
    squeezed = "".join(text.split())
    problems = [f"{p!r} is not in the text" for p in phrases if "".join(p.split()) not in squeezed]
    japanese = len(JAPANESE.findall(text))
    latin = len(LATIN_WORD.findall(text))
    if language in ("ja", "bilingual") and japanese < MIN_CHARACTERS:
        problems.append(f"only {japanese} Japanese characters in the text")
    if language in ("en", "bilingual") and latin < MIN_CHARACTERS:
        problems.append(f"only {latin} English words in the text")
    return problems


def read_pdf(path: Path, language: str, phrases: Sequence[str] = ()) -> str:
    """Check an exported PDF: every font embedded, the brief's language in its text."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        _collect_fonts(page.get("/Resources"), fonts, depth=0)
    missing = sorted(name for name, embedded in fonts.items() if not embedded)
    if not fonts:
        raise CheckFailedError("no fonts in the PDF")
    text = "".join(page.extract_text() or "" for page in reader.pages)
    problems = [f"fonts not embedded: {', '.join(missing)}"] if missing else []
    problems += _expect_text(text, language, phrases)
    if problems:
        raise CheckFailedError("; ".join(problems))
    pages = len(reader.pages)
    return f"{pages} page{'s' if pages != 1 else ''}, {len(fonts)} fonts embedded, text reads back"


def _collect_fonts(resources: Any, fonts: dict[str, bool], depth: int) -> None:
    """Record each font in ``resources`` (and in its forms) and whether it is embedded."""
    resources = _resolve(resources)
    if not isinstance(resources, dict) or depth > 8:
        return
    for font in (_resolve(resources.get("/Font")) or {}).values():
        font = _resolve(font)
        descriptor = _resolve(font.get("/FontDescriptor"))
        if font.get("/Subtype") == "/Type0":
            descendant = _resolve(_resolve(font.get("/DescendantFonts"))[0])
            descriptor = _resolve(descendant.get("/FontDescriptor"))
        embedded = isinstance(descriptor, dict) and any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        fonts[str(font.get("/BaseFont"))] = embedded
    for xobject in (_resolve(resources.get("/XObject")) or {}).values():
        xobject = _resolve(xobject)
        if xobject.get("/Subtype") == "/Form":
            _collect_fonts(xobject.get("/Resources"), fonts, depth + 1)


def _resolve(value: Any) -> Any:
    get_object = getattr(value, "get_object", None)
    return get_object() if callable(get_object) else value


def read_docx(path: Path, language: str, phrases: Sequence[str] = ()) -> str:
    """Check an exported DOCX: python-docx opens it, the text is there, East Asian font set."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    problems = _expect_text("\n".join(texts), language, phrases)
    east_asian = ""
    fonts = document.styles["Normal"].element.rPr
    if fonts is not None and fonts.rFonts is not None:
        east_asian = fonts.rFonts.get(qn("w:eastAsia")) or ""
    if language != "en" and not east_asian:
        problems.append("the Normal style names no East Asian font")
    if problems:
        raise CheckFailedError("; ".join(problems))
    detail = f"{len(document.paragraphs)} paragraphs, {len(document.tables)} tables"
    return detail + (f", East Asian font {east_asian}" if east_asian else "")


def self_command() -> list[str]:
    """Return the command that runs this briefgen: the bundle's program, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "briefgen"]


def _check_app(test: SelfTest, work: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [*self_command(), "self-test", "--gui-child"]
    try:
        child = subprocess.run(
            command,
            env=env,
            cwd=work,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=GUI_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        test.record(Outcome("app starts offscreen", False, f"no answer in {GUI_TIMEOUT_S} s"))
        return
    except OSError as exc:
        test.record(Outcome("app starts offscreen", False, f"cannot start {command[0]}: {exc}"))
        return
    reported = False
    for line in child.stdout.splitlines():
        passed = line.startswith("ok  ")
        if passed or line.startswith("FAIL"):
            name, _, detail = line[6:].partition(": ")
            test.record(Outcome(name, passed, detail))
            reported = True
    if child.returncode != 0 and (not reported or test.failed == 0):
        last = (child.stderr.strip().splitlines() or ["no message"])[-1]
        test.record(Outcome("app exits cleanly", False, f"exit status {child.returncode}: {last}"))
