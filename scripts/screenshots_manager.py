"""Grab the library manager (lists, editors, review, import preview) in English and Japanese.

Run under a virtual display:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_manager.py
The manager works on a temporary copy of the bundled library and saves
nothing; the grabs go to docs/screenshots/<lang>-manager-<n>-<view>.png.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "ja")
sys.path.insert(0, str(ROOT / "scripts"))


def references(library_sources: list[dict[str, str]]) -> list[dict[str, object]]:
    """Return CSL-JSON: two sources the library has (duplicates) and one it lacks."""
    found: list[dict[str, object]] = [
        {"id": s["id"], "type": "webpage", "title": s["title"], "URL": s["url"]}
        for s in library_sources[:2]
    ]
    found.append(
        {
            "id": "eu-ai-act",
            "type": "legislation",
            "title": "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
            "container-title": "Official Journal of the European Union",
            "publisher": "European Union",
            "URL": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
            "issued": {"date-parts": [[2024, 7, 12]]},
            "language": "en",
        }
    )
    return found


def capture(language: str, library: Path, work: Path) -> list[Path]:
    """Open the manager in ``language`` on ``library`` and grab each view."""
    sys.path.insert(0, str(ROOT))
    from screenshots import settle  # the wizard's script: same waiting

    from briefgen.gui.app import (
        create_application,
        install_translators,
        register_fonts,
        set_interface_font,
    )
    from briefgen.gui.manager.window import ManagerWindow
    from briefgen.gui.settings import Settings

    app = create_application([])
    register_fonts()
    set_interface_font(app, language)
    translators = install_translators(app, language)
    window = ManagerWindow(library, Settings(), language)
    window.setProperty("translators", len(translators))
    assert window.open_library()
    window.resize(1280, 800)
    window.move(40, 40)
    window.show()
    written: list[Path] = []

    def grab(widget: object, number: int, view: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        settle()
        target = OUT / f"{language}-manager-{number}-{view}.png"
        widget.grab().save(str(target))
        written.append(target)

    window.fact_search.setText("本部" if language == "ja" else "Headquarters")
    window.fact_table.selectRow(0)
    grab(window, 1, "facts")

    window.fact_search.clear()
    fact = next(f for f in window.session.library.facts.values() if f.review_by and f.date)
    window.select_fact(fact.id)
    editor = window.edit_fact()
    assert editor is not None
    editor.editor.review_by.edit.setDate(editor.editor.as_of.date().addDays(-30))
    editor.editor.date.setText(f"{fact.date.year}-13" if fact.date else "2025-13")
    grab(editor, 2, "fact-editor")
    editor.reject()

    source = next(s for s in window.session.library.sources.values() if s.accessed and s.url)
    window.select_source(source.id)
    source_dialog = window.edit_source()
    assert source_dialog is not None
    grab(source_dialog, 3, "source-editor")
    source_dialog.reject()

    window.tabs.setCurrentWidget(window.review)
    grab(window, 4, "review")

    sources = [
        {"id": s.id, "title": s.title, "url": s.url}
        for s in window.session.library.sources.values()
        if s.url
    ]
    refs = work / "references.json"
    refs.write_text(json.dumps(references(sources), ensure_ascii=False), encoding="utf-8")
    preview = window.import_references(refs)
    assert preview is not None
    grab(preview, 5, "import")
    preview.reject()
    window.close()
    return written


def main(argv: list[str]) -> int:
    """Capture one language (``--lang xx DIR``) or start one process per language."""
    OUT.mkdir(parents=True, exist_ok=True)
    if len(argv) == 3 and argv[0] == "--lang":
        work = Path(argv[2])
        for path in capture(argv[1], work / "library", work):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="briefgen-shots-") as folder:
            shutil.copytree(ROOT / "resources" / "library", Path(folder) / "library")
            env = {
                **os.environ,
                "BRIEFGEN_UI_LANG": language,
                "BRIEFGEN_DATA_DIR": str(Path(folder) / "data"),
                "BRIEFGEN_CACHE_DIR": str(Path(folder) / "cache"),
            }
            command = [sys.executable, __file__, "--lang", language, folder]
            subprocess.run(command, check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
