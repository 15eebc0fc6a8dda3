"""The main window: menus, the brief wizard, and the library's load state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from briefgen.gui.library_state import LibraryState
from briefgen.gui.pages.base import PageContext
from briefgen.gui.prompts import Prompter
from briefgen.gui.session import Session
from briefgen.gui.settings import Settings
from briefgen.gui.wizard import BriefWizard, PageId

if TYPE_CHECKING:  # the start-up path does not need these classes built
    from PySide6.QtGui import QCloseEvent, QPaintEvent


def _set_shortcut(action: QAction, key: QKeySequence.StandardKey | str) -> None:
    """Give ``action`` the shortcut ``key``: a standard key (its first binding) or text ("Ctrl+E").

    This is what ``action.setShortcut(key)`` does; PySide6 resolves that call
    by building Qt's namespace (about 15 ms), which the first window avoids.
    """
    if isinstance(key, str):
        sequence = QKeySequence.fromString(key, QKeySequence.SequenceFormat.NativeText)
    else:
        sequence = QKeySequence(key)
    action.setShortcuts([sequence])


class MainWindow(QMainWindow):
    """Hold the wizard and the menus; ask before losing unsaved work."""

    def __init__(
        self,
        library: LibraryState,
        settings: Settings,
        language: str,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the window over ``library``; questions go through ``prompter``."""
        super().__init__(parent)
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.settings = settings
        self.library = library
        self.prompter = prompter or Prompter(self)
        if self.prompter.parent is None:
            self.prompter.parent = self
        self.session = Session(settings, self.prompter, self)
        self.context = PageContext(self.session, library, self.prompter, settings, language)
        self.wizard = BriefWizard(self.context, self)
        self.setCentralWidget(self.wizard)
        self.library_status = QLabel(self.tr("Loading the fact library…"))
        self.statusBar().addPermanentWidget(self.library_status)
        self._build_menus()
        self.session.fileChanged.connect(self._update_title)
        self.session.dirtyChanged.connect(lambda _: self._update_title())
        self.session.briefChanged.connect(self._update_title)
        self.wizard.start_page.openRequested.connect(self.open_brief)
        self.wizard.start_page.recentRequested.connect(self.open_path)
        self.wizard.start_page.briefReady.connect(self.wizard.show_brief)
        library.loaded.connect(self._library_loaded)
        library.failed.connect(self._library_failed)
        self.resize(1280, 800)
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()

    def start_after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` right after the window's first paint (at once if it has painted)."""
        if self._painted:
            work()
        else:
            self._after_paint.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and start what waited for the first frame to be on screen."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            for work in self._after_paint:
                QTimer.singleShot(0, work)
            self._after_paint.clear()

    def _build_menus(self) -> None:
        # Long, and kept whole: the menus are built top to bottom, as they show.
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New"), self.new_brief, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu, self.tr("&Open…"), self.open_brief, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(
            file_menu, self.tr("&Save"), self.session.save, QKeySequence.StandardKey.Save
        )
        self.save_as_action = self._action(
            file_menu, self.tr("Save &As…"), self.session.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.export_action = self._action(
            file_menu,
            self.tr("&Export…"),
            lambda: self.wizard.go_to(PageId.EXPORT),
            "Ctrl+E",
        )
        file_menu.addSeparator()
        quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        _set_shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        _set_shortcut(self.redo_action, QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("Interface &Language"))
        group = QActionGroup(self)
        chosen = self.settings.ui_language_choice()
        for code, label in (("", self.tr("System default")), ("en", "English"), ("ja", "日本語")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        from briefgen.gui.manager.wizard_link import LibraryLink

        self.library_link = LibraryLink(self, file_menu, quit_action)
        self.wizard.showInManager.connect(self.show_in_manager)  # builds no page
        help_menu = bar.addMenu(self.tr("&Help"))
        self.manual_action = self._action(
            help_menu,
            self.tr("briefgen &Manual"),
            self.show_manual,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, self.tr("&About briefgen"), self._about)
        self._update_actions()
        self.session.briefChanged.connect(self._update_actions)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            _set_shortcut(action, shortcut)
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    def _update_actions(self) -> None:
        has_brief = self.session.brief is not None
        for action in (self.save_action, self.save_as_action, self.export_action):
            action.setEnabled(has_brief)

    def _update_title(self) -> None:
        if self.session.brief is None:
            self.setWindowTitle("briefgen")
            return
        self.setWindowTitle(f"{self.session.title()}[*] — briefgen")
        self.setWindowModified(self.session.is_dirty)

    def _library_loaded(self) -> None:
        from briefgen.gui.problem_labels import problem_text, store_warning_text

        library = self.library.library
        errors = len(library.errors) + len(self.library.template_problems)
        store_warnings = self.library.store_warnings
        warnings = len(library.warnings) + len(store_warnings)
        count = len(library.facts)
        text = (self.tr("1 fact loaded") if count == 1 else self.tr("{count} facts loaded")).format(
            count=count
        )
        if errors:
            text += " · " + (
                self.tr("1 entry with errors left out")
                if errors == 1
                else self.tr("{count} entries with errors left out")
            ).format(count=errors)
        if warnings:
            text += " · " + (
                self.tr("1 warning") if warnings == 1 else self.tr("{count} warnings")
            ).format(count=warnings)
        if errors or warnings:
            details = [
                *(store_warning_text(w) for w in store_warnings),
                *(problem_text(p) for p in self.library.template_problems),
                *(problem_text(p) for p in library.problems[:50]),
            ]
            self.library_status.setToolTip("\n".join(details))
        self.library_status.setText(text)

    def _library_failed(self, message: str) -> None:
        self.library_status.setText(self.tr("The fact library could not be loaded"))
        self.prompter.show_error(self.tr("Cannot load the fact library"), message)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent briefs"))
            empty.setEnabled(False)
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    def new_brief(self) -> None:
        """Go back to the start page to pick a template."""
        self.wizard.restart()

    def open_brief(self) -> None:
        """Ask for a brief file and open it."""
        recent = self.settings.recent_files()
        path = self.prompter.choose_brief_to_open(recent[0].parent if recent else None)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open the brief at ``path`` (after saving or discarding the current one)."""
        if not self.session.confirm_close():
            return False
        library = self.library.library if self.library.is_loaded else None
        if not self.session.open(path, library):
            return False
        self.wizard.show_brief()
        return True

    def _choose_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.settings.set_ui_language_choice(code)
        QMessageBox.information(
            self,
            self.tr("Interface language"),
            self.tr("The new interface language applies after you restart briefgen."),
        )

    def show_in_manager(self, fact_id: str) -> None:
        """Open the library manager on the fact ``fact_id`` (from the facts list's menu)."""
        self.library_link.open_manager().select_fact(fact_id)

    def show_manual(self) -> None:
        """Open the manual in the interface language (F1)."""
        from briefgen.gui.manual_dialog import ManualDialog

        self.manual = ManualDialog(self.context.language, self)
        self.manual.show()

    def _about(self) -> None:
        from briefgen.gui.about_dialog import AboutDialog

        library = self.library.library if self.library.is_loaded else None
        AboutDialog(library, self.context.language, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes; remember the window's geometry."""
        if not self.session.confirm_close():
            event.ignore()
            return
        self.session.close()
        self.session.release_autosave_lock()
        self.settings.set_window_geometry(self.saveGeometry())
        event.accept()
