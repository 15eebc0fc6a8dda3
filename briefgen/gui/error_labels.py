"""Errors from the core and the renderers, worded in the interface language.

The core's messages are English sentences for the command line; it also hands
over typed values (:class:`WriteError` with its :class:`WriteReason`), which
are worded here through Qt's translation, in the "Errors" context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from briefgen.core.system.atomic import WriteError, WriteReason

R = WriteReason


def _reasons() -> dict[WriteReason, str]:
    # Every text is a literal in a translate() call, so that pyside6-lupdate finds it.
    translate = QCoreApplication.translate
    return {
        R.DISK_FULL: translate("Errors", "Cannot write {path}: the disk is full."),
        R.PERMISSION: translate(
            "Errors", "Cannot write {path}: permission denied. Choose another folder."
        ),
        R.NO_FOLDER: translate("Errors", "Cannot write {path}: the folder {other} does not exist."),
        R.FILE_IN_THE_WAY: translate(
            "Errors", "Cannot write {path}: {other} is a file, not a folder."
        ),
        R.READ_ONLY_DISK: translate("Errors", "Cannot write {path}: the disk is read-only."),
        R.IS_A_FOLDER: translate("Errors", "Cannot write {path}: it is a folder."),
        R.NOT_A_FILE: translate("Errors", "Cannot write {path}: it is not a regular file."),
        R.NAME_TOO_LONG: translate("Errors", "Cannot write {path}: the file name is too long."),
        R.TOO_LARGE: translate(
            "Errors", "Cannot write {path}: the file size limit of this system or disk was reached."
        ),
        R.LINK_LOOP: translate("Errors", "Cannot write {path}: a loop of symbolic links."),
        R.STOPPING: translate("Errors", "Cannot write {path}: briefgen is stopping."),
        R.READ_ONLY_FILE: translate("Errors", "{path} is read-only, so it was not replaced."),
        R.OTHER: translate("Errors", "Cannot write {path}."),
    }


def write_error_text(error: WriteError) -> str:
    """Return why a file could not be written, in the interface language."""
    return _reasons()[error.reason].format(path=error.path or "", other=error.other or "")


def export_error_text(error: Exception) -> str:
    """Return why an export failed, in the interface language."""
    from briefgen.render.export import ExportError

    cause = error.cause if isinstance(error, ExportError) else error
    if isinstance(cause, WriteError):
        return write_error_text(cause)
    if isinstance(cause, OSError):
        return QCoreApplication.translate(
            "Errors", "A file could not be written or read ({detail})."
        ).format(detail=cause.strerror or cause)
    return QCoreApplication.translate(
        "Errors", "The document could not be made. Details (in English): {detail}"
    ).format(detail=error)


def brief_error_text(error: Exception, path: Path, *, saving: bool) -> str:
    """Return why a brief file could not be saved or opened, in the interface language."""
    if isinstance(error.__cause__, WriteError):
        return write_error_text(error.__cause__)
    text = (
        QCoreApplication.translate(
            "Errors", "The brief {path} could not be saved. Details (in English): {detail}"
        )
        if saving
        else QCoreApplication.translate(
            "Errors", "The brief {path} could not be opened. Details (in English): {detail}"
        )
    )
    return text.format(path=path, detail=error)
