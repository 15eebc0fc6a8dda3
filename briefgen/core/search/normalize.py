"""Text normalisation for search, the way Japanese users expect it.

NFKC folds full-width Latin letters and digits (ＡＩ, ２０２５) to ASCII and
half-width katakana (ｶﾀｶﾅ) to full-width; case folding makes "AI" find "ai".
The same function runs over indexed text and queries, so both sides agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Kana, the long-vowel mark, CJK ideographs (with extension A and compatibility
# ideographs) and the iteration mark 々: scripts written without spaces, where a
# "word" cannot be found by splitting and n-grams stand in for words.
_CJK_CLASS = r"\u3005\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


# Compiled on first use: these classes take milliseconds to compile, and an
# export that never searches should not pay for them.
@cache
def _cjk_run() -> re.Pattern[str]:
    return re.compile(f"[{_CJK_CLASS}]+")


@cache
def _word_or_cjk() -> re.Pattern[str]:
    return re.compile(f"[{_CJK_CLASS}]+|[^\\W_{_CJK_CLASS}]+")


def normalize(text: str) -> str:
    """Return ``text`` in the form used for matching: NFKC, case-folded, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


def is_cjk(text: str) -> bool:
    """Return True when every character of ``text`` is kana or a CJK ideograph."""
    return _cjk_run().fullmatch(text) is not None


def has_cjk(text: str) -> bool:
    """Return True when ``text`` holds any kana or CJK ideograph."""
    return _cjk_run().search(text) is not None


def cjk_grams(run: str) -> list[str]:
    """Return the single characters and character pairs of a CJK run."""
    grams = list(run)
    grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def short_tokens(normalized: str) -> str:
    """Return the text to index for one- and two-character queries.

    Words of spaced scripts are kept as they are; each run of Japanese is
    replaced by its characters and character pairs, so that 法 and 本部 are
    whole tokens a tokenizer can find.
    """
    return _cjk_run().sub(lambda match: " " + " ".join(cjk_grams(match.group())) + " ", normalized)


def split_terms(normalized: str) -> list[str]:
    """Return the parts of a short term: runs of Japanese and runs of letters or digits."""
    return _word_or_cjk().findall(normalized)
