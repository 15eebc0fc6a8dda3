"""The short manual (F1, Help → Manual), bundled in English and Japanese."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefgen.core.system import paths


def manual_path(language: str) -> QUrl:
    """Return the manual in ``language`` ("ja" or anything else for English)."""
    name = "manual.ja.html" if language == "ja" else "manual.en.html"
    return QUrl.fromLocalFile(str(paths.resources_dir() / "manual" / name))


class ManualDialog(QDialog):
    """Show the manual: what each step does, how search reads a query, every shortcut."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        """Show the manual in the interface ``language``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("briefgen Manual"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Manual"))
        self.browser.setSource(manual_path(language))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
