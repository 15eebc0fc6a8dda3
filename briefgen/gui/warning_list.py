"""A list widget showing a brief's warnings in the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from briefgen.core.brief.notices import BriefWarning
from briefgen.gui.value_names import warning_text


class WarningList(QListWidget):
    """Show warnings, one per line with a warning icon, or that there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Warnings about the brief"))
        self.setWordWrap(True)

    def show_warnings(self, warnings: Sequence[BriefWarning]) -> None:
        """Replace the list with ``warnings``."""
        self.clear()
        if not warnings:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.addItem(QListWidgetItem(icon, self.tr("No warnings: the brief is ready to send.")))
            return
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for warning in warnings:
            self.addItem(QListWidgetItem(icon, warning_text(warning)))
