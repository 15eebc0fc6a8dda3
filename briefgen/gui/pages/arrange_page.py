"""Page 4: order the sections' facts, move them between sections, reword, add notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.brief.model import (
    FactItem,
    NoteItem,
    insert_item,
    move_item,
    new_note_id,
    remove_item,
    replace_item,
    reword_fact,
    step_target,
)
from briefgen.gui.models.brief_model import BriefModel
from briefgen.gui.pages.base import BriefPage, PageContext
from briefgen.gui.wrapping_delegate import WrappingDelegate


class ArrangePage(BriefPage):
    """Arrange the brief as a tree of sections and items; every change can be undone."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Build the tree and its buttons."""
        super().__init__(context, parent)
        self.setTitle(self.tr("Arrange the brief"))
        self.setSubTitle(
            self.tr(
                "Drag facts to reorder them or move them to another section; reword or add notes."
            )
        )
        self.model = BriefModel(self.session, self.library, context.language, self)
        layout = QHBoxLayout(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Sections and facts of the brief"))
        self.tree.setHeaderHidden(True)
        self.wrapping = WrappingDelegate(self.tree)  # whole texts, wrapped
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.tree, 1)

        buttons = QVBoxLayout()
        style = self.style()
        self.up_button = self._button(
            self.tr("Move &Up"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), buttons
        )
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button = self._button(
            self.tr("Move Do&wn"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), buttons
        )
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        self.reword_button = self._button(self.tr("&Reword…"), None, buttons)
        self.note_button = self._button(self.tr("Add &Note…"), None, buttons)
        self.edit_note_button = self._button(self.tr("&Edit Note…"), None, buttons)
        self.remove_button = self._button(
            self.tr("Re&move"), style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), buttons
        )
        buttons.addStretch()
        layout.addLayout(buttons)

        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.reword_button.clicked.connect(self.reword_selected)
        self.note_button.clicked.connect(self.add_note)
        self.edit_note_button.clicked.connect(self.edit_selected_note)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.installEventFilter(self)
        self.model.modelReset.connect(self._after_reset)
        self._pending: tuple[str, int] | None = None
        self._update_buttons()

    def _button(self, text: str, icon: object, column: QVBoxLayout) -> QPushButton:
        button = QPushButton(text)
        if icon is not None:
            button.setIcon(icon)  # type: ignore[arg-type]
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        column.addWidget(button)
        return button

    def initializePage(self) -> None:
        """Show the brief expanded."""
        self.tree.expandAll()
        self.tree.setFocus()

    def _after_reset(self) -> None:
        self.tree.expandAll()
        if self._pending is not None:
            index = self.model.item_index(*self._pending)
            if index.isValid():
                self.tree.setCurrentIndex(index)
            self._pending = None
        if self.tree.selectionModel() is not None:
            self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def _current(self) -> QModelIndex:
        return self.tree.currentIndex()

    def select_item(self, section_id: str, position: int) -> None:
        """Select item ``position`` of the section ``section_id``."""
        index = self.model.item_index(section_id, position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.model.item(self._current())
        self.up_button.setEnabled(item is not None)
        self.down_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.reword_button.setEnabled(isinstance(item, FactItem))
        self.edit_note_button.setEnabled(isinstance(item, NoteItem))
        self.note_button.setEnabled(self.model.section_id(self._current()) is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Act on the selected item: Delete removes it, F2 or Enter rewords or edits it.

        Enter would otherwise go to the next page of the wizard.
        """
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.tree and pressed:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self._current())
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if isinstance(item, FactItem):
            self.reword_selected()
        elif isinstance(item, NoteItem):
            self.edit_selected_note()

    def move_selected(self, step: int) -> None:
        """Move the selected item up or down, into the neighbouring section at the ends."""
        where = self.model.location(self._current())
        brief = self.brief
        if where is None or brief is None:
            return
        destination = step_target(brief, where, step)
        if destination is None:
            return
        self._pending = destination
        self.session.edit(lambda b: move_item(b, where, destination), self.tr("Move item"))

    def remove_selected(self) -> None:
        """Take the selected fact or note out of the brief."""
        where = self.model.location(self._current())
        if where is None:
            return
        section_id, position = where
        self.session.edit(lambda b: remove_item(b, section_id, position), self.tr("Remove item"))

    def reword_selected(self) -> None:
        """Reword the selected fact for this brief only."""
        where = self.model.location(self._current())
        item = self.model.item(self._current())
        if where is None or not isinstance(item, FactItem) or not self.library.is_loaded:
            return
        fact = self.library.library.fact(item.fact_id)
        if fact is None:
            return
        text = self.context.prompter.edit_reword(fact.text, item.reword)
        if text is None:
            return
        if text == fact.text:
            text = None  # the library's own words: no rewording
        self._pending = where
        self.session.edit(
            lambda b: reword_fact(b, where[0], where[1], text), self.tr("Reword fact")
        )

    def add_note(self) -> None:
        """Add an analyst note after the selected item (or at the end of the selected section)."""
        current = self._current()
        section_id = self.model.section_id(current)
        brief = self.brief
        if section_id is None or brief is None:
            return
        where = self.model.location(current)
        section = brief.section(section_id)
        assert section is not None
        position = where[1] + 1 if where is not None else len(section.items)
        text = self.context.prompter.edit_note(None)
        if text is None or not (text.en or text.ja):
            return
        note = NoteItem(new_note_id(brief), text)
        self._pending = (section_id, position)
        self.session.edit(lambda b: insert_item(b, section_id, position, note), self.tr("Add note"))

    def edit_selected_note(self) -> None:
        """Change the text of the selected note."""
        where = self.model.location(self._current())
        item = self.model.item(self._current())
        if where is None or not isinstance(item, NoteItem):
            return
        text = self.context.prompter.edit_note(item.text)
        if text is None:
            return
        note = NoteItem(item.note_id, text)
        self._pending = where
        self.session.edit(lambda b: replace_item(b, where[0], where[1], note), self.tr("Edit note"))
