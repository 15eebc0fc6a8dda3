"""Page 1: start a brief from a template, open a saved one, or recover an autosaved one.

This page is built before the window is first shown, so what it needs only
once the library has loaded is imported then: Qt's namespace (naming it
builds 94 enums, about 15 ms), the painting classes for the placeholder
card, HTML escaping and the thumbnail renderer (which brings in Qt PDF).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.brief.autosave import Autosave, find_autosave
from briefgen.gui.jobs import run_in_background
from briefgen.gui.pages.base import BriefPage, PageContext

if TYPE_CHECKING:
    from briefgen.core.templates.model import Template

CONTINUE = "__continue__"
THUMBNAIL_SIZE = QSize(170, 240)
# Qt.ItemDataRole.UserRole, by value, for the reason above (tests/gui/test_start_up.py
# checks it is the same).
USER_ROLE = 0x0100
DESCRIPTION_ROLE = USER_ROLE + 1


def _card(icon: QIcon, name: str, data: str, description: str) -> QListWidgetItem:
    """Return a card for the templates list: ``icon`` with ``name`` centred under it."""
    from PySide6.QtCore import Qt

    item = QListWidgetItem(icon, name)
    item.setData(USER_ROLE, data)
    item.setData(DESCRIPTION_ROLE, description)
    item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    return item


def _placeholder_icon() -> QIcon:
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pixmap = QPixmap(THUMBNAIL_SIZE)
    pixmap.fill(QColor("#f4f4f4"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#c8c8c8"))
    painter.drawRect(0, 0, THUMBNAIL_SIZE.width() - 1, THUMBNAIL_SIZE.height() - 1)
    for n in range(6):
        y = 40 + n * 22
        painter.fillRect(20, y, THUMBNAIL_SIZE.width() - 40 - (n % 3) * 20, 6, QColor("#dddddd"))
    painter.end()
    return QIcon(pixmap)


class StartPage(BriefPage):
    """Offer the templates (with thumbnails), recent briefs, Open… and recovery."""

    openRequested = Signal()  # noqa: N815 (Qt signal naming)
    recentRequested = Signal(Path)  # noqa: N815 (Qt signal naming)
    briefReady = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Build the page; it fills in once the library has loaded."""
        # Long, and kept whole: it builds the page's widgets top to bottom, as they show.
        super().__init__(context, parent)
        self.setTitle(self.tr("Start a brief"))
        self.setSubTitle(self.tr("Pick a template for a new brief, or open one you saved before."))
        self._autosave: Autosave | None = None
        layout = QVBoxLayout(self)

        self.recovery = QFrame()
        self.recovery.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery.setStyleSheet(
            "QFrame { background: #fff4d6; border: 1px solid #e0c170; border-radius: 4px; }"
            "QLabel { border: none; background: transparent; }"
        )
        recovery_row = QHBoxLayout(self.recovery)
        self.recovery_label = QLabel()
        self.recovery_label.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("&Recover"))
        self.recover_button.setAccessibleName(self.tr("Recover the autosaved brief"))
        self.discard_recovery_button = QPushButton(self.tr("D&iscard"))
        self.discard_recovery_button.setAccessibleName(self.tr("Discard the autosaved brief"))
        recovery_row.addWidget(self.recovery_label, 1)
        recovery_row.addWidget(self.recover_button)
        recovery_row.addWidget(self.discard_recovery_button)
        layout.addWidget(self.recovery)

        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        left = QVBoxLayout()
        columns.addLayout(left, 5)
        templates_label = QLabel(self.tr("&Templates"))
        templates_label.setStyleSheet("font-weight: bold;")
        left.addWidget(templates_label)
        # Cards: each template's first page with its name under it; the chosen
        # template's description is shown below the cards.
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.setViewMode(QListView.ViewMode.IconMode)
        self.templates.setFlow(QListView.Flow.LeftToRight)
        self.templates.setWrapping(True)
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setMovement(QListView.Movement.Static)
        self.templates.setIconSize(THUMBNAIL_SIZE)
        self.templates.setGridSize(QSize(THUMBNAIL_SIZE.width() + 48, THUMBNAIL_SIZE.height() + 56))
        self.templates.setWordWrap(True)
        self.templates.setSpacing(8)
        templates_label.setBuddy(self.templates)
        left.addWidget(self.templates, 1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 3)
        left.addWidget(self.description)
        self.status = QLabel(self.tr("Loading the fact library…"))
        self.status.setStyleSheet("color: palette(mid);")
        left.addWidget(self.status)

        right = QVBoxLayout()
        columns.addLayout(right, 2)
        recent_label = QLabel(self.tr("Re&cent briefs"))
        recent_label.setStyleSheet("font-weight: bold;")
        right.addWidget(recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent briefs"))
        recent_label.setBuddy(self.recent)
        right.addWidget(self.recent, 1)
        self.no_recent = QLabel(self.tr("Briefs you save will be listed here."))
        self.no_recent.setWordWrap(True)
        self.no_recent.setStyleSheet("color: palette(mid);")
        right.addWidget(self.no_recent)
        self.open_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("&Open a saved brief…"),
        )
        self.open_button.setAccessibleName(self.tr("Open a saved brief"))
        right.addWidget(self.open_button)

        self._placeholder: QIcon | None = None  # drawn when the templates are first listed
        self.templates.currentItemChanged.connect(lambda *_: self._template_changed())
        self.templates.itemDoubleClicked.connect(lambda _: self._advance())
        self.recent.itemActivated.connect(self._open_recent)
        self.open_button.clicked.connect(self.openRequested)
        self.recover_button.clicked.connect(self.recover)
        self.discard_recovery_button.clicked.connect(self._discard_recovery)
        self.library.loaded.connect(self._fill_templates)
        self.library.failed.connect(self._show_failure)
        self.session.fileChanged.connect(self._fill_recent)
        self._fill_recent()
        self.refresh_recovery()
        if self.library.is_loaded:
            self._fill_templates()

    def _template_changed(self) -> None:
        from PySide6.QtCore import Qt

        item = self.templates.currentItem()
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setText(str(item.data(DESCRIPTION_ROLE) or "") if item else "")
        self.completeChanged.emit()

    def _advance(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def refresh_recovery(self) -> None:
        """Offer the newest autosave left by a session that did not close cleanly."""
        own = self.session.autosave_path
        found = find_autosave()
        self._autosave = found if found is not None and found.path != own else None
        if self._autosave is None:
            self.recovery.hide()
            return
        title = self._autosave.brief.title.get_or_other(self.context.language)
        self.recovery_label.setText(
            self.tr(
                "briefgen did not close properly last time. An autosaved copy of “{title}” "
                "can be recovered."
            ).format(title=title)
        )
        self.recovery.show()

    @property
    def autosave(self) -> Autosave | None:
        """Return the autosave offered for recovery, if any."""
        return self._autosave

    def recover(self) -> None:
        """Continue with the autosaved brief."""
        if self._autosave is None or not self.session.confirm_close():
            return
        self.session.recover(self._autosave)
        self._autosave = None
        self.recovery.hide()
        self.briefReady.emit()

    def _discard_recovery(self) -> None:
        if self._autosave is not None and self.context.prompter.ask_recover_discard():
            self._autosave.delete()
            self.refresh_recovery()

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.context.settings.recent_files():
            item = QListWidgetItem(path.stem)
            item.setToolTip(str(path))
            item.setData(USER_ROLE, str(path))
            self.recent.addItem(item)
        self.no_recent.setVisible(self.recent.count() == 0)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(Path(str(item.data(USER_ROLE))))

    def _show_failure(self, message: str) -> None:
        self.status.setText(
            self.tr("The fact library could not be loaded: {error}").format(error=message)
        )

    def _fill_templates(self) -> None:
        from html import escape

        self.templates.clear()
        if self._placeholder is None:
            self._placeholder = _placeholder_icon()
        language = self.context.language
        for template in self.library.templates:
            name = template.name.get_or_other(language)
            description = template.description.get_or_other(language)
            item = _card(
                self._placeholder,
                name,
                template.template_id,
                f"<b>{escape(name)}</b><br>{escape(description)}",
            )
            item.setToolTip(description)
            self.templates.addItem(item)
            self._request_thumbnail(template, item)
        self._add_continue_item()
        self._select_last_template()
        library = self.library.library
        self.status.setText(
            self.tr("{count} facts in “{name}”.").format(
                count=len(library.facts), name=library.info.name.get_or_other(language)
            )
        )
        self.completeChanged.emit()

    def _add_continue_item(self) -> None:
        from html import escape

        brief = self.brief
        if self.templates.count() and self.templates.item(0).data(USER_ROLE) == CONTINUE:
            self.templates.takeItem(0)
        if brief is None:
            return
        title = brief.title.get_or_other(self.context.language)
        item = _card(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            self.tr("Continue with the current brief"),
            CONTINUE,
            f"<b>{escape(title)}</b>",
        )
        self.templates.insertItem(0, item)

    def _request_thumbnail(self, template: Template, item: QListWidgetItem) -> None:
        # Imported here, on the UI thread, so the Qt PDF classes it uses are
        # created here and not first in the background job.
        from briefgen.gui.thumbnails import render_thumbnail

        library = self.library.library
        list_widget = self.templates

        def show(path: Path) -> None:
            for row in range(list_widget.count()):
                if list_widget.item(row) is item:
                    item.setIcon(QIcon(str(path)))

        language = self.context.language
        run_in_background(
            self,
            lambda: render_thumbnail(template, library, language, THUMBNAIL_SIZE),
            show,
            lambda _: None,
        )

    def initializePage(self) -> None:
        """Refresh the offers each time the user comes back to the start."""
        self._fill_recent()
        if self.library.is_loaded:
            self._add_continue_item()
            self._select_last_template()
        self.templates.setFocus()

    def _select_last_template(self) -> None:
        """Select the current brief to continue, or else the template used last (or the first)."""
        if self.templates.count():
            self.templates.setCurrentRow(0)
        last = self.context.settings.last("template")
        if last and self.brief is None:
            self.select_template(last)

    def nextId(self) -> int:
        """Return the setup page's id, even before the wizard has built it."""
        return 1  # PageId.SETUP; the wizard builds it in validateCurrentPage

    def isComplete(self) -> bool:
        """Return True once the library is loaded and a template (or the brief) is chosen."""
        return self.library.is_loaded and self.templates.currentRow() >= 0

    def selected_template(self) -> Template | None:
        """Return the template chosen, or None for "continue with the current brief"."""
        if self.templates.currentRow() < 0:
            return None
        chosen = self.templates.currentItem().data(USER_ROLE)
        return next((t for t in self.library.templates if t.template_id == chosen), None)

    def select_template(self, template_id: str) -> None:
        """Select the template ``template_id`` in the list."""
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            if item.data(USER_ROLE) == template_id:
                self.templates.setCurrentRow(row)

    def validatePage(self) -> bool:
        """Start a new brief from the chosen template (unless continuing the current one)."""
        template = self.selected_template()
        if template is None:
            return self.brief is not None
        if not self.session.confirm_close():
            return False
        from briefgen.core.brief.model import LanguageMode
        from briefgen.core.templates.model import new_brief

        # A new brief is in the language of the last one, or else the interface's.
        last = self.context.settings.last("language")
        modes = {mode.value: mode for mode in LanguageMode}
        interface = LanguageMode.JAPANESE if self.context.language == "ja" else LanguageMode.ENGLISH
        language = modes.get(last, interface)
        self.context.settings.remember("template", template.template_id)
        self.session.start_unsaved(new_brief(template, self.library.library, language=language))
        return True
