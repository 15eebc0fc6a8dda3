"""Why a change to the library's files was not made: each a type, so each interface words it."""

from __future__ import annotations

from briefgen.core.library.problems import Problem


class EditError(Exception):
    """Raised when a change cannot be made; the message says which file and why."""


class EditRejectedError(EditError):
    """Raised when a change breaks the library's rules; ``problems`` says which."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class EditBusyError(EditError):
    """Raised when another process held the library's edit lock for too long."""

    def __init__(self) -> None:
        super().__init__("another process is editing the library: try again")


class EditIdTakenError(EditError):
    """Raised when a new entry's id is already in the library (``entry``: "fact", "source")."""

    def __init__(self, entry: str, entry_id: str) -> None:
        super().__init__(f"a {entry} with the id '{entry_id}' already exists")
        self.entry, self.entry_id = entry, entry_id


class EditConflictError(EditError):
    """Raised when a file changed on disk since the library was loaded."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} changed on disk since the library was loaded: reload it first")
        self.path = path
