"""The modal questions of the library manager, behind :class:`ManagerPrompter`.

Kept apart so that tests, which answer through a scripted prompter, never open
a dialog that waits for a click.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from briefgen.gui.manager.library_session import ConflictAnswer


def _parent(parent: Any) -> QWidget | None:
    return parent if isinstance(parent, QWidget) else None


def ask_conflict(parent: Any, path: str) -> ConflictAnswer:
    """Ask what to do because ``path`` changed on disk since the library was read."""
    box = QMessageBox(_parent(parent))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ManagerDialogs", "Changed on disk"))
    box.setText(
        QCoreApplication.translate(
            "ManagerDialogs",
            "{path} changed on disk since the library was read (another copy of briefgen, "
            "a git pull).",
        ).format(path=path)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ManagerDialogs",
            "Save your change over the new version (the other changes to the file are kept), "
            "or read the new version and drop your change?",
        )
    )
    again = box.addButton(
        QCoreApplication.translate("ManagerDialogs", "Save my change"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    drop = box.addButton(
        QCoreApplication.translate("ManagerDialogs", "Drop my change"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(again)
    box.exec()
    if box.clickedButton() is again:
        return ConflictAnswer.APPLY_AGAIN
    if box.clickedButton() is drop:
        return ConflictAnswer.DISCARD_MINE
    return ConflictAnswer.CANCEL


def show_error(parent: Any, title: str, message: str) -> None:
    """Show an error the curator must read."""
    QMessageBox.warning(_parent(parent), title, message)


def choose_import_file(parent: Any, folder: Path | None) -> Path | None:
    """Ask for a CSL-JSON or BibTeX file to import."""
    name, _ = QFileDialog.getOpenFileName(
        _parent(parent),
        QCoreApplication.translate("ManagerDialogs", "Import references"),
        str(folder or Path.home()),
        QCoreApplication.translate(
            "ManagerDialogs", "References (*.json *.bib);;CSL-JSON (*.json);;BibTeX (*.bib)"
        ),
    )
    return Path(name) if name else None


def choose_library_folder(parent: Any, current: Path | None) -> Path | None:
    """Ask for a library folder (one holding library.yaml)."""
    name = QFileDialog.getExistingDirectory(
        _parent(parent),
        QCoreApplication.translate("ManagerDialogs", "Open library"),
        str(current or Path.home()),
    )
    return Path(name) if name else None


def ask_reviewer_name(parent: Any) -> str | None:
    """Ask the curator's name, recorded by "Mark reviewed" (None: cancelled)."""
    name, ok = QInputDialog.getText(
        _parent(parent),
        QCoreApplication.translate("ManagerDialogs", "Your name"),
        QCoreApplication.translate(
            "ManagerDialogs", "The name recorded as the reviewer of the entries you mark reviewed:"
        ),
    )
    return name.strip() if ok and name.strip() else None


def ask_recover_draft(parent: Any, description: str) -> bool:
    """Ask whether to reopen an unsaved edit kept from a session that ended early."""
    answer = QMessageBox.question(
        _parent(parent),
        QCoreApplication.translate("ManagerDialogs", "Recover unsaved edit"),
        QCoreApplication.translate(
            "ManagerDialogs",
            "briefgen closed before this edit was saved: {description}. Open it again?",
        ).format(description=description),
    )
    return answer == QMessageBox.StandardButton.Yes
