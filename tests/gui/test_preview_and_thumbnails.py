"""The preview follows the brief and drops renders a newer one overtook; thumbnails are cached."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from briefgen.core.library.model import Bilingual
from briefgen.core.library.store import load_library
from briefgen.core.system import paths
from briefgen.core.templates.catalog import find_template
from briefgen.gui.jobs import wait_for_background_jobs
from briefgen.gui.pages.preview_page import PreviewPage
from briefgen.gui.thumbnails import render_thumbnail, thumbnail_path
from briefgen.gui.wizard import PageId
from tests.conftest import LibraryFactory
from tests.gui.conftest import WindowFactory
from tests.gui.test_wizard_flow import start_policy_brief


def _open_preview(make_window: WindowFactory, qtbot: QtBot) -> tuple[PreviewPage, object]:
    window = make_window()
    start_policy_brief(window)
    window.wizard.go_to(PageId.PREVIEW)
    preview = window.wizard.preview_page
    qtbot.waitUntil(lambda: preview.is_current, timeout=20_000)
    return preview, window


def _first_page_text(preview: PreviewPage) -> str:
    return " ".join(preview.document.getAllText(0).text().split())


def test_the_preview_shows_an_edit_made_while_it_is_open(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    preview, window = _open_preview(make_window, qtbot)
    assert "Zebra crossing memo" not in _first_page_text(preview)
    session = window.session  # type: ignore[attr-defined]
    session.edit(lambda b: replace(b, title=Bilingual("Zebra crossing memo", "")), "Retitle")
    qtbot.waitUntil(lambda: "Zebra crossing memo" in _first_page_text(preview), timeout=20_000)
    assert preview.is_current


def test_a_render_overtaken_by_a_newer_one_is_dropped(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    preview, _ = _open_preview(make_window, qtbot)
    folder = Path(preview._folder.name)
    preview.refresh()
    preview.refresh()  # before the first has finished: the first is stale
    latest = preview._generation
    wait_for_background_jobs()
    qtbot.waitUntil(lambda: preview.is_current, timeout=20_000)
    assert preview._loaded_generation == latest
    assert sorted(p.name for p in folder.glob("preview-*.pdf")) == [f"preview-{latest}.pdf"]


def test_a_thumbnail_is_rendered_once_and_replaced_when_the_library_changes(
    make_window: WindowFactory, make_library: LibraryFactory
) -> None:
    library = make_window().library.library
    wait_for_background_jobs()  # the start page's own thumbnails, before these
    template = find_template("chronology")
    first = render_thumbnail(template, library, "en", QSize(60, 80))
    assert first == thumbnail_path(template, library, "en") and first.stat().st_size > 0
    stamp = first.stat().st_mtime_ns
    assert render_thumbnail(template, library, "en", QSize(60, 80)).stat().st_mtime_ns == stamp
    changed = load_library(make_library())
    second = render_thumbnail(template, changed, "en", QSize(60, 80))
    assert second != first
    folder = paths.cache_dir() / "thumbnails"
    assert [p.name for p in folder.glob("chronology-en-*.png")] == [second.name]
