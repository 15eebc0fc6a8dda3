"""The fixed wording a brief prints, in English and Japanese.

These are document texts, chosen by the brief's language, not the UI's: a
Japanese brief exported from an English UI still says 出典, not Sources.
"""

from __future__ import annotations

from briefgen.core.library.model import Bilingual

SOURCES = Bilingual("Sources", "出典")
ABOUT = Bilingual("About this brief", "本資料について")
DATE = Bilingual("Date", "日付")
EVENT = Bilingual("Event", "出来事")
ENGLISH = Bilingual("English", "英語")
JAPANESE = Bilingual("日本語", "日本語")
PAGE = Bilingual("Page {page} of {pages}", "{page} / {pages} ページ")
PREPARED_BY = Bilingual("Prepared by {who}", "作成：{who}")
# Between the author and the organisation, and between the byline and the date.
NAME_SEPARATOR = Bilingual(", ", "、")
BYLINE_SEPARATOR = Bilingual(" · ", "　")
# Inside a citation: between a number and its locator, and between citations.
LOCATOR_SEPARATOR = Bilingual(": ", "：")
CITATION_SEPARATOR = Bilingual(", ", "、")
CITATION_SEPARATOR_LOCATED = Bilingual("; ", "、")
NO_DATE = Bilingual("undated", "日付なし")

FLAG_UNVERIFIED = Bilingual("UNVERIFIED", "未確認")
FLAG_DISPUTED = Bilingual("DISPUTED", "異論あり")
FLAG_SUPERSEDED = Bilingual("SUPERSEDED", "旧情報")
FLAG_STALE = Bilingual("REVIEW OVERDUE", "要再確認")
FLAG_NO_EN = Bilingual("NO ENGLISH TEXT", "英文なし")
FLAG_NO_JA = Bilingual("NO JAPANESE TEXT", "和文なし")
REWORDED_MARK = Bilingual("*", "＊")

COLOPHON_LIBRARY = Bilingual(
    "Facts from “{name}”, version {version} (content {digest}).",
    "ファクトの出典：「{name}」バージョン{version}（内容識別子 {digest}）。",
)
COLOPHON_GENERATED = Bilingual(
    "Generated on {date} by briefgen {app}.",
    "{date}にbriefgen {app}で作成。",
)
COLOPHON_AS_OF = Bilingual(
    "Facts checked as of {date} at the latest; library cut-off {cutoff}.",
    "ファクトの確認時点：最新で{date}。ライブラリの基準日：{cutoff}。",
)
COLOPHON_AS_OF_NO_CUTOFF = Bilingual(
    "Facts checked as of {date} at the latest.",
    "ファクトの確認時点：最新で{date}。",
)
COLOPHON_FLAGS = Bilingual(
    "Marks: UNVERIFIED — no source confirms the statement; DISPUTED — sources disagree; "
    "SUPERSEDED — replaced by later information; REVIEW OVERDUE — past its review date.",
    "表示：未確認＝裏付けとなる出典がない、異論あり＝出典間で見解が分かれる、"
    "旧情報＝その後の情報により更新済み、要再確認＝見直し期限を過ぎている。",
)
COLOPHON_REWORDED = Bilingual(
    "* Wording adapted for this brief; the sources are those of the library fact.",
    "＊本資料用に表現を調整した項目。出典はライブラリのファクトと同一。",
)
COLOPHON_BOTH = Bilingual(
    "Each statement is cited to its sources by number; see Sources.",
    "各記述には番号で出典を付している（「出典」参照）。",
)
COLOPHON_SHORT_SOURCES = Bilingual(
    "Sources are listed in short form (title, publisher, year); in the file, titles link to them.",
    "出典は略記（表題・発行者・年）。ファイルでは表題から各出典にリンクしている。",
)
