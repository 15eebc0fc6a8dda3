"""Keep an open editor's unsaved fields on disk (a draft) as the curator types.

A short pause after the last change writes the draft
(:mod:`briefgen.core.curation.drafts`); saving or cancelling deletes it;
closing the manager with the editor open keeps it for the next time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from briefgen.core.curation.drafts import DraftSlot, LibraryDraft
from briefgen.core.system.atomic import WriteError

DRAFT_DELAY_MS = 400


class DraftKeeper(QObject):
    """Write one editor's draft a moment after each change."""

    def __init__(
        self,
        root: Path,
        entry: str,
        describe: Callable[[], tuple[str, str]],
        fields: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        """Keep drafts of an ``entry`` ("fact", "source") of the library in ``root``.

        ``describe`` returns the editor's mode and the id it edits; ``fields``
        its fields as they are.
        """
        super().__init__(parent)
        self.root, self.entry, self._describe, self._fields = root, entry, describe, fields
        self.slot: DraftSlot | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.active = False

    def start(self) -> None:
        """Start keeping drafts (after the editor has been filled)."""
        self.active = True

    def changed(self) -> None:
        """Note a change: the draft is written after a short pause."""
        if self.active:
            self.timer.start()

    def flush(self) -> None:
        """Write the draft now."""
        self.timer.stop()
        if not self.active:
            return
        if self.slot is None:
            self.slot = DraftSlot()
        mode, original_id = self._describe()
        draft = LibraryDraft(str(self.root), self.entry, mode, original_id, self._fields())
        # A draft that cannot be written is left out: the edit and its save are unaffected.
        with contextlib.suppress(WriteError, OSError):
            self.slot.write(draft)

    def discard(self) -> None:
        """Delete the draft (the edit was saved or cancelled)."""
        self.timer.stop()
        self.active = False
        if self.slot is not None:
            self.slot.discard()
            self.slot = None

    def keep(self) -> None:
        """Write the draft and let it go, to be offered the next time (the manager closes)."""
        if self.active:
            self.flush()
        self.active = False
        if self.slot is not None:
            self.slot.release()
            self.slot = None
