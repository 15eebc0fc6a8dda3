"""The English wording of library problems, as the command line prints them."""

from __future__ import annotations

from typing import Final

from briefgen.core.library.problems import Problem, ProblemCode

C = ProblemCode
ENGLISH: Final[dict[ProblemCode, str]] = {
    C.CANNOT_READ: "cannot read: {reason}",
    C.FILE_TOO_LARGE: "file is too large ({size_mb} MB; the limit is {limit_mb} MB): split it",
    C.BINARY_FILE: "binary data (a NUL byte): not a text file",
    C.NOT_UTF8: "not UTF-8 text: save the file as UTF-8",
    C.EMPTY_FILE: "file is empty",
    C.INVALID_YAML: "invalid YAML: {detail}",
    C.TAG_NOT_ALLOWED: "YAML tag '{tag}' is not allowed",
    C.ALIAS_NOT_ALLOWED: "YAML anchors and aliases are not allowed",
    C.FILE_NOT_A_MAPPING: "{file} must be a mapping of fields",
    C.NOT_A_MAPPING: "expected a mapping with a '{key}' list",
    C.EXPECTED_LIST: "expected a '{key}' list",
    C.UNEXPECTED_TOP_LEVEL: "unexpected top-level entry '{name}'; this file holds only '{key}'",
    C.NOT_A_LIST_OF_ENTRIES: "'{key}' must be a list of entries",
    C.ENTRY_NOT_A_MAPPING: "each item of '{key}' must be a mapping of fields",
    C.MISSING_LIBRARY_FILE: "missing library.yaml (name, version, topics)",
    C.FIELD_NAME_NOT_TEXT: "field names must be plain text",
    C.FIELD_TWICE: "field '{field}' is given twice",
    C.UNKNOWN_FIELD: "unknown field '{field}'",
    C.MISSING_FIELD: "missing required field '{field}'",
    C.EMPTY_FIELD: "'{field}' must not be empty",
    C.NOT_A_SINGLE_VALUE: "'{field}' must be a single value, not a {kind}",
    C.NOT_TEXT: "'{field}' must be text, not {type} ('{value}') — put it in quotes",
    C.INVALID_VALUE: "'{field}': invalid value '{value}': {detail}",
    C.INVALID_ID: (
        "'{field}' '{value}' is not a valid id "
        "(use lower-case letters, digits, '-', '_' or '.'; at most 80 characters)"
    ),
    C.INVALID_DATE: "'{field}': {detail}",
    C.YEAR_OUT_OF_RANGE: "'{field}' {value} is outside {min}-{max}",
    C.NEEDS_FULL_DATE: "'{field}' needs a full YYYY-MM-DD date",
    C.NOT_ONE_OF: "'{field}' '{value}' is not one of: {allowed}",
    C.NOT_A_LIST: "'{field}' must be a list",
    C.LIST_ITEM_NOT_TEXT: "every item of '{field}' must be text",
    C.NOT_BILINGUAL: "'{field}' must have 'en' and 'ja' entries",
    C.NOT_A_WEB_ADDRESS: "'{field}' must be an http:// or https:// address, not '{value}'",
    C.NOT_A_LANGUAGE_CODE: "'{field}' '{value}' is not a language code",
    C.NOT_A_DOI: "'{field}' '{value}' is not a DOI (write it bare: 10.xxxx/...)",
    C.NOT_TRUE_OR_FALSE: "'{field}' must be true or false, not '{value}'",
    C.DEVISED_TITLE_NOT_BRACKETED: (
        "a devised title (title_devised: true) is written in square brackets: '{value}'"
    ),
    C.NOT_A_SOURCE_REF: "a source is an id or a mapping with 'source'",
    C.NO_TEXT: "needs its text in 'en', 'ja' or both",
    C.MISSING_TRANSLATION: "no {language_name} text ('{language}'): it will be flagged in briefs",
    C.DATE_END_WITHOUT_DATE: "'date_end' needs a 'date'",
    C.DATE_END_BEFORE_DATE: "'date_end' {date_end} is before 'date' {date}",
    C.SUPERSEDED_WITHOUT_SUCCESSOR: "a superseded fact needs 'superseded_by'",
    C.SUCCESSOR_WITHOUT_SUPERSEDED: "'superseded_by' is set but the status is not 'superseded'",
    C.SUPERSEDES_ITSELF: "a fact cannot supersede itself",
    C.REVIEW_BEFORE_AS_OF: "'review_by' {review_by} is before 'as_of' {as_of}",
    C.ACCESSED_BEFORE_PUBLISHED: "'accessed' {accessed} is before 'published' {published}",
    C.TOPIC_NOT_A_MAPPING: "each topic is a mapping with 'id', 'en' and 'ja'",
    C.TOPIC_TWICE: "defined twice (first at line {first_line})",
    C.DUPLICATE_ID: "duplicate {entry} id '{id}' (first defined at {first})",
    C.IN_THE_FUTURE: "'{field}' {value} is in the future",
    C.UNDECLARED_TOPIC: "topic '{topic}' is not declared in library.yaml",
    C.UNKNOWN_SOURCE: "cites unknown source '{source}'",
    C.UNKNOWN_SUCCESSOR: "superseded_by '{successor}' does not exist",
    C.SUCCESSION_CYCLE: "superseded_by goes round in a cycle ({cycle})",
    C.REVIEW_DUE: "review was due on {review_by}",
    C.NOT_A_WHOLE_NUMBER: "'{field}' must be a whole number",
    C.NUMBER_OUT_OF_RANGE: "'{field}' must be a number from {low} to {high}",
    C.FIELD_NOT_A_MAPPING: "'{field}' must be a mapping",
    C.HEADING_NEEDS_JAPANESE: "the heading needs Japanese ('ja') too",
}

_LANGUAGE_NAMES: Final = {"en": "English", "ja": "Japanese"}
_UNPREFIXED: Final = frozenset({C.DUPLICATE_ID})


def subject(problem: Problem) -> str:
    """Return what the problem is about in English: "fact 'hq-established'", or ""."""
    if not problem.entry or problem.code in _UNPREFIXED:
        return ""
    return f"{problem.entry} '{problem.entry_id}'" if problem.entry_id else problem.entry


def english(problem: Problem) -> str:
    """Return ``problem`` as an English sentence (without its file and line)."""
    params = dict(problem.params)
    params.setdefault("field", problem.field)
    params.setdefault("entry", problem.entry)
    params.setdefault("id", problem.entry_id)
    if problem.code is C.MISSING_TRANSLATION:
        language = params.get("language", "")
        params["language_name"] = _LANGUAGE_NAMES.get(language, language)
    text = ENGLISH[problem.code].format_map(_Blank(params))
    if problem.code is C.UNKNOWN_FIELD and params.get("suggestion"):
        text += f" (did you mean '{params['suggestion']}'?)"
    about = subject(problem)
    return f"{about}: {text}" if about else text


class _Blank(dict[str, str]):
    """Parameters for ``str.format_map``; a missing one is left blank rather than failing."""

    def __missing__(self, key: str) -> str:
        return ""
