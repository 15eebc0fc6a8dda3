"""Qt's own strings that Qt's Japanese translation (qtbase_ja) lacks, translated by us.

Qt 6 renamed two labels of its file dialog ("&Look in:", "Files of &type:");
qtbase_ja still has only the old texts, so the dialog showed them in English.
Listed here, pyside6-lupdate puts them in translations/briefgen_ja.ts under
Qt's own context, and our translator answers Qt's lookups for them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
