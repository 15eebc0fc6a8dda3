"""Library problems and store warnings worded in the interface language.

The core hands over typed values (:class:`Problem`, :class:`StoreWarning`);
each code is worded here through Qt's translation, in the "Problems" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefgen.core.library.problems import Problem, ProblemCode, Severity
from briefgen.core.library.store import StoreWarning, StoreWarningKind

C = ProblemCode


def _templates() -> dict[ProblemCode, str]:
    # Every text is a literal in a translate() call, so that pyside6-lupdate finds it;
    # hence one long table rather than a loop (one entry per problem code).
    translate = QCoreApplication.translate
    return {
        C.CANNOT_READ: translate("Problems", "cannot read the file ({reason})"),
        C.FILE_TOO_LARGE: translate(
            "Problems", "the file is too large ({size_mb} MB; at most {limit_mb} MB)"
        ),
        C.BINARY_FILE: translate("Problems", "the file is binary data, not text"),
        C.NOT_UTF8: translate("Problems", "the file is not UTF-8 text"),
        C.EMPTY_FILE: translate("Problems", "the file is empty"),
        C.INVALID_YAML: translate("Problems", "the file is not valid YAML"),
        C.TAG_NOT_ALLOWED: translate("Problems", "the YAML tag {tag} is not allowed"),
        C.ALIAS_NOT_ALLOWED: translate("Problems", "YAML anchors and aliases are not allowed"),
        C.FILE_NOT_A_MAPPING: translate("Problems", "the file must be a mapping of fields"),
        C.NOT_A_MAPPING: translate("Problems", "the file must be a mapping with a “{key}” list"),
        C.EXPECTED_LIST: translate("Problems", "the file has no “{key}” list"),
        C.UNEXPECTED_TOP_LEVEL: translate(
            "Problems", "unexpected entry “{name}”: this file holds only “{key}”"
        ),
        C.NOT_A_LIST_OF_ENTRIES: translate("Problems", "“{key}” must be a list of entries"),
        C.ENTRY_NOT_A_MAPPING: translate(
            "Problems", "each item of “{key}” must be a mapping of fields"
        ),
        C.MISSING_LIBRARY_FILE: translate("Problems", "library.yaml is missing"),
        C.FIELD_NAME_NOT_TEXT: translate("Problems", "field names must be plain text"),
        C.FIELD_TWICE: translate("Problems", "the field “{field}” is given twice"),
        C.UNKNOWN_FIELD: translate("Problems", "unknown field “{field}”"),
        C.MISSING_FIELD: translate("Problems", "the required field “{field}” is missing"),
        C.EMPTY_FIELD: translate("Problems", "“{field}” must not be empty"),
        C.NOT_A_SINGLE_VALUE: translate("Problems", "“{field}” must be a single value"),
        C.NOT_TEXT: translate("Problems", "“{field}” must be text (put {value} in quotes)"),
        C.INVALID_VALUE: translate("Problems", "“{field}” has an invalid value {value}"),
        C.INVALID_ID: translate("Problems", "“{field}” {value} is not a valid id"),
        C.INVALID_DATE: translate(
            "Problems", "“{field}” {value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ),
        C.YEAR_OUT_OF_RANGE: translate("Problems", "“{field}” {value} is outside {min}–{max}"),
        C.NEEDS_FULL_DATE: translate("Problems", "“{field}” needs a full date (YYYY-MM-DD)"),
        C.NOT_ONE_OF: translate("Problems", "“{field}” {value} is not one of: {allowed}"),
        C.NOT_A_LIST: translate("Problems", "“{field}” must be a list"),
        C.LIST_ITEM_NOT_TEXT: translate("Problems", "every item of “{field}” must be text"),
        C.NOT_BILINGUAL: translate("Problems", "“{field}” must have “en” and “ja” entries"),
        C.NOT_A_WEB_ADDRESS: translate(
            "Problems", "“{field}” must be an http:// or https:// address"
        ),
        C.NOT_A_LANGUAGE_CODE: translate("Problems", "“{field}” {value} is not a language code"),
        C.NOT_A_DOI: translate("Problems", "“{field}” {value} is not a DOI"),
        C.NOT_TRUE_OR_FALSE: translate("Problems", "“{field}” must be true or false, not {value}"),
        C.DEVISED_TITLE_NOT_BRACKETED: translate(
            "Problems", "A title the curators devised is written in square brackets: {value}"
        ),
        C.NOT_A_SOURCE_REF: translate("Problems", "a source is an id or a mapping with “source”"),
        C.NO_TEXT: translate("Problems", "has no text in English or Japanese"),
        C.MISSING_TRANSLATION: translate("Problems", "has no {language_name} text"),
        C.DATE_END_WITHOUT_DATE: translate("Problems", "“date_end” needs a “date”"),
        C.DATE_END_BEFORE_DATE: translate(
            "Problems", "“date_end” {date_end} is before “date” {date}"
        ),
        C.SUPERSEDED_WITHOUT_SUCCESSOR: translate(
            "Problems", "a superseded fact needs “superseded_by”"
        ),
        C.SUCCESSOR_WITHOUT_SUPERSEDED: translate(
            "Problems", "“superseded_by” is set but the status is not “superseded”"
        ),
        C.SUPERSEDES_ITSELF: translate("Problems", "a fact cannot supersede itself"),
        C.REVIEW_BEFORE_AS_OF: translate(
            "Problems", "“review_by” {review_by} is before “as_of” {as_of}"
        ),
        C.ACCESSED_BEFORE_PUBLISHED: translate(
            "Problems", "“accessed” {accessed} is before “published” {published}"
        ),
        C.TOPIC_NOT_A_MAPPING: translate(
            "Problems", "each topic is a mapping with “id”, “en” and “ja”"
        ),
        C.TOPIC_TWICE: translate("Problems", "is defined twice (first at line {first_line})"),
        C.DUPLICATE_ID: translate("Problems", "the id is already used (first at {first})"),
        C.IN_THE_FUTURE: translate("Problems", "“{field}” {value} is in the future"),
        C.UNDECLARED_TOPIC: translate(
            "Problems", "the topic {topic} is not declared in library.yaml"
        ),
        C.UNKNOWN_SOURCE: translate("Problems", "cites the unknown source {source}"),
        C.UNKNOWN_SUCCESSOR: translate("Problems", "“superseded_by” {successor} does not exist"),
        C.SUCCESSION_CYCLE: translate(
            "Problems", "“superseded_by” goes round in a cycle ({cycle})"
        ),
        C.REVIEW_DUE: translate("Problems", "review was due on {review_by}"),
        C.NOT_A_WHOLE_NUMBER: translate("Problems", "“{field}” must be a whole number"),
        C.NUMBER_OUT_OF_RANGE: translate(
            "Problems", "“{field}” must be a number from {low} to {high}"
        ),
        C.FIELD_NOT_A_MAPPING: translate("Problems", "“{field}” must be a mapping"),
        C.HEADING_NEEDS_JAPANESE: translate("Problems", "the heading needs Japanese (“ja”) too"),
    }


def _entry_name(entry: str) -> str:
    names = {
        "fact": QCoreApplication.translate("Problems", "fact"),
        "source": QCoreApplication.translate("Problems", "source"),
        "library": QCoreApplication.translate("Problems", "library"),
        "topic": QCoreApplication.translate("Problems", "topic"),
        "template": QCoreApplication.translate("Problems", "template"),
        "section": QCoreApplication.translate("Problems", "section"),
        "page": QCoreApplication.translate("Problems", "page"),
    }
    return names.get(entry, entry)


def problem_message(problem: Problem) -> str:
    """Return ``problem`` in the interface language, without its entry, file and line.

    The library manager shows it next to the field it concerns.
    """
    params = dict(problem.params)
    params.setdefault("field", problem.field)
    if problem.code is C.MISSING_TRANSLATION:
        params["language_name"] = (
            QCoreApplication.translate("Problems", "Japanese")
            if params.get("language") == "ja"
            else QCoreApplication.translate("Problems", "English")
        )
    return _templates()[problem.code].format_map(_Blank(params))


def problem_text(problem: Problem) -> str:
    """Return ``problem`` as a line in the interface language, with its file and line."""
    text = problem_message(problem)
    if problem.entry and problem.entry_id:
        text = QCoreApplication.translate("Problems", "{entry} {id}: {text}").format(
            entry=_entry_name(problem.entry), id=problem.entry_id, text=text
        )
    where = QCoreApplication.translate("Problems", "{path}, line {line}: {text}").format(
        path=problem.path, line=problem.line, text=text
    )
    if problem.severity is Severity.WARNING:
        return QCoreApplication.translate("Problems", "Warning: {text}").format(text=where)
    return where


def store_warning_text(warning: StoreWarning) -> str:
    """Return a warning about opening the library in the interface language."""
    if warning.kind is StoreWarningKind.CACHE_DISK_FULL:
        return QCoreApplication.translate(
            "Problems",
            "The disk holding the search cache is full: the library is read from its files "
            "(slower).",
        )
    return QCoreApplication.translate(
        "Problems",
        "The search cache cannot be used ({reason}): the library is read from its files (slower).",
    ).format(reason=warning.reason)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""
