"""Drive the app through every wizard step in English and Japanese and save window grabs.

Run under a virtual display:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py
Each language runs in its own process (translators are installed at start-up);
the grabs go to docs/screenshots/<lang>-<n>-<step>.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "ja")
WINDOW_SIZE = (1280, 800)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process events until ``condition`` holds; fail after ``timeout`` seconds."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    """Let the window repaint for a moment."""
    deadline = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > deadline)


def capture(language: str) -> list[Path]:
    """Run the app in ``language`` through every step; return the images written."""
    sys.path.insert(0, str(ROOT))
    from briefgen.gui.app import create_application, open_main_window
    from briefgen.gui.jobs import wait_for_background_jobs
    from briefgen.gui.settings import Settings
    from briefgen.gui.wizard import PageId

    app = create_application([])
    window = open_main_window(app, Settings())
    window.resize(*WINDOW_SIZE)
    window.move(40, 40)
    wait_until(lambda: window.library.is_loaded)
    wizard = window.wizard
    written: list[Path] = []

    def grab(number: int, step: str) -> None:
        settle()
        target = OUT / f"{language}-{number}-{step}.png"
        window.grab().save(str(target))
        written.append(target)

    start = wizard.start_page
    thumbs = start.templates

    def thumbnails_ready() -> bool:
        return all(
            not thumbs.item(r).icon().isNull() and thumbs.item(r).icon().cacheKey() != 0
            for r in range(thumbs.count())
        )

    wait_until(thumbnails_ready)
    settle(2.0)  # thumbnails render in the background
    start.select_template("policy-brief")
    grab(1, "start")

    wizard.next()
    setup = wizard.setup_page
    setup.language_buttons.buttons()[2].click()
    # The policy brief's suggestions are cut to its length for the bilingual mode in the
    # background: let that land before the next edit (which would otherwise win).
    wait_for_background_jobs()
    settle()
    for edit, text in (
        (setup.author_en, "Policy Analysis Unit"),
        (setup.author_ja, "政策分析室"),
        (setup.organisation_en, "Example Institute"),
        (setup.organisation_ja, "例示研究所"),
    ):
        edit.setText(text)
        edit.textEdited.emit(text)
    grab(2, "setup")

    wizard.next()
    facts = wizard.facts_page
    facts.search.setText("本部" if language == "ja" else "headquarters")
    facts.apply_filters()
    facts.table.selectRow(1)
    grab(3, "facts")

    wizard.next()
    arrange = wizard.arrange_page
    first = window.session.brief.sections[0].section_id if window.session.brief else ""
    arrange.select_item(first, 0)
    grab(4, "arrange")

    wizard.next()
    preview = wizard.preview_page
    wait_until(lambda: preview.is_current)
    grab(5, "preview")

    wizard.go_to(PageId.EXPORT)
    export = wizard.export_page
    folder = Path(tempfile.mkdtemp(prefix="briefgen-shots-"))
    export.docx_path.setText(str(folder / "policy-brief.docx"))
    export.pdf_path.setText(str(folder / "policy-brief.pdf"))
    export.export_button.click()
    wait_until(lambda: len(export.exported) == 2)
    grab(6, "export")

    from briefgen.gui.about_dialog import AboutDialog, LicencesDialog
    from briefgen.licences import shipped_components

    about = AboutDialog(window.library.library, language, window)
    about.show()
    settle()
    target = OUT / f"{language}-7-about.png"
    about.grab().save(str(target))
    written.append(target)
    licences = LicencesDialog(shipped_components(), about)
    licences.show()
    rows = [licences.list.item(r).text() for r in range(licences.list.count())]
    licences.list.setCurrentRow(next(r for r, row in enumerate(rows) if row.startswith("Qt ")))
    settle()
    target = OUT / f"{language}-8-licences.png"
    licences.grab().save(str(target))
    written.append(target)
    licences.close()
    about.close()
    written.extend(capture_dialogs(window, language, folder))

    window.session.close()
    window.close()
    return written


def capture_dialogs(window: object, language: str, folder: Path) -> list[Path]:
    """Grab the export file dialog (in ``folder``) and an export error, as the app shows them."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox, QWidget

    from briefgen.core.system.atomic import WriteError, write_atomic
    from briefgen.gui.error_labels import export_error_text
    from briefgen.gui.prompts import save_dialog

    assert isinstance(window, QWidget)
    translate = QCoreApplication.translate
    written: list[Path] = []
    dialog = save_dialog(
        window,
        translate("Prompter", "Export To"),
        folder / "policy-brief.pdf",
        translate("ExportPage", "PDF files (*.pdf)"),
        "pdf",
    )
    dialog.resize(820, 480)
    dialog.show()
    settle(0.8)
    target = OUT / f"{language}-9-file-dialog.png"
    dialog.grab().save(str(target))
    written.append(target)
    dialog.close()
    try:  # a real error: a folder that does not exist
        write_atomic(Path("/nonexistent/dir/policy-brief.docx"), b"")
        message = ""
    except WriteError as error:
        message = export_error_text(error)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("ExportPage", "Export failed"),
        message,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.show()
    settle()
    target = OUT / f"{language}-10-export-error.png"
    box.grab().save(str(target))
    written.append(target)
    box.close()
    return written


def main(argv: list[str]) -> int:
    """Capture one language (``--lang xx``) or start one process per language."""
    OUT.mkdir(parents=True, exist_ok=True)
    if len(argv) == 2 and argv[0] == "--lang":
        for path in capture(argv[1]):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    for language in LANGUAGES:
        # A fresh data and cache folder: no recent files, autosaves or
        # settings of the user's own show up in the screenshots.
        with tempfile.TemporaryDirectory(prefix="briefgen-shots-") as folder:
            env = {
                **os.environ,
                "BRIEFGEN_UI_LANG": language,
                "BRIEFGEN_DATA_DIR": str(Path(folder) / "data"),
                "BRIEFGEN_CACHE_DIR": str(Path(folder) / "cache"),
            }
            subprocess.run([sys.executable, __file__, "--lang", language], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
