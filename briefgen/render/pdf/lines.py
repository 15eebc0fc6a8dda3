"""Break styled text into lines: words for Latin text, characters for Japanese, with kinsoku.

Used by :mod:`briefgen.render.pdf.paragraph` to lay out every paragraph of a
PDF. reportlab's own ``Paragraph`` breaks Japanese by trying one character at a
time and re-measuring the line each time, which made it most of a brief's
render time; here the text is measured once, as tokens, and broken in one pass.

The rules, after JIS X 4051 (the Japanese line composition standard) and
Unicode's line breaking algorithm (UAX #14), simplified to what briefs hold:

* Latin text breaks at spaces, and the spaces at a break disappear; a word
  may also break after a hyphen or a slash ("AI-" / "related", and long web
  addresses in a sources list).
* Japanese text (kana, kanji, CJK punctuation, full-width forms) may break
  between any two characters, and between a character and a Latin word.
* Kinsoku: closing brackets, 、。 and other closing punctuation, small kana
  and the prolonged sound mark never start a line; opening brackets never end
  one. The character before such a mark goes to the next line with it, or,
  where the line has no other place to break (a Latin word before 、), one
  stop or comma hangs past the end of the line.
* Numbers stay with their units and counters (2023年, 第23条, 30％, 1兆円),
  dates and era names stay whole (2023年4月28日, 令和元年): the break falls
  before or after them.
* Citation numbers (raised text) never start a line, and never take only one
  or two characters with them onto a paragraph's last line: more of the
  text comes down with them when the line has room (…対象と / する。[9]).
* A word wider than the whole line is split between characters, so nothing
  runs off the page.

No reportlab types appear here: widths come from the caller's ``measure``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import msgspec

# Kana, kanji, CJK symbols and punctuation, full-width and half-width forms:
# text in which a line may break between any two characters.
_CJK = (
    "\u2025\u2026\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003ffff"
)
# One CJK character, a run of other non-space characters (a Latin word), or spaces:
# findall gives (cjk, word, spaces) with one of the three filled.
_TOKEN = re.compile(f"([{_CJK}])|([^ {_CJK}]+)|( +)")

# JIS X 4051 line-start prohibitions: closing brackets, stops and commas, middle
# dots, iteration marks, the prolonged sound mark and small kana.
NO_START = frozenset(
    "!),.:;?]}¢°’”‥…‰′″℃、。々〉》」』】〕〗〙〟〻ゝゞ゠ー・ヽヾ"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "！％），．：；？］｝｡｣､･ｧｨｩｪｫｬｭｮｯｰ"
)
# Line-end prohibitions: opening brackets and quotation marks.
NO_END = frozenset("([{‘“〈《「『【〔〖〘〝（［｛｢")
# What may hang past the end of a line that has nowhere else to break: one stop or comma.
HANGING = frozenset("、。，．,.")
# A Latin word may break after these (UAX #14's hyphens and solidus): "AI-related",
# and web addresses in a sources list, "https://www.example.jp/ai/".
BREAK_AFTER = "-/‐–—"
_PARTS = re.compile(f".+?[{BREAK_AFTER}]+(?=[^{BREAK_AFTER}])|.+")
_HAS_BREAK = re.compile(f"[{BREAK_AFTER}].")

SPACE, CJK, HARD = 1, 2, 4  # token kinds, as bit flags

# Numbers and what belongs to them. A token's ``head`` says what it starts with and its
# ``tail`` what it holds on to: no break between two tokens where these meet.
UNIT, DIGIT, ERA_END = 1, 2, 4
DIGITS = frozenset("0123456789０１２３４５６７８９")
# Units and counters that follow a number: 2023年, 第23条, 30％, 1兆円, 3か月, 2名.
UNITS = frozenset(
    "年月日時分秒条項号章節編款回名人万億兆%％円件歳社国か箇ヶカケ倍割度次期点枚頁週台個"
)
# What a number follows: dates (年4月), 第23条, 約30, and era names (令和6年).
BEFORE_NUMBER = frozenset("年月第約和成正治")
ERA_STARTS, ERA_ENDS = frozenset("令平昭大明"), frozenset("和成正治")
MIN_LAST_LINE = 3  # characters a citation takes with it onto a paragraph's last line


class Ink(msgspec.Struct, frozen=True):
    """How a piece of text looks: its font face and size, colour, and what it links to.

    ``rise`` lifts the text above the baseline (superscript citations);
    ``back`` is a fill colour behind it (status flags); ``href`` is a web
    address or ``#destination``; ``underline`` draws a line under it in its
    colour.
    """

    face: str
    size: float
    colour: str
    rise: float = 0.0
    back: str = ""
    href: str = ""
    underline: bool = False


class Token(msgspec.Struct, frozen=True):
    """An unbreakable piece of a line: a word, one CJK character, spaces, or a hard break."""

    text: str
    ink: Ink
    width: float
    kind: int  # SPACE, CJK or HARD flags
    no_start: bool = False  # must not start a line (kinsoku)
    no_end: bool = False  # must not end a line (kinsoku)
    cut: bool = False  # the head of a word split because it was wider than the line
    soft_end: bool = False  # a Latin word may break after it: it ends in a hyphen or slash
    head: int = 0  # UNIT, DIGIT, ERA_END: what the token starts with
    tail: int = 0  # the heads the token holds on to (a digit holds a unit: 23条)


class Line(msgspec.Struct, frozen=True):
    """One laid-out line: its tokens (no spaces at either end), their width, and how it ends.

    ``after`` holds what the break swallowed (spaces, a hard break), so that
    the lines joined again give back the text exactly.
    """

    tokens: tuple[Token, ...]
    width: float
    hard_end: bool  # the line ends at a hard break or at the end of the paragraph
    after: tuple[Token, ...] = ()


def rejoin(lines: Iterable[Line]) -> list[Token]:
    """Return the tokens of ``lines`` as they were before breaking, to break them again.

    Words split because they were wider than a line become whole again, so
    that they can be split afresh for another width.
    """
    tokens: list[Token] = []
    for line in lines:
        for token in (*line.tokens, *line.after):
            if tokens and tokens[-1].cut and tokens[-1].ink is token.ink:
                head = tokens[-1]
                tokens[-1] = Token(
                    head.text + token.text,
                    head.ink,
                    head.width + token.width,
                    head.kind,
                    head.no_start,
                    token.no_end,
                    token.cut,
                    token.soft_end,
                    head.head,
                    token.tail,
                )
            else:
                tokens.append(token)
    return tokens


Measure = Callable[[str, Ink], float]  # the width of some text in an ink, in points


def tokenize(pieces: Iterable[tuple[str, Ink | None]], measure: Measure) -> list[Token]:
    """Return the tokens of ``pieces``: (text, ink) pairs, where an ink of None is a hard break.

    Tokens are never changed once made, so one token stands for every
    occurrence of a word (or a kana) in an ink: a brief measures each once.
    """
    tokens: list[Token] = []
    append = tokens.append
    for text, ink in pieces:
        if ink is None:
            append(_HARD)
            continue
        entry = _KNOWN.get((measure, ink))
        if entry is None or len(entry[1]) > _KNOWN_WORDS:
            if len(_KNOWN) > _KNOWN_INKS:
                _KNOWN.clear()
            entry = _KNOWN[(measure, ink)] = (ink, {})
        # Every token of equal inks holds the same ink object: runs of one ink are
        # then found by identity when lines are drawn.
        ink, known = entry
        for cjk, word, spaces in _TOKEN.findall(text):
            parts = (cjk or spaces,) if not word else _word_parts(word)
            for part in parts:
                token = known.get(part)
                if token is None:
                    token = known[part] = _token(part, ink, measure, cjk=bool(cjk))
                append(token)
    return tokens


@lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[str, ...]:
    """Return a Latin word cut after its hyphens and slashes (most words have none)."""
    if len(word) < 3 or _HAS_BREAK.search(word) is None:
        return (word,)
    return tuple(_PARTS.findall(word))


def _token(word: str, ink: Ink, measure: Measure, *, cjk: bool) -> Token:
    first, last = word[0], word[-1]
    width = measure(word, ink)
    if first == " ":
        return Token(word, ink, width, SPACE)
    # A raised piece (a citation number) stays with the text it follows.
    no_start = first in NO_START or ink.rise > 0
    head = (
        (UNIT if first in UNITS else 0)
        | (DIGIT if first in DIGITS or first == "元" else 0)
        | (ERA_END if first in ERA_ENDS else 0)
    )
    tail = (
        (UNIT | DIGIT if last in DIGITS else 0)
        | (DIGIT if last in BEFORE_NUMBER else 0)
        | (ERA_END if last in ERA_STARTS else 0)
        | (UNIT if last == "元" else 0)  # 元年
    )
    if cjk:
        return Token(word, ink, width, CJK, no_start, first in NO_END, head=head, tail=tail)
    soft_end = len(word) > 1 and last in BREAK_AFTER
    return Token(
        word, ink, width, 0, no_start, last in NO_END, soft_end=soft_end, head=head, tail=tail
    )


_HARD = Token("", Ink("", 0.0, ""), 0.0, HARD)
# The tokens made so far, by ink (with the ink object they all hold).
_KNOWN: dict[tuple[Measure, Ink], tuple[Ink, dict[str, Token]]] = {}
_KNOWN_INKS = 512  # forget them all beyond this many inks...
_KNOWN_WORDS = 50_000  # ...or an ink's beyond this many words


def _may_break_between(before: Token, after: Token, solid: Token | None) -> bool:
    """Return whether a line may end after ``before`` when ``after`` follows it directly.

    ``solid`` is the last token before ``after`` that is not spaces: an opening
    bracket keeps what follows on its line even across spaces ("「 本部").
    """
    if after.kind & SPACE:
        return False  # break after the spaces, which then disappear, never before them
    if before.tail & after.head:
        return False  # a number and its unit, a date, an era name
    if before.kind & SPACE:
        return not (after.no_start or (solid is not None and solid.no_end))
    if not (before.kind & CJK or after.kind & CJK):
        # Inside Latin text: at spaces, and after a hyphen or slash inside a word.
        return before.soft_end and not after.no_start
    return not (after.no_start or before.no_end)


def break_lines(tokens: list[Token], width: float, measure: Measure) -> list[Line]:
    """Return ``tokens`` broken into lines no wider than ``width`` points, greedily.

    A line holds at least one character, so even a line narrower than a
    character makes progress.
    """
    tokens = list(tokens)
    ranges: list[tuple[int, int, bool]] = []  # (start, end, hard) of each line
    start = 0  # the first token of the line being filled
    i = 0
    x = 0.0  # the width of tokens[start:i]
    last_break = -1  # the last index the line may be broken before
    solid: Token | None = None  # the last token on the line that is not spaces
    fuzz = 1e-6
    while i < len(tokens):
        token = tokens[i]
        if token.kind & HARD:
            ranges.append((start, i, True))
            start = i = i + 1
            x, last_break = 0.0, -1
            continue
        if i == start and token.kind & SPACE:
            start = i = i + 1  # spaces at the start of a line disappear
            continue
        if i > start and _may_break_between(tokens[i - 1], token, solid):
            last_break = i
        if not token.kind & SPACE:
            solid = token
        if x + token.width <= width + fuzz or token.kind & SPACE:
            x += token.width  # spaces may hang past the end: they are not drawn there
            i += 1
            continue
        if last_break > start:
            end = last_break
        else:
            if i > start:
                end = i  # no break allowed on this line: break before the token that overflows
            elif len(token.text) == 1:
                end = i + 1  # one character wider than the line: it has the line to itself
            else:
                head, tail = _split_token(token, width, measure)  # a word wider than the line
                tokens[i : i + 1] = [head, tail]
                end = i + 1
            # With no earlier break, one stop or comma may hang past the end
            # (burasagari, as JIS X 4051 allows); anything else that cannot
            # start a line starts the next one rather than run off the edge.
            hangs = end < len(tokens) and tokens[end].text in HANGING
            if hangs and not tokens[end - 1].kind & SPACE:
                end += 1
        ranges.append((start, end, False))
        start = i = end
        x, last_break = 0.0, -1
    if start < len(tokens) or not ranges:
        ranges.append((start, len(tokens), True))
    elif not ranges[-1][2]:
        ranges[-1] = (*ranges[-1][:2], True)  # the paragraph's last line
    for n in range(1, len(ranges)):
        if ranges[n][2] and not ranges[n - 1][2]:
            _no_stranded_tail(tokens, ranges, n, width)
    return _lines(tokens, ranges)


def _text_chars(tokens: list[Token]) -> int:
    """Return how many characters of text (not spaces, not raised citations) ``tokens`` hold."""
    return sum(len(t.text) for t in tokens if not t.kind & SPACE and t.ink.rise <= 0)


def _no_stranded_tail(
    tokens: list[Token], ranges: list[tuple[int, int, bool]], n: int, width: float
) -> None:
    """Bring more text down to a last line that holds a citation and only one or two characters.

    The break moves back to the latest place on the line before that gives
    the last line at least MIN_LAST_LINE characters, if the last line then
    still fits; else the lines stay as they are.
    """
    start, end, hard = ranges[n]
    line = tokens[start:end]
    chars = _text_chars(line)
    if not 0 < chars < MIN_LAST_LINE or not any(t.ink.rise > 0 for t in line):
        return
    before_start = ranges[n - 1][0]
    visible = sum(t.width for t in line if not t.kind & SPACE)
    for b in range(start - 1, before_start, -1):
        token = tokens[b]
        if not token.kind & SPACE:
            visible += token.width
            chars += len(token.text) if token.ink.rise <= 0 else 0
        if visible > width + 1e-6:
            return  # the text alone is too wide already (spaces would only add)
        if chars < MIN_LAST_LINE or token.kind & SPACE:
            continue
        solid = next((t for t in reversed(tokens[before_start:b]) if not t.kind & SPACE), None)
        if _may_break_between(tokens[b - 1], token, solid):
            last = _lines(tokens, [(b, end, hard)])[0]
            if last.width > width + 1e-6:
                return
            ranges[n - 1] = (before_start, b, False)
            ranges[n] = (b, end, hard)
            return


def _lines(tokens: list[Token], ranges: list[tuple[int, int, bool]]) -> list[Line]:
    """Return the lines of ``ranges``, each without spaces at either end."""
    visible: list[tuple[int, int, bool]] = []
    for start, end, hard in ranges:
        while end > start and tokens[end - 1].kind & SPACE:
            end -= 1
        while start < end and tokens[start].kind & SPACE:
            start += 1
        visible.append((start, end, hard))
    lines: list[Line] = []
    for n, (start, end, hard) in enumerate(visible):
        following = visible[n + 1][0] if n + 1 < len(visible) else len(tokens)
        part = tuple(tokens[start:end])
        after = tuple(tokens[end:following])
        lines.append(Line(part, sum(token.width for token in part), hard, after))
    return lines


def _split_token(token: Token, width: float, measure: Measure) -> tuple[Token, Token]:
    """Split a word wider than ``width``: the longest head that fits (one character at least)."""
    text, ink = token.text, token.ink
    used = 0.0
    cut = 0
    for char in text:
        char_width = measure(char, ink)
        if cut and used + char_width > width:
            break
        used += char_width
        cut += 1
    cut = min(cut, len(text) - 1)  # the caller splits only words of two characters or more
    head, tail = text[:cut], text[cut:]
    head_width = measure(head, ink)
    return (
        Token(head, ink, head_width, token.kind, token.no_start, False, cut=True),
        Token(
            tail,
            ink,
            max(token.width - head_width, 0.0),
            token.kind,
            False,
            token.no_end,
            soft_end=token.soft_end,
        ),
    )
