"""The wizard's way into the library: Library menu, toolbar button, another library, refresh.

The main window calls :func:`install_library_menu` once; the rest lives here,
so the wizard's own modules stay small. After the manager saves, the wizard
reads the library again: the facts page refreshes, and a brief that uses an
edited fact offers the update it offers when it is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

if TYPE_CHECKING:  # the first window is shown before the manager's modules are needed
    from briefgen.gui.main_window import MainWindow
    from briefgen.gui.manager.library_session import ManagerPrompter
    from briefgen.gui.manager.window import ManagerWindow


class LibraryLink(QObject):
    """Open the manager and other libraries from the wizard, and refresh it after saves."""

    def __init__(
        self,
        window: MainWindow,
        file_menu: QMenu,
        before: QAction,
        prompter: ManagerPrompter | None = None,
    ) -> None:
        """Add the Library menu, the toolbar button, and File menu items before ``before``."""
        super().__init__(window)
        self.window = window
        self._prompter = prompter
        self.manager: ManagerWindow | None = None
        self._offer_update = False
        menu = window.menuBar().addMenu(QCoreApplication.translate("LibraryMenu", "&Library"))
        self.manage_action = QAction(
            QCoreApplication.translate("LibraryMenu", "&Manage library…"), window
        )
        self.manage_action.setShortcuts([QKeySequence.fromString("Ctrl+L")])
        self.manage_action.setToolTip(
            QCoreApplication.translate(
                "LibraryMenu", "Add, edit and review the facts and sources of the library"
            )
        )
        self.open_action = QAction(
            QCoreApplication.translate("LibraryMenu", "&Open library…"), window
        )
        self.import_action = QAction(
            QCoreApplication.translate("LibraryMenu", "&Import references…"), window
        )
        for action in (self.manage_action, self.open_action, self.import_action):
            menu.addAction(action)
        file_menu.insertActions(before, [self.open_action, self.import_action])
        file_menu.insertSeparator(before)
        self.manage_action.triggered.connect(lambda _=False: self.open_manager())
        self.open_action.triggered.connect(lambda _=False: self.open_other_library())
        self.import_action.triggered.connect(lambda _=False: self.import_references())
        toolbar = window.addToolBar(QCoreApplication.translate("LibraryMenu", "Library"))
        toolbar.setObjectName("library-toolbar")
        toolbar.setAccessibleName(QCoreApplication.translate("LibraryMenu", "Library"))
        toolbar.addAction(self.manage_action)
        self.library_label = QLabel()
        self.library_label.setAccessibleName(
            QCoreApplication.translate("LibraryMenu", "Library in use")
        )
        window.statusBar().addPermanentWidget(self.library_label)
        window.library.loaded.connect(self._library_loaded)

    @property
    def prompter(self) -> ManagerPrompter:
        """Return what asks the curator's questions (made on first use)."""
        if self._prompter is None:
            from briefgen.gui.manager.library_session import ManagerPrompter

            self._prompter = ManagerPrompter(self.window)
        return self._prompter

    @prompter.setter
    def prompter(self, prompter: ManagerPrompter) -> None:
        self._prompter = prompter

    def open_manager(self) -> ManagerWindow:
        """Show the library manager over the wizard's library (one window, raised if open)."""
        from PySide6.QtCore import Qt

        from briefgen.gui.manager.window import ManagerWindow

        if self.manager is not None and self.manager.isVisible():
            self.manager.raise_()
            self.manager.activateWindow()
            return self.manager
        window = self.window
        # A window of its own, owned by the wizard's: it closes when the app does.
        self.manager = ManagerWindow(
            window.library.root,
            window.settings,
            window.context.language,
            self.prompter,
            parent=window,
        )
        self.manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.manager.destroyed.connect(self._manager_gone)
        self.manager.saved.connect(self.reload_library)
        self.manager.open_library()
        self.manager.show()
        return self.manager

    def _manager_gone(self) -> None:
        self.manager = None

    def import_references(self) -> bool:
        """Open the manager and preview importing a file of references into the library."""
        return self.open_manager().import_references() is not None

    def open_other_library(self) -> bool:
        """Ask for another library folder, open it in the wizard and remember it."""
        folder = self.prompter.choose_library_folder(self.window.library.root)
        if folder is None:
            return False
        if not (folder / "library.yaml").is_file():
            self.prompter.show_error(
                QCoreApplication.translate("LibraryMenu", "Not a library"),
                QCoreApplication.translate(
                    "LibraryMenu", "{folder} has no library.yaml: it is not a briefgen library."
                ).format(folder=folder),
            )
            return False
        self.window.settings.set_library_folder(folder)
        self.window.library.root = folder
        self.window.library.load()
        return True

    def reload_library(self) -> None:
        """Read the library again (after a save in the manager); then offer the brief an update."""
        self._offer_update = True
        self.window.library.load()

    def _library_loaded(self) -> None:
        state = self.window.library
        info = state.library.info
        self.library_label.setText(
            QCoreApplication.translate("LibraryMenu", "{name}, version {version}").format(
                name=info.name.get_or_other(self.window.context.language), version=info.version
            )
        )
        self.library_label.setToolTip(str(state.root))
        if not self._offer_update:
            return
        self._offer_update = False
        from briefgen.core.brief.file import review_brief, update_brief

        session, library = self.window.session, self.window.library.library
        brief = session.brief
        if brief is None:
            return
        changes = review_brief(brief, library)
        if changes and self.window.prompter.ask_update(changes):
            session.edit(
                lambda b: update_brief(b, library),
                QCoreApplication.translate("Session", "Update from library"),
            )
