"""Qt's own dialogs in the Japanese interface: translated, nothing cut short."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListView, QPushButton
from pytestqt.qtbot import QtBot

from briefgen.gui.prompts import save_dialog


@pytest.mark.usefixtures("japanese")
def test_the_save_dialog_speaks_japanese_and_its_places_fit(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = save_dialog(
        None, "名前を付けて保存", tmp_path / "資料.brief", "Briefs (*.brief)", "brief"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"場所(&L):", "ファイル名(&N):", "ファイルの種類(&T):"} <= labels
    buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert "保存(&S)" in buttons and "キャンセル" in buttons
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None
    metrics = sidebar.fontMetrics()
    model = sidebar.model()
    for row in range(model.rowCount()):
        name = str(model.index(row, 0).data())
        assert metrics.horizontalAdvance(name) < sidebar.width(), name
    dialog.close()
