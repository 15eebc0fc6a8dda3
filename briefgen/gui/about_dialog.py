"""The About dialog (version, library, platform) and the Licences view it opens."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefgen._version import __version__
from briefgen.core.composition.datefmt import format_day
from briefgen.core.library.assembly import Library
from briefgen.core.system import paths
from briefgen.licences import Component, shipped_components


class AboutDialog(QDialog):
    """Say which briefgen this is, on which library, and offer the licences."""

    def __init__(
        self, library: Library | None, language: str, parent: QWidget | None = None
    ) -> None:
        """Describe this copy of briefgen and ``library`` (None while it loads)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About briefgen"))
        self.setAccessibleName(self.tr("About briefgen"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(paths.resources_dir() / "icons" / "briefgen-128.png"))
        icon.setPixmap(pixmap.scaled(96, 96))
        icon.setAccessibleName(self.tr("briefgen icon"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(self._summary_html(library, language))
        self.summary.setWordWrap(True)
        # A wrapped label asks for its height at its minimum width: give it one,
        # or the last paragraph is cut off.
        self.summary.setMinimumWidth(440)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("About this copy of briefgen"))
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = buttons.addButton(
            self.tr("&Licences…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.licences_button.setAccessibleName(self.tr("Show the licences"))
        self.licences_button.clicked.connect(self.show_licences)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumHeight(self.sizeHint().height())

    def _summary_html(self, library: Library | None, language: str) -> str:
        parts = [
            f"<h2>briefgen {__version__}</h2>",
            "<p>"
            + self.tr(
                "Sourced, bilingual policy briefs on Japan's AI Strategy Headquarters, exported "
                "to Word and PDF."
            )
            + "</p>",
        ]
        if library is None:
            parts.append("<p>" + self.tr("The fact library is still loading.") + "</p>")
        else:
            info = library.info
            name = info.name.ja if language == "ja" and info.name.ja else info.name.en
            as_of = format_day(info.as_of, language) if info.as_of else self.tr("not stated")
            parts.append(
                "<p>"
                + self.tr(
                    "Fact library: <b>{name}</b><br>Version {version}, as of {as_of}; "
                    "{facts} facts, {sources} sources"
                ).format(
                    name=_escape(name),
                    version=_escape(info.version),
                    as_of=as_of,
                    facts=len(library.facts),
                    sources=len(library.sources),
                )
                + "</p>"
            )
        parts.append(
            "<p>"
            + self.tr("Qt {qt}, Python {python}, {system}").format(
                qt=qVersion(), python=platform.python_version(), system=platform.system()
            )
            + "</p>"
        )
        parts.append(
            "<p>"
            + self.tr(
                "briefgen includes third-party software, among it Qt, used under the GNU "
                "LGPL v3 as separate, replaceable shared libraries. The Licences view lists "
                "every component with its licence and where to get Qt's source."
            )
            + "</p>"
        )
        return "".join(parts)

    def show_licences(self) -> None:
        """Open the Licences view."""
        LicencesDialog(shipped_components(), self).exec()


class LicencesDialog(QDialog):
    """List each bundled component; show the selected one's licence text."""

    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        """Show ``components``, the first one selected."""
        super().__init__(parent)
        self.components = components
        self.setWindowTitle(self.tr("Licences"))
        self.setAccessibleName(self.tr("Licences"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("briefgen is built on the components below. Select one to read its licence.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Components"))
        for component in components:
            label = component.name + (f" {component.version}" if component.version else "")
            self.list.addItem(label)
            self.list.item(self.list.count() - 1).setToolTip(component.licence)
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note.setOpenExternalLinks(True)
        right_layout.addWidget(self.note)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        right_layout.addWidget(self.text, 1)
        splitter.addWidget(right)
        splitter.setSizes([330, 570])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if components:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        lines = [f"<b>{_escape(component.name)}</b> {_escape(component.version)}"]
        lines.append(self.tr("Licence: {licence}").format(licence=_escape(component.licence)))
        if component.website:
            url = _escape(component.website)
            lines.append(f'<a href="{url}">{url}</a>')
        if component.note:
            lines.append(_escape(component.note))
        self.note.setText("<br>".join(lines))
        self.text.setPlainText(component.text or self.tr("(no licence text was shipped)"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
