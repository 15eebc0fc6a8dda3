"""A dialog to write one text in English and Japanese."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.library.model import Bilingual


class BilingualTextDialog(QDialog):
    """Edit a bilingual text, optionally showing a reference text (the library's)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        text: Bilingual,
        *,
        reference: Bilingual | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Show ``text`` for editing under ``explanation``."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        if reference is not None:
            for label, value in (
                (self.tr("Library (English):"), reference.en),
                (self.tr("Library (Japanese):"), reference.ja),
            ):
                shown = QLabel(value or self.tr("(none)"))
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, shown)
        self.english = QPlainTextEdit(text.en)
        self.english.setAccessibleName(self.tr("English text"))
        self.english.setTabChangesFocus(True)
        self.japanese = QPlainTextEdit(text.ja)
        self.japanese.setAccessibleName(self.tr("Japanese text"))
        self.japanese.setTabChangesFocus(True)
        english_label = QLabel(self.tr("&English:"))
        english_label.setBuddy(self.english)
        japanese_label = QLabel(self.tr("&Japanese:"))
        japanese_label.setBuddy(self.japanese)
        form.addRow(english_label, self.english)
        form.addRow(japanese_label, self.japanese)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> Bilingual:
        """Return the text as edited."""
        return Bilingual(self.english.toPlainText().strip(), self.japanese.toPlainText().strip())

    def run(self) -> Bilingual | None:
        """Show the dialog; return the text, or None if the user cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.value()
