"""Write templates/reference.docx, the Word reference document with briefgen's house styles.

The DOCX renderer starts every brief from this file the way pandoc's
``--reference-doc`` does: it keeps the styles, page setup and headers and throws
the body away. An organisation restyles every brief by editing the styles of a
copy of this file in Word (Home > Styles > Modify) and pointing briefgen at it;
this script only makes the shipped default.

    .venv/bin/python scripts/make_reference_docx.py [OUTPUT]   # default: templates/reference.docx

It starts from python-docx's default template and changes it as follows:

- A4 portrait with 20 mm margins (the template is US Letter).
- Only Word's built-in styles, trimmed to the ones briefgen uses (plus the list,
  body and emphasis basics); the many unused table styles and the linked
  character styles ("Heading 1 Char" ...) are removed.
- Fonts: Latin text in Cambria (body) and Calibri (headings, title, captions,
  header and footer); Japanese text in Yu Mincho (游明朝, body) and Yu Gothic
  (游ゴシック, headings). Both pairs ship with Microsoft Office on Windows and
  macOS, and LibreOffice substitutes the metric-compatible Caladea and Carlito,
  so line breaks stay close across applications. The template's theme-font
  attributes (w:asciiTheme ...), which win over explicit font names in Word, are
  removed, and the theme's fonts are set to the same typefaces.
- Document defaults: 10.5 pt (the usual Japanese document size), language
  en-GB with East Asian language ja-JP.
- Restrained colours: dark blue title and headings, grey secondary text.
- A short body showing every style, so whoever edits the styles sees them; the
  renderer never copies it into a brief.

The output is byte-for-byte the same on every run (fixed dates and zip
timestamps), so a diff of the committed file means the styles changed.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from briefgen.render.docx.wordml import remove_theme_fonts, set_fonts, set_language

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "templates" / "reference.docx"

BODY_LATIN, BODY_EAST_ASIAN = "Cambria", "Yu Mincho"
HEADING_LATIN, HEADING_EAST_ASIAN = "Calibri", "Yu Gothic"
NAVY, BLUE_GREY, GREY, DARK_GREY, MARK_RED = "1F3864", "2E5077", "595959", "404040", "9C1C1C"
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# Styles of python-docx's template that are kept, by style id; the others are removed.
KEEP = {
    "Normal", "Header", "Footer", "Heading1", "Heading2", "Heading3", "DefaultParagraphFont",
    "TableNormal", "NoList", "Title", "Subtitle", "ListParagraph", "BodyText", "ListBullet",
    "ListContinue", "ListNumber", "Quote", "Caption", "Strong", "Emphasis", "SubtleEmphasis",
    "IntenseEmphasis", "NoSpacing", "TableGrid",
}  # fmt: skip
# Built-in styles the template lacks, by the name Word stores in styles.xml.
ADDED = {
    "Hyperlink": WD_STYLE_TYPE.CHARACTER,
    "FollowedHyperlink": WD_STYLE_TYPE.CHARACTER,
    "footnote text": WD_STYLE_TYPE.PARAGRAPH,
    "footnote reference": WD_STYLE_TYPE.CHARACTER,
    "Body Text 3": WD_STYLE_TYPE.PARAGRAPH,
    "Message Header": WD_STYLE_TYPE.PARAGRAPH,
    "Note Heading": WD_STYLE_TYPE.PARAGRAPH,
    "Bibliography": WD_STYLE_TYPE.PARAGRAPH,
}
Style = Any  # python-docx style proxies are untyped


def main(argv: list[str]) -> int:
    """Write the reference document to ``argv[0]`` or templates/reference.docx."""
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    document = docx.Document()
    drop_unused_parts(document)
    trim_styles(document)
    set_defaults(document)
    style_paragraphs(document)
    style_characters(document)
    style_tables(document)
    trim_numbering(document)
    set_page(document)
    set_properties(document)
    write_showcase(document)
    buffer = io.BytesIO()
    document.save(buffer)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(normalise_package(buffer.getvalue()))
    print(f"wrote {output}")
    return 0


def drop_unused_parts(document: Any) -> None:
    """Remove the thumbnail (python-docx's logo), the Word 2010 style copy and custom XML."""
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rel_id)
    part_rels = document.part.rels
    for rel_id, rel in list(part_rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, RT.WEB_SETTINGS) or rel.reltype.endswith(
            "/stylesWithEffects"
        ):
            part_rels.pop(rel_id)


def trim_styles(document: Any) -> None:
    """Keep the built-in styles briefgen uses; drop linked "... Char" styles and unused ones."""
    styles = document.styles.element
    for style in list(styles.style_lst):
        if style.styleId not in KEEP:
            styles.remove(style)
            continue
        for tag in ("w:link", "w:rsid"):
            for child in style.findall(qn(tag)):
                style.remove(child)
    for name, kind in ADDED.items():
        document.styles.add_style(name, kind, builtin=True)
    remove_theme_fonts(styles)


def set_defaults(document: Any) -> None:
    """Set the document defaults: body fonts, 10.5 pt, en-GB / ja-JP, paragraph spacing."""
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, latin=BODY_LATIN, east_asian=BODY_EAST_ASIAN)
    set_language(rpr, val="en-GB", east_asia="ja-JP")
    ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    ppr.remove(ppr.find(qn("w:spacing")))
    ppr.append(
        parse_xml(f'<w:spacing {nsdecls("w")} w:after="120" w:line="264" w:lineRule="auto"/>')
    )
    # 10.5 pt here and not on Normal: a table style's size then applies inside its tables.
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), "21")
    normal = document.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), latin=BODY_LATIN, east_asian=BODY_EAST_ASIAN)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    theme_lang.set(qn("w:val"), "en-GB")
    theme_lang.set(qn("w:eastAsia"), "ja-JP")
    # Word 2013+ layout (no "Compatibility Mode"; tables align with the margins, not their text).
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")


def _heading_font(style: Style, size: float, color: str, *, bold: bool = True) -> None:
    set_fonts(style.element.get_or_add_rPr(), latin=HEADING_LATIN, east_asian=HEADING_EAST_ASIAN)
    _size(style, size)
    style.font.bold = True if bold else None
    _color(style, color)


def _size(style: Style, points: float) -> None:
    """Set the style's size for all scripts (w:sz and w:szCs)."""
    rpr = style.element.get_or_add_rPr()
    style.font.size = Pt(points)
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(size_cs)
    size_cs.set(qn("w:val"), str(round(points * 2)))


def _color(style: Style, color: str) -> None:
    rpr = style.element.get_or_add_rPr()
    old = rpr.find(qn("w:color"))
    if old is not None:
        rpr.remove(old)
    style.font.color.rgb = RGBColor.from_string(color)


def _spacing(style: Style, before: float, after: float) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)


def _set_ppr(style: Style, xml: str) -> None:
    """Replace the named child of the style's w:pPr with ``xml`` (one element)."""
    element = parse_xml(re.sub(r"^<(w:\w+)", rf"<\1 {nsdecls('w')}", xml, count=1))
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(element.tag):
        ppr.remove(old)
    ppr.insert_element_before(element, *_PPR_AFTER[_local(element.tag)])


def _local(tag: str) -> str:
    return "w:" + tag.split("}")[1]


# What may follow each pPr child we set (ECMA-376 order), for insert_element_before.
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)  # fmt: skip
_PPR_AFTER = {tag: _PPR_ORDER[i + 1 :] for i, tag in enumerate(_PPR_ORDER)}


def style_paragraphs(document: Any) -> None:
    """Define the paragraph styles: title, headings, lists, quote, caption, fine print."""
    styles = document.styles
    title = styles["Title"]
    _heading_font(title, 22, NAVY)
    title.element.get_or_add_rPr().remove(title.element.rPr.find(qn("w:spacing")))
    _set_ppr(
        title, f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="6" w:color="{NAVY}"/></w:pBdr>'
    )
    _set_ppr(title, '<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/>')

    subtitle = styles["Subtitle"]
    numpr = subtitle.element.pPr.find(qn("w:numPr"))
    subtitle.element.pPr.remove(numpr)  # the template numbers subtitles; Word's built-in does not
    _heading_font(subtitle, 13, BLUE_GREY, bold=False)
    for tag in ("w:i", "w:iCs"):
        subtitle.element.rPr.remove(subtitle.element.rPr.find(qn(tag)))
    subtitle.element.rPr.remove(subtitle.element.rPr.find(qn("w:spacing")))
    _spacing(subtitle, 0, 6)

    for level, size, color, before in (
        (1, 14, NAVY, 16),
        (2, 12, BLUE_GREY, 12),
        (3, 10.5, DARK_GREY, 10),
    ):
        heading = styles[f"Heading {level}"]
        _heading_font(heading, size, color)
        _spacing(heading, before, 4)

    bullet = styles["List Bullet"]
    for child in bullet.element.pPr.findall(qn("w:contextualSpacing")):
        bullet.element.pPr.remove(child)
    _spacing(bullet, 0, 4)
    continued = styles["List Continue"]  # the second language of a bullet, under its text
    for child in continued.element.pPr.findall(qn("w:contextualSpacing")):
        continued.element.pPr.remove(child)
    _spacing(continued, 0, 4)

    quote = styles["Quote"]
    _color(quote, DARK_GREY)
    _set_ppr(
        quote, '<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="A6A6A6"/></w:pBdr>'
    )
    _set_ppr(quote, '<w:ind w:left="284" w:right="284"/>')
    _spacing(quote, 6, 8)

    caption = styles["Caption"]
    _heading_font(caption, 9, DARK_GREY)
    caption.paragraph_format.keep_with_next = True  # captions sit above their tables
    _spacing(caption, 8, 4)

    header_footer(styles["Header"])
    header_footer(styles["Footer"])

    # Fine print (the colophon) and Word footnotes (--citations footnotes) look alike.
    for name, style_id in (("Body Text 3", "BodyText3"), ("footnote text", "FootnoteText")):
        small = styles[name]
        small.style_id = style_id
        _base(small, styles)
        _size(small, 8.5)
        _color(small, GREY)
        _set_ppr(small, '<w:spacing w:before="0" w:after="40" w:line="240" w:lineRule="auto"/>')
    mark = styles["footnote reference"]
    mark.style_id = "FootnoteReference"
    mark.base_style = styles["Default Paragraph Font"]
    mark.font.superscript = True

    meta = styles["Message Header"]
    _base(meta, styles)
    meta.next_paragraph_style = styles["Normal"]
    _heading_font(meta, 10, GREY, bold=False)
    _spacing(meta, 0, 12)

    marking = styles["Note Heading"]
    _base(marking, styles)
    marking.next_paragraph_style = styles["Normal"]
    _heading_font(marking, 10, MARK_RED)
    marking.element.rPr.insert_element_before(
        parse_xml(f'<w:spacing {nsdecls("w")} w:val="20"/>'), "w:w", "w:kern", "w:position", "w:sz"
    )
    _spacing(marking, 0, 6)

    bibliography = styles["Bibliography"]
    _base(bibliography, styles)
    _size(bibliography, 9)
    _set_ppr(bibliography, '<w:spacing w:before="0" w:after="60" w:line="252" w:lineRule="auto"/>')
    _set_ppr(bibliography, '<w:ind w:left="454" w:hanging="454"/>')  # 8 mm for "[12]"


def header_footer(style: Style) -> None:
    """Style the page header or footer: small grey heading face, one right tab at 170 mm."""
    _heading_font(style, 8.5, GREY, bold=False)
    _set_ppr(style, '<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs>')


def _base(style: Style, styles: Any) -> None:
    style.base_style = styles["Normal"]
    style.quick_style = True
    style.hidden = False
    style.unhide_when_used = False


def style_characters(document: Any) -> None:
    """Define the character styles: hyperlinks, strong, subtle and intense emphasis."""
    styles = document.styles
    for name, color in (("Hyperlink", "0563C1"), ("FollowedHyperlink", "954F72")):
        style = styles[name]
        style.base_style = styles["Default Paragraph Font"]
        style.font.underline = True
        style.font.color.rgb = RGBColor.from_string(color)
        style.unhide_when_used = True
    subtle = styles["Subtle Emphasis"]
    _color(subtle, GREY)
    intense = styles["Intense Emphasis"]  # status flags such as UNVERIFIED
    for tag in ("w:i", "w:iCs"):  # bold dark red, upright: a status, not emphasis
        intense.element.rPr.remove(intense.element.rPr.find(qn(tag)))
    _color(intense, MARK_RED)


def style_tables(document: Any) -> None:
    """Give Table Grid light grey rules, cell padding and a shaded, bold header row."""
    grid = document.styles["Table Grid"].element
    tblpr = grid.find(qn("w:tblPr"))
    grid.remove(tblpr)
    rule = 'w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"'
    grid.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}>"
            '<w:tblInd w:w="0" w:type="dxa"/>'
            f"<w:tblBorders><w:top {rule}/><w:left {rule}/><w:bottom {rule}/><w:right {rule}/>"
            f"<w:insideH {rule}/><w:insideV {rule}/></w:tblBorders>"
            '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr>"
        )
    )
    grid.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow">'
            "<w:rPr><w:b/><w:bCs/></w:rPr>"
            '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7EBF1"/></w:tcPr>'
            "</w:tblStylePr>"
        )
    )
    # Cell text with air between lines and paragraphs, as the PDF's cells have.
    spacing = grid.find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "60")
    spacing.set(qn("w:line"), "264")
    spacing.set(qn("w:lineRule"), "auto")
    _size(document.styles["Table Grid"], 9.5)


def trim_numbering(document: Any) -> None:
    """Keep only List Bullet's and List Number's lists; use a plain bullet, not a Symbol glyph."""
    numbering = document.part.numbering_part.element
    keep_abstract = {"8", "7"}  # List Bullet (numId 1), List Number (numId 5) in the template
    for abstract in numbering.findall(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) not in keep_abstract:
            numbering.remove(abstract)
    for num in numbering.findall(qn("w:num")):
        if num.find(qn("w:abstractNumId")).get(qn("w:val")) not in keep_abstract:
            numbering.remove(num)
    for abstract in numbering.findall(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) == "8":
            level = abstract.find(qn("w:lvl"))
            level.find(qn("w:lvlText")).set(qn("w:val"), "•")
            fonts = level.find(qn("w:rPr")).find(qn("w:rFonts"))
            for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
                fonts.set(qn(f"w:{attribute}"), HEADING_LATIN)


def set_page(document: Any) -> None:
    """Make the page A4 portrait with 20 mm margins and 10 mm header and footer distances."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin = section.right_margin = Mm(20)
        section.header_distance = section.footer_distance = Mm(10)
        section.gutter = Mm(0)


def set_properties(document: Any) -> None:
    """Set fixed document properties (fixed dates keep the output reproducible)."""
    props = document.core_properties
    props.title = "briefgen reference document"
    props.author = "briefgen"
    props.comments = "House styles for briefgen's Word export. Edit the styles, not the text."
    props.last_modified_by = "briefgen"
    props.language = "en-GB"
    props.revision = 1
    props.created = props.modified = FIXED_TIME


def write_showcase(document: Any) -> None:
    """Write one paragraph in each style, in English and Japanese."""
    add = document.add_paragraph
    add("INTERNAL / 取扱注意", style="Note Heading")
    add("Reference document: house styles / 参照文書：スタイル見本", style="Title")
    add("Subtitle / 副題", style="Subtitle")
    add(
        "Prepared by, organisation and date (Message Header) / 作成者・日付", style="Message Header"
    )
    add("Heading 1 / 見出し 1", style="Heading 1")
    body = add("Normal: body text of a brief. 本文：人工知能戦略本部は2025年9月1日に設置された。")
    body.add_run(" Hyperlink", style="Hyperlink")
    body.add_run(" Strong", style="Strong")
    body.add_run(" Subtle Emphasis", style="Subtle Emphasis")
    body.add_run(" UNVERIFIED (Intense Emphasis)", style="Intense Emphasis")
    add("List Bullet: one fact per bullet. 箇条書き。", style="List Bullet")
    add("List Continue: the same fact in its second language.", style="List Bullet")
    add("箇条書きの続き：同じ項目の第二言語。", style="List Continue")
    add("Heading 2 / 見出し 2", style="Heading 2")
    add("Quote: an analyst's note. 分析者の注記。", style="Quote")
    add("Heading 3 / 見出し 3", style="Heading 3")
    add("Caption: Table 1 / 表 1", style="Caption")
    table = document.add_table(rows=2, cols=2, style="Table Grid")
    for cell, text in zip(
        table._cells, ("Date / 日付", "Event / 出来事", "2025-09-01", "設置"), strict=True
    ):
        cell.text = text
    add("[1]\tBibliography: a numbered source. 出典。", style="Bibliography")
    add("Body Text 3: colophon and fine print. 奥付。", style="Body Text 3")
    add("Footnote Text: a footnote's text. 脚注。", style="footnote text")
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if re.search("[\u3040-\u30ff\u4e00-\u9fff]", run.text):
                set_language(run._r.get_or_add_rPr(), val="ja-JP", east_asia="ja-JP")


def normalise_package(data: bytes) -> bytes:
    """Return the zip ``data`` with fixed timestamps and attributes, so reruns give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, patch_part(item.filename, source.read(item.filename)))
    return out.getvalue()


def patch_part(name: str, data: bytes) -> bytes:
    """Return part ``name`` with python-docx's leftovers fixed (theme fonts, app name)."""
    if name == "word/theme/theme1.xml":
        text = data.decode("utf-8")
        text = _theme_fonts(text, "majorFont", HEADING_LATIN, "游ゴシック")
        text = _theme_fonts(text, "minorFont", BODY_LATIN, "游明朝")
        return text.encode("utf-8")
    if name == "docProps/app.xml":
        text = data.decode("utf-8")
        text = re.sub(
            r"<Application>[^<]*</Application>", "<Application>briefgen</Application>", text
        )
        return text.encode("utf-8")
    return data


def _theme_fonts(theme: str, which: str, latin: str, japanese: str) -> str:
    def fix(match: re.Match[str]) -> str:
        block = re.sub(r'<a:latin typeface="[^"]*"', f'<a:latin typeface="{latin}"', match.group(0))
        return re.sub(
            r'<a:font script="Jpan" typeface="[^"]*"',
            f'<a:font script="Jpan" typeface="{japanese}"',
            block,
        )

    return re.sub(rf"<a:{which}>.*?</a:{which}>", fix, theme, flags=re.S)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
