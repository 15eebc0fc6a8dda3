"""Write what a library says about a citation in the brief's language: locators and date notes.

Curators write locators ("Supplementary Provisions, Art. 2") and notes on a
source's date ("undated (2025)", "approx.") in English, from a small
vocabulary that ``docs/library-format.md`` lists. A Japanese brief must not
print them in English, so each is read here into its parts and written again
the Japanese way (附則第2条, 日付なし(2025年), 推定). Text outside the
vocabulary is printed as the curator wrote it, which the shipped library's
test rules out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.core.composition.datefmt import DateStyle, format_partial
from briefgen.core.library.dates import DateFormatError, PartialDate
from briefgen.core.library.model import Lang

# --- locators -------------------------------------------------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# (English names of the part, Japanese counter): "Art. 2" -> 第2条.
_PARTS: tuple[tuple[str, str], ...] = (
    (r"art(?:icle)?s?\.?", "条"),
    (r"para(?:graph)?s?\.?", "項"),
    (r"items?", "号"),
    (r"chap(?:ter)?s?\.?", "章"),
    (r"sec(?:tion)?s?\.?", "節"),
    (r"parts?", "編"),
)
_PART_RE = [
    (re.compile(rf"^{name}\s*([0-9]+|[IVXLC]+)$", re.IGNORECASE), counter)
    for name, counter in _PARTS
]
_RANGE_RE = [
    (re.compile(rf"^{name}\s*([0-9]+)\s*[-–]\s*([0-9]+)$", re.IGNORECASE), counter)
    for name, counter in _PARTS
]
_PAGE_RE = re.compile(r"^pp?\.\s*([0-9]+)(?:\s*[-–]\s*([0-9]+))?$", re.IGNORECASE)
_WORDS = {
    "supplementary provisions": "附則",
    "suppl. provisions": "附則",
    "promulgation": "公布",
    "title": "題名",
    "preamble": "前文",
    "annex": "別表",
    "table of contents": "目次",
}


def _number(text: str) -> int | None:
    """Return an Arabic or Roman numeral's value."""
    if text.isdigit():
        return int(text)
    values = [_ROMAN.get(char.upper()) for char in text]
    if not values or None in values:
        return None
    total = 0
    for value, following in zip(values, [*values[1:], 0], strict=True):
        assert value is not None and following is not None
        total += -value if value < following else value
    return total


def _locator_part_ja(part: str) -> str | None:
    part = part.strip()
    word = _WORDS.get(part.lower())
    if word is not None:
        return word
    for pattern, counter in _PART_RE:
        match = pattern.match(part)
        if match is not None:
            number = _number(match.group(1))
            return None if number is None else f"第{number}{counter}"
    for pattern, counter in _RANGE_RE:
        match = pattern.match(part)
        if match is not None:
            return f"第{match.group(1)}{counter}〜第{match.group(2)}{counter}"
    match = _PAGE_RE.match(part)
    if match is not None:
        first, last = match.groups()
        return f"{first}–{last}頁" if last else f"{first}頁"
    return None


def locator_in(locator: str, lang: Lang) -> str:
    """Return ``locator`` for a brief in ``lang``: "Art. 2" stays in English, is 第2条 in Japanese.

    Parts separated by commas are one reference from the largest unit down
    ("Supplementary Provisions, Art. 2" -> 附則第2条). A locator outside the
    vocabulary is returned as written.
    """
    locator = locator.strip()
    if lang == "en" or not locator:
        return locator
    parts = [_locator_part_ja(part) for part in locator.split(",")]
    if any(part is None for part in parts):
        return locator
    return "".join(part for part in parts if part is not None)


# --- notes on a source's date ----------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"([A-Za-z]+)\.?"
# Notes that place a source by an event: "reports the press conference of 16 January 2026".
_EVENTS = {
    "meeting": "会合",
    "press conference": "記者会見",
    "message": "メッセージ",
    "events": "出来事",
}
_EVENT_NAMES = "|".join(re.escape(name) for name in _EVENTS)
_RELATIONS = {"before": "より前", "after": "より後", "reports": "を報じる", "quotes": "を引用"}
_OUTLETS = {"Yomiuri Online": "読売新聞オンライン"}


def _date(text: str) -> PartialDate | None:
    """Return the date in ``text``: 2025, 2025-06-04, 12 Sep 2025, September 2025."""
    text = text.strip()
    try:
        return PartialDate.parse(text)
    except DateFormatError:
        pass
    match = re.fullmatch(rf"(\d{{1,2}}) {_MONTH} (\d{{4}})", text)
    if match is not None:
        day, month, year = match.groups()
        number = _MONTHS.get(month.lower())
        if number is not None:
            try:
                return PartialDate(int(year), number, int(day))
            except DateFormatError:
                return None
    match = re.fullmatch(rf"{_MONTH} (\d{{4}})", text)
    if match is not None and match.group(1).lower() in _MONTHS:
        return PartialDate(int(match.group(2)), _MONTHS[match.group(1).lower()])
    return None


def _top_level_clauses(text: str) -> list[str]:
    """Return ``text`` split at "; " and ", " outside parentheses."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char in ";," and depth == 0 and text[index + 1 : index + 2] == " ":
            parts.append(text[start:index])
            start = index + 2
    parts.append(text[start:])
    return parts


class _NoteWriter:
    """Write one note in Japanese, clause by clause; None for a clause outside the vocabulary."""

    def __init__(self, style: DateStyle) -> None:
        self.style = style
        self.rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]] = [
            (re.compile(r"undated"), lambda m: "日付なし"),
            (re.compile(r"undated \((.+)\)"), lambda m: self.wrap("日付なし", m.group(1))),
            (re.compile(r"approx(?:\.|imate(?:ly)?)"), lambda m: "推定"),
            (re.compile(r"from (?:the )?URL"), lambda m: "ウェブアドレスによる"),
            (re.compile(r"file creation date"), lambda m: "ファイル作成日"),
            (re.compile(r"last updated"), lambda m: "最終更新日"),
            (re.compile(r"page date"), lambda m: "ページの日付"),
            (re.compile(r"(exact )?date not captured"), self.not_captured),
            (re.compile(r"before enactment"), lambda m: "法成立前"),
            (re.compile(r"after (.+)"), lambda m: self.dated(m.group(1), "{}以降")),
            (re.compile(r"before (.+)"), lambda m: self.dated(m.group(1), "{}以前")),
            (
                re.compile(r"the decision is dated (.+)"),
                lambda m: self.dated(m.group(1), "決定の日付は{}"),
            ),
            (
                re.compile(r"page header shows (.+)"),
                lambda m: self.dated(m.group(1), "ページ上部の表示は{}"),
            ),
            (re.compile(r"(.+) or (.+)"), self.either),
            (
                re.compile(r"article version \(Wikipedia revision of (.+)\)"),
                lambda m: self.dated(m.group(1), "{}時点のウィキペディア記事"),
            ),
            (
                re.compile(r"FY(\d{4}) \(([^()]+)\) white paper"),
                lambda m: f"{m.group(1)}年度（{m.group(2)}）白書",
            ),
            (re.compile(r"(.+)\?"), lambda m: self.question(m.group(1))),
            (re.compile(r"(?:the )?date (?:was )?not shown"), lambda m: "日付の表示なし"),
            (re.compile(r"date from the address"), lambda m: "ウェブアドレスによる日付"),
            (re.compile(r"promulgation date"), lambda m: "公布日"),
            (re.compile(r"from its content"), lambda m: "内容による"),
            (re.compile(r"FY(\d{4}) edition"), lambda m: f"{m.group(1)}年度版"),
            (re.compile(r"an entity log updated over time"), lambda m: "随時更新される登録記録"),
            (re.compile(r"(.+) \(approx\.\)"), lambda m: self.suffixed(m.group(1), "（推定）")),
            (re.compile(r"between (.+) and (.+)"), self.between),
            (
                re.compile(rf"(before|after|reports|quotes) the ({_EVENT_NAMES}) of (.+)"),
                self.event,
            ),
            (
                re.compile(r"quotes an? (.+) report of (.+)"),
                lambda m: self.quoted_report(m.group(1), m.group(2)),
            ),
            (
                re.compile(r"written after the Act's promulgation on (.+)"),
                lambda m: self.dated(m.group(1), "{}の法公布の後に執筆"),
            ),
        ]

    def clause(self, text: str) -> str | None:
        text = text.strip()
        date = _date(text)
        if date is not None:
            return format_partial(date, "ja", self.style)
        for pattern, write in self.rules:
            match = pattern.fullmatch(text)
            if match is not None:
                written = write(match)
                if written is not None:
                    return written
        return None

    def clauses(self, text: str, separator: str) -> str | None:
        parts = [self.clause(part) for part in _top_level_clauses(text)]
        if any(part is None for part in parts):
            return None
        return separator.join(part for part in parts if part)

    def wrap(self, head: str, inner: str) -> str | None:
        written = self.clauses(inner, "、")
        return None if written is None else f"{head}（{written}）"

    def dated(self, text: str, pattern: str) -> str | None:
        date = _date(text)
        return None if date is None else pattern.format(format_partial(date, "ja", self.style))

    def not_captured(self, match: re.Match[str]) -> str:
        return "正確な日付は未確認" if match.group(1) else "日付は未確認"

    def suffixed(self, text: str, suffix: str) -> str | None:
        written = self.clause(text)
        return None if written is None else f"{written}{suffix}"

    def between(self, match: re.Match[str]) -> str | None:
        later = _date(match.group(2))
        if later is None:
            return None
        # "between 24 April and 28 May 2025": the year belongs to both.
        earlier = _date(match.group(1)) or _date(f"{match.group(1)} {later.year}")
        if earlier is None:
            return None
        first = format_partial(earlier, "ja", self.style)
        return f"{first}から{format_partial(later, 'ja', self.style)}の間"

    def event(self, match: re.Match[str]) -> str | None:
        relation, name, when = match.groups()
        date = _date(when)
        if date is None:
            return None
        what = f"{format_partial(date, 'ja', self.style)}の{_EVENTS[name]}"
        return what + _RELATIONS[relation]

    def quoted_report(self, outlet: str, when: str) -> str | None:
        name = _OUTLETS.get(outlet)
        return None if name is None else self.dated(when, f"{{}}の{name}の記事を引用")

    def question(self, text: str) -> str | None:
        written = self.clause(text)
        return None if written is None else f"{written}？"

    def either(self, match: re.Match[str]) -> str | None:
        first, second = match.group(1).strip(), match.group(2).strip()
        later = _date(second)
        if later is None:
            return None
        earlier = _date(first)
        if earlier is None and first.lower() in _MONTHS and later.precision == "month":
            # "October or November 2023": the year belongs to both months.
            earlier = PartialDate(later.year, _MONTHS[first.lower()])
        if earlier is None:
            return None
        one = format_partial(earlier, "ja", self.style)
        other = format_partial(later, "ja", self.style)
        if earlier.year == later.year and earlier.precision == later.precision == "month":
            other = other.removeprefix(one[: one.index("年") + 1])  # 2023年10月または11月
        return f"{one}または{other}"


def note_in(note: str, lang: Lang, style: DateStyle = DateStyle.GREGORIAN) -> str:
    """Return a note on a source's date for a brief in ``lang`` ("undated" -> 日付なし).

    A note outside the vocabulary is returned as written.
    """
    note = note.strip()
    if lang == "en" or not note:
        return note
    written = _NoteWriter(style).clauses(note, "、")
    return note if written is None else written


def is_written_in_japanese(text: str, kind: str) -> bool:
    """Return whether a locator or note (``kind`` "locator" or "note") has a Japanese form."""
    if not re.search("[A-Za-z]", text):
        return True  # written in Japanese (or numbers) already
    if kind == "locator":
        return locator_in(text, "ja") != text.strip()
    written = _NoteWriter(DateStyle.GREGORIAN).clauses(text.strip(), "、")
    return not text.strip() or written is not None
