"""Every question the app asks the user in a dialog, behind one object.

Pages and the session ask through a :class:`Prompter` they are given, so tests
pass a scripted one and no modal dialog ever waits for a click unattended. The
dialog classes are imported where they are used: PySide6 builds each class on
first use, and the first window needs none of them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from briefgen.core.brief.file import FactChange
    from briefgen.core.library.model import Bilingual


class UnsavedChoice(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ConflictChoice(Enum):
    """What to do when the file changed on disk since it was opened."""

    OVERWRITE = "overwrite"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


class Prompter:
    """Ask the user with standard dialogs, parented to one window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Parent every dialog to ``parent``."""
        self.parent = parent

    def ask_unsaved_changes(self, title: str) -> UnsavedChoice:
        """Ask whether to save the brief ``title`` before it is closed."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate("Prompter", "Save the changes to “{title}”?").format(
                title=title
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Prompter", "Your changes will be lost if you don't save them."
            )
        )
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def ask_conflict(self, path: Path) -> ConflictChoice:
        """Ask what to do because ``path`` changed on disk since it was opened."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "File changed on disk"))
        box.setText(
            QCoreApplication.translate(
                "Prompter", "“{name}” was changed by someone else since you opened it."
            ).format(name=path.name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Prompter", "Replace their version with yours, or save yours elsewhere?"
            )
        )
        overwrite = box.addButton(
            QCoreApplication.translate("Prompter", "&Replace"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        save_as = box.addButton(
            QCoreApplication.translate("Prompter", "Save &As…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return ConflictChoice.OVERWRITE
        if clicked is save_as:
            return ConflictChoice.SAVE_AS
        return ConflictChoice.CANCEL

    def ask_update(self, changes: list[FactChange]) -> bool:
        """Ask whether to bring a reopened brief up to date with the library's changes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "Library changed"))
        box.setText(
            QCoreApplication.translate(
                "Prompter",
                "{count} fact(s) in this brief changed in the library since it was saved.",
            ).format(count=len(changes))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Prompter",
                "Update the brief? Changed facts take the library's text, superseded facts "
                "are replaced by their successors, and removed facts are dropped.",
            )
        )
        box.setDetailedText("\n".join(f"{c.fact_id}: {c.kind.value}" for c in changes))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_recover_discard(self) -> bool:
        """Ask to confirm throwing away an autosaved brief."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Prompter", "Discard recovered brief"),
            QCoreApplication.translate(
                "Prompter", "Delete the autosaved brief? This cannot be undone."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_replace_files(self, paths: list[Path]) -> bool:
        """Ask before an export replaces files that already exist."""
        from PySide6.QtWidgets import QMessageBox

        names = "\n".join(str(path) for path in paths)
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Prompter", "Replace files"),
            QCoreApplication.translate(
                "Prompter", "These files already exist and will be replaced:\n{names}"
            ).format(names=names),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_replace_read_only(self, paths: list[Path]) -> bool:
        """Ask before an export replaces files that are read-only (the answer defaults to No)."""
        from PySide6.QtWidgets import QMessageBox

        names = "\n".join(str(path) for path in paths)
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Prompter", "Replace read-only files"),
            QCoreApplication.translate(
                "Prompter",
                "These files are read-only, perhaps to keep them from being changed:\n{names}\n\n"
                "Replace them anyway?",
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, message: str) -> None:
        """Tell the user something failed, in plain words."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.parent, title, message)

    def choose_brief_to_open(self, folder: Path | None) -> Path | None:
        """Return the brief file the user picks to open, or None."""
        from PySide6.QtWidgets import QFileDialog

        dialog = file_dialog(
            self.parent,
            QCoreApplication.translate("Prompter", "Open Brief"),
            folder or Path.home(),
            QCoreApplication.translate("Prompter", "Briefs (*.brief);;All files (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def choose_brief_save_path(self, suggested: Path) -> Path | None:
        """Return where the user wants to save the brief (a name ending in .brief), or None."""
        chosen = self._save_dialog(
            QCoreApplication.translate("Prompter", "Save Brief As"),
            suggested,
            QCoreApplication.translate("Prompter", "Briefs (*.brief)"),
            "brief",
        )
        if chosen is None or chosen.suffix.lower() == ".brief":
            return chosen
        # The dialog adds .brief only to a name without a dot ("Week 48 v1.2" keeps
        # its ".2"), and asked about replacing the name as typed, not this one.
        chosen = chosen.with_name(chosen.name + ".brief")
        if chosen.exists() and not self.ask_replace_files([chosen]):
            return None
        return chosen

    def _save_dialog(
        self, title: str, suggested: Path, file_filter: str, suffix: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = save_dialog(self.parent, title, suggested, file_filter, suffix)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def choose_export_path(self, suggested: Path, file_filter: str) -> Path | None:
        """Return where the user wants to export, or None."""
        return self._save_dialog(
            QCoreApplication.translate("Prompter", "Export To"),
            suggested,
            file_filter,
            suggested.suffix.lstrip(".") or "pdf",
        )

    def edit_reword(self, library_text: Bilingual, current: Bilingual | None) -> Bilingual | None:
        """Return a fact's new wording (empty: the library's), or None if cancelled."""
        from briefgen.gui.text_dialog import BilingualTextDialog

        dialog = BilingualTextDialog(
            QCoreApplication.translate("Prompter", "Reword Fact for This Brief"),
            QCoreApplication.translate(
                "Prompter",
                "The new wording is used in this brief only; the library is not changed. "
                "Leave both boxes empty to use the library's text.",
            ),
            current or library_text,
            reference=library_text,
            parent=self.parent,
        )
        return dialog.run()

    def edit_note(self, current: Bilingual | None) -> Bilingual | None:
        """Return the text of an analyst note, or None if cancelled."""
        from briefgen.core.library.model import Bilingual
        from briefgen.gui.text_dialog import BilingualTextDialog

        dialog = BilingualTextDialog(
            QCoreApplication.translate("Prompter", "Analyst Note"),
            QCoreApplication.translate("Prompter", "Write the note in one or both languages."),
            current or Bilingual(),
            parent=self.parent,
        )
        return dialog.run()


def file_dialog(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> QFileDialog:
    """Return Qt's own file dialog, so that it speaks the interface language.

    A platform's dialog follows the desktop's language, not briefgen's, and
    cannot be translated: Qt's own is, by Qt's translations (qtbase). Its
    sidebar is made wide enough for its longest place name in that language
    ("コンピュータ" was cut to "コンピ…").
    """
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QTreeView

    dialog = QFileDialog(parent, title, str(folder), file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # sizes, kinds and dates in full, not "266…KiB"
        details.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        details.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is not None:
        model = sidebar.model()
        metrics = sidebar.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(str(model.index(row, 0).data()))
                for row in range(model.rowCount())
            ),
            default=0,
        )
        sidebar.setMinimumWidth(
            widest + sidebar.iconSize().width() + 4 * metrics.averageCharWidth()
        )
    return dialog


def save_dialog(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str, suffix: str
) -> QFileDialog:
    """Return the dialog that asks where to save, ``suggested`` filled in."""
    from PySide6.QtWidgets import QFileDialog

    # The dialog adds the suffix itself, so its "replace the file?" question
    # is about the file that will really be written.
    dialog = file_dialog(parent, title, suggested.parent, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(str(suggested))
    return dialog
