"""Problems found in library content: typed values, each tied to a file, a line and a field.

The core never words a problem for the user: a :class:`Problem` carries a
code and the values that go into its message. The command line prints the
English wording of :mod:`briefgen.core.library.problem_text`; the app words each code
in the interface language.
"""

from __future__ import annotations

from enum import StrEnum

import msgspec


class Severity(StrEnum):
    """Whether a problem keeps an entry out of the library (error) or only flags it (warning)."""

    ERROR = "error"
    WARNING = "warning"


class ProblemCode(StrEnum):
    """What is wrong; :mod:`briefgen.core.library.problem_text` gives each its English wording."""

    # Reading a file
    CANNOT_READ = "cannot-read"
    FILE_TOO_LARGE = "file-too-large"
    BINARY_FILE = "binary-file"
    NOT_UTF8 = "not-utf8"
    EMPTY_FILE = "empty-file"
    INVALID_YAML = "invalid-yaml"
    TAG_NOT_ALLOWED = "tag-not-allowed"
    ALIAS_NOT_ALLOWED = "alias-not-allowed"
    # The shape of a file
    FILE_NOT_A_MAPPING = "file-not-a-mapping"
    NOT_A_MAPPING = "not-a-mapping"
    EXPECTED_LIST = "expected-list"
    UNEXPECTED_TOP_LEVEL = "unexpected-top-level"
    NOT_A_LIST_OF_ENTRIES = "not-a-list-of-entries"
    ENTRY_NOT_A_MAPPING = "entry-not-a-mapping"
    MISSING_LIBRARY_FILE = "missing-library-file"
    # Fields
    FIELD_NAME_NOT_TEXT = "field-name-not-text"
    FIELD_TWICE = "field-twice"
    UNKNOWN_FIELD = "unknown-field"
    MISSING_FIELD = "missing-field"
    EMPTY_FIELD = "empty-field"
    NOT_A_SINGLE_VALUE = "not-a-single-value"
    NOT_TEXT = "not-text"
    INVALID_VALUE = "invalid-value"
    INVALID_ID = "invalid-id"
    INVALID_DATE = "invalid-date"
    YEAR_OUT_OF_RANGE = "year-out-of-range"
    NEEDS_FULL_DATE = "needs-full-date"
    NOT_ONE_OF = "not-one-of"
    NOT_A_LIST = "not-a-list"
    LIST_ITEM_NOT_TEXT = "list-item-not-text"
    NOT_BILINGUAL = "not-bilingual"
    NOT_A_WEB_ADDRESS = "not-a-web-address"
    NOT_A_LANGUAGE_CODE = "not-a-language-code"
    NOT_A_DOI = "not-a-doi"
    NOT_TRUE_OR_FALSE = "not-true-or-false"
    DEVISED_TITLE_NOT_BRACKETED = "devised-title-not-bracketed"
    NOT_A_SOURCE_REF = "not-a-source-ref"
    # Rules of an entry
    NO_TEXT = "no-text"
    MISSING_TRANSLATION = "missing-translation"
    DATE_END_WITHOUT_DATE = "date-end-without-date"
    DATE_END_BEFORE_DATE = "date-end-before-date"
    SUPERSEDED_WITHOUT_SUCCESSOR = "superseded-without-successor"
    SUCCESSOR_WITHOUT_SUPERSEDED = "successor-without-superseded"
    SUPERSEDES_ITSELF = "supersedes-itself"
    REVIEW_BEFORE_AS_OF = "review-before-as-of"
    ACCESSED_BEFORE_PUBLISHED = "accessed-before-published"
    TOPIC_NOT_A_MAPPING = "topic-not-a-mapping"
    TOPIC_TWICE = "topic-twice"
    # Rules across the library
    DUPLICATE_ID = "duplicate-id"
    IN_THE_FUTURE = "in-the-future"
    UNDECLARED_TOPIC = "undeclared-topic"
    UNKNOWN_SOURCE = "unknown-source"
    UNKNOWN_SUCCESSOR = "unknown-successor"
    SUCCESSION_CYCLE = "succession-cycle"
    REVIEW_DUE = "review-due"
    # Templates
    NOT_A_WHOLE_NUMBER = "not-a-whole-number"
    NUMBER_OUT_OF_RANGE = "number-out-of-range"
    FIELD_NOT_A_MAPPING = "field-not-a-mapping"
    HEADING_NEEDS_JAPANESE = "heading-needs-japanese"


class Problem(msgspec.Struct, frozen=True):
    """A problem with library content at ``path:line``, in ``field`` of an entry.

    ``entry`` is what the entry is ("fact", "source", "library", "topic", or a
    template's part: "template", "page", "section") and ``entry_id`` its id
    when known; ``params`` are the values the message names (a field's value,
    a date, another id).
    """

    code: ProblemCode
    path: str
    line: int
    field: str = ""
    params: dict[str, str] = msgspec.field(default_factory=dict)
    entry: str = ""
    entry_id: str = ""
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        """Return the problem as an English sentence, without its place."""
        from briefgen.core.library.problem_text import english

        return english(self)

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"

    @property
    def is_error(self) -> bool:
        """Return True for problems that keep the entry out of the library."""
        return self.severity is Severity.ERROR

    def at(self, path: str, line: int) -> Problem:
        """Return the same problem placed at ``path:line``."""
        return msgspec.structs.replace(self, path=path, line=line)
