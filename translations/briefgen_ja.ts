<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="36"/>
        <location filename="../briefgen/gui/about_dialog.py" line="37"/>
        <source>About briefgen</source>
        <translation>briefgenについて</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="43"/>
        <source>briefgen icon</source>
        <translation>briefgenのアイコン</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="51"/>
        <source>About this copy of briefgen</source>
        <translation>このbriefgenについて</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="56"/>
        <source>&amp;Licences…</source>
        <translation>ライセンス(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="58"/>
        <source>Show the licences</source>
        <translation>ライセンスを表示</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="69"/>
        <source>Sourced, bilingual policy briefs on Japan&apos;s AI Strategy Headquarters, exported to Word and PDF.</source>
        <translation>人工知能戦略本部に関する出典付きの日英政策ブリーフを作成し、WordとPDFに書き出します。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="75"/>
        <source>The fact library is still loading.</source>
        <translation>ファクトライブラリを読み込んでいます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="79"/>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="83"/>
        <source>Fact library: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Version {version}, as of {as_of}; {facts} facts, {sources} sources</source>
        <translation>ファクトライブラリ: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;バージョン {version}({as_of}時点)、ファクト{facts}件、出典{sources}件</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="96"/>
        <source>Qt {qt}, Python {python}, {system}</source>
        <translation>Qt {qt}、Python {python}、{system}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="104"/>
        <source>briefgen includes third-party software, among it Qt, used under the GNU LGPL v3 as separate, replaceable shared libraries. The Licences view lists every component with its licence and where to get Qt&apos;s source.</source>
        <translation>briefgenにはQtをはじめとする第三者のソフトウェアが含まれています。QtはGNU LGPL v3に基づき、差し替え可能な独立した共有ライブラリとして使用しています。各コンポーネントのライセンスとQtのソースコードの入手先は「ライセンス」で確認できます。</translation>
    </message>
</context>
<context>
    <name>ArrangePage</name>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="39"/>
        <source>Arrange the brief</source>
        <translation>ブリーフの構成</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="42"/>
        <source>Drag facts to reorder them or move them to another section; reword or add notes.</source>
        <translation>ドラッグしてファクトを並べ替えたり別のセクションへ移動したりできます。表現の変更やメモの追加もできます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="49"/>
        <source>Sections and facts of the brief</source>
        <translation>ブリーフのセクションとファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="63"/>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="67"/>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="70"/>
        <source>&amp;Reword…</source>
        <translation>表現を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="71"/>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="72"/>
        <source>&amp;Edit Note…</source>
        <translation>メモを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="74"/>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="167"/>
        <source>Move item</source>
        <translation>項目の移動</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="175"/>
        <source>Remove item</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="193"/>
        <source>Reword fact</source>
        <translation>ファクトの表現変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="212"/>
        <source>Add note</source>
        <translation>メモの追加</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/arrange_page.py" line="225"/>
        <source>Edit note</source>
        <translation>メモの編集</translation>
    </message>
</context>
<context>
    <name>BilingualTextDialog</name>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="42"/>
        <source>Library (English):</source>
        <translation>ライブラリ(英語):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="43"/>
        <source>Library (Japanese):</source>
        <translation>ライブラリ(日本語):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="45"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="50"/>
        <source>English text</source>
        <translation>英語のテキスト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="53"/>
        <source>Japanese text</source>
        <translation>日本語のテキスト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="55"/>
        <source>&amp;English:</source>
        <translation>英語(&amp;E):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/text_dialog.py" line="57"/>
        <source>&amp;Japanese:</source>
        <translation>日本語(&amp;J):</translation>
    </message>
</context>
<context>
    <name>BriefModel</name>
    <message>
        <location filename="../briefgen/gui/models/brief_model.py" line="141"/>
        <source>{heading}  ({count})</source>
        <translation>{heading}  ({count})</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/brief_model.py" line="152"/>
        <source>Note: {text}</source>
        <translation>メモ: {text}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/brief_model.py" line="164"/>
        <source>{id} (no longer in the library)</source>
        <translation>{id}(ライブラリから削除済み)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/brief_model.py" line="168"/>
        <source>{text}  [reworded]</source>
        <translation>{text}  [表現変更あり]</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/brief_model.py" line="235"/>
        <source>Move item</source>
        <translation>項目の移動</translation>
    </message>
</context>
<context>
    <name>BriefWizard</name>
    <message>
        <location filename="../briefgen/gui/wizard.py" line="61"/>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/wizard.py" line="62"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/wizard.py" line="63"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CitationsEditor</name>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="44"/>
        <source>Source to cite</source>
        <translation>引用する出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="54"/>
        <source>Type to find a source by id or title</source>
        <translation>ID またはタイトルを入力して出典を探す</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="55"/>
        <source>&amp;Cite</source>
        <translation>引用(&amp;C)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="56"/>
        <source>Cite the chosen source</source>
        <translation>選んだ出典を引用</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="57"/>
        <source>Remove citation</source>
        <translation>引用を削除</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="59"/>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="61"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="61"/>
        <source>Locator (page, article)</source>
        <translation>箇所（頁・条）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/citations.py" line="61"/>
        <source>Quote</source>
        <translation>引用文</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="23"/>
        <source>Cannot write {path}: the disk is full.</source>
        <translation>{path} に書き込めません。ディスクがいっぱいです。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="24"/>
        <source>Cannot write {path}: permission denied. Choose another folder.</source>
        <translation>{path} に書き込めません。アクセス権がありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="27"/>
        <source>Cannot write {path}: the folder {other} does not exist.</source>
        <translation>{path} に書き込めません。フォルダー {other} が存在しません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="28"/>
        <source>Cannot write {path}: {other} is a file, not a folder.</source>
        <translation>{path} に書き込めません。{other} はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="31"/>
        <source>Cannot write {path}: the disk is read-only.</source>
        <translation>{path} に書き込めません。ディスクが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="32"/>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>{path} に書き込めません。フォルダーです。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="33"/>
        <source>Cannot write {path}: it is not a regular file.</source>
        <translation>{path} に書き込めません。通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="34"/>
        <source>Cannot write {path}: the file name is too long.</source>
        <translation>{path} に書き込めません。ファイル名が長すぎます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="35"/>
        <source>Cannot write {path}: the file size limit of this system or disk was reached.</source>
        <translation>{path} に書き込めません。このシステムまたはディスクのファイルサイズの上限に達しました。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="38"/>
        <source>Cannot write {path}: a loop of symbolic links.</source>
        <translation>{path} に書き込めません。シンボリックリンクが循環しています。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="39"/>
        <source>Cannot write {path}: briefgen is stopping.</source>
        <translation>{path} に書き込めません。briefgen が終了処理中です。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="40"/>
        <source>{path} is read-only, so it was not replaced.</source>
        <translation>{path} は読み取り専用のため、置き換えませんでした。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="41"/>
        <source>Cannot write {path}.</source>
        <translation>{path} に書き込めません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="58"/>
        <source>A file could not be written or read ({detail}).</source>
        <translation>ファイルの書き込みまたは読み込みができませんでした（{detail}）。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="61"/>
        <source>The document could not be made. Details (in English): {detail}</source>
        <translation>文書を作成できませんでした。詳細（英語）: {detail}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="71"/>
        <source>The brief {path} could not be saved. Details (in English): {detail}</source>
        <translation>ブリーフ {path} を保存できませんでした。詳細（英語）: {detail}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/error_labels.py" line="75"/>
        <source>The brief {path} could not be opened. Details (in English): {detail}</source>
        <translation>ブリーフ {path} を開けませんでした。詳細（英語）: {detail}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="35"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="36"/>
        <source>Write the brief as a Word document, a PDF, or both.</source>
        <translation>ブリーフをWord文書、PDF、またはその両方で書き出します。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="42"/>
        <source>&amp;Word document (.docx)</source>
        <translation>&amp;Word文書 (.docx)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="43"/>
        <source>&amp;PDF (.pdf)</source>
        <translation>&amp;PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="48"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="49"/>
        <source>Brow&amp;se…</source>
        <translation>参照(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="50"/>
        <source>Export a Word document</source>
        <translation>Word文書をエクスポート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="51"/>
        <source>Export a PDF</source>
        <translation>PDFをエクスポート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="52"/>
        <source>Word document file</source>
        <translation>Word文書ファイル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="53"/>
        <source>PDF file</source>
        <translation>PDFファイル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="54"/>
        <source>Choose the Word document file</source>
        <translation>Word文書ファイルを選択</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="55"/>
        <source>Choose the PDF file</source>
        <translation>PDFファイルを選択</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="64"/>
        <source>Cite sources as foot&amp;notes in the Word document</source>
        <translation>Word文書では出典を脚注にする(&amp;N)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="65"/>
        <source>Cite sources as Word footnotes</source>
        <translation>出典をWordの脚注にする</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="67"/>
        <source>Each citation becomes a Word footnote; the PDF keeps numbers in brackets.</source>
        <translation>各出典表示がWordの脚注になります。PDFでは角括弧の番号のままです。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="73"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="74"/>
        <source>Export the brief</source>
        <translation>ブリーフをエクスポート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="78"/>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="89"/>
        <source>Open &amp;File</source>
        <translation>ファイルを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="90"/>
        <source>Open F&amp;older</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="91"/>
        <source>Open the exported file</source>
        <translation>エクスポートしたファイルを開く</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="92"/>
        <source>Open the folder of the exported file</source>
        <translation>エクスポートしたファイルのフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="98"/>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>Word文書 (*.docx)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="168"/>
        <source>Nothing to export</source>
        <translation>エクスポートする内容がありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="170"/>
        <source>No fact of the brief ({count} in all) is in the library any more: add facts before exporting.</source>
        <translation>このブリーフのファクト({count}件)はいずれもライブラリにありません。エクスポートする前にファクトを追加してください。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="192"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="211"/>
        <source>Exported: {files}</source>
        <translation>エクスポートしました: {files}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="227"/>
        <source>The export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="235"/>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/export_page.py" line="236"/>
        <source>Export failed</source>
        <translation>エクスポートの失敗</translation>
    </message>
</context>
<context>
    <name>FactDetail</name>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="29"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="30"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="32"/>
        <source>Event date</source>
        <translation>出来事の日付</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="35"/>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="36"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="37"/>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="42"/>
        <source>Superseded by</source>
        <translation>後継ファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="46"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="47"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="48"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/fact_detail.py" line="49"/>
        <source>Curator notes</source>
        <translation>キュレーターのメモ</translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="75"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="77"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="81"/>
        <source>Tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="83"/>
        <source>English text</source>
        <translation>英語の本文</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="85"/>
        <source>Japanese text</source>
        <translation>日本語の本文</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="90"/>
        <source>Date the fact refers to</source>
        <translation>ファクトの日付</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="91"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM または YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="93"/>
        <source>End of the period</source>
        <translation>期間の終わり</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="94"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="95"/>
        <source>Checked as true on (as of)</source>
        <translation>事実と確認した日（時点）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="96"/>
        <source>Review by</source>
        <translation>見直し期限</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="98"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="103"/>
        <source>Superseded by</source>
        <translation>後継ファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="109"/>
        <source>Curator notes (never printed)</source>
        <translation>キュレーターのメモ（印刷されない）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="131"/>
        <source>&amp;Id</source>
        <translation>ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="132"/>
        <source>To&amp;pic</source>
        <translation>トピック(&amp;P)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="133"/>
        <source>Ta&amp;gs</source>
        <translation>タグ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="138"/>
        <source>&amp;English</source>
        <translation>英語(&amp;E)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="138"/>
        <source>&amp;Japanese</source>
        <translation>日本語(&amp;J)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="151"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="152"/>
        <source>Date e&amp;nd</source>
        <translation>終了日(&amp;N)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="153"/>
        <source>&amp;As of</source>
        <translation>確認日(&amp;A)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="154"/>
        <source>Re&amp;view</source>
        <translation>見直し(&amp;V)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="155"/>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="156"/>
        <source>Superseded &amp;by</source>
        <translation>後継ファクト(&amp;B)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="157"/>
        <source>S&amp;ources</source>
        <translation>出典(&amp;O)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_editor.py" line="158"/>
        <source>No&amp;tes</source>
        <translation>メモ(&amp;T)</translation>
    </message>
</context>
<context>
    <name>FactEditorDialog</name>
    <message>
        <location filename="../briefgen/gui/manager/fact_dialog.py" line="52"/>
        <source>New fact</source>
        <translation>新しいファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_dialog.py" line="53"/>
        <source>Edit fact {id}</source>
        <translation>ファクト {id} の編集</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/fact_dialog.py" line="54"/>
        <source>Supersede fact {id}</source>
        <translation>ファクト {id} の更新（後継の作成）</translation>
    </message>
</context>
<context>
    <name>FactTableActions</name>
    <message>
        <location filename="../briefgen/gui/pages/fact_actions.py" line="72"/>
        <source>&amp;Copy text</source>
        <translation>本文をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/fact_actions.py" line="74"/>
        <source>Copy with &amp;citation</source>
        <translation>出典付きでコピー(&amp;I)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/fact_actions.py" line="85"/>
        <source>Open source: {title}</source>
        <translation>出典を開く: {title}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/fact_actions.py" line="90"/>
        <source>Show in the library &amp;manager</source>
        <translation>ライブラリの管理で表示(&amp;M)</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../briefgen/gui/models/fact_table_model.py" line="145"/>
        <source>Fact</source>
        <translation>ファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/fact_table_model.py" line="145"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/fact_table_model.py" line="145"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/fact_table_model.py" line="145"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/models/fact_table_model.py" line="207"/>
        <source>Past its review date ({date}).</source>
        <translation>見直し期限({date})を過ぎています。</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="56"/>
        <source>Choose the facts</source>
        <translation>ファクトの選択</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="58"/>
        <source>Search in English or Japanese; check the facts the brief should include.</source>
        <translation>英語または日本語で検索し、ブリーフに含めるファクトにチェックを付けます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="64"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="66"/>
        <source>e.g. headquarters, 本部, 推進法</source>
        <translation>例: 本部、推進法、基本計画</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="68"/>
        <source>Search facts</source>
        <translation>ファクトを検索</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="77"/>
        <source>Topic filter</source>
        <translation>トピックで絞り込み</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="78"/>
        <source>Tag filter</source>
        <translation>タグで絞り込み</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="79"/>
        <source>Status filter</source>
        <translation>ステータスで絞り込み</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="80"/>
        <source>Source kind filter</source>
        <translation>出典の種類で絞り込み</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="81"/>
        <source>Suggested for section</source>
        <translation>セクション向けの候補</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="82"/>
        <source>&amp;Dates from</source>
        <translation>期間(&amp;D)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="83"/>
        <source>Filter by date range</source>
        <translation>期間で絞り込み</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="87"/>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="88"/>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="94"/>
        <source>&amp;Add suggested facts</source>
        <translation>候補のファクトを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="95"/>
        <source>Add the facts suggested for the section</source>
        <translation>セクション向けの候補ファクトを追加</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="99"/>
        <source>&amp;Topic:</source>
        <translation>トピック(&amp;T):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="100"/>
        <source>Ta&amp;g:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="101"/>
        <source>Stat&amp;us:</source>
        <translation>ステータス(&amp;U):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="102"/>
        <source>Source &amp;kind:</source>
        <translation>出典の種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="109"/>
        <source>Suggested &amp;for:</source>
        <translation>候補の対象(&amp;F):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="117"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="127"/>
        <source>Library facts</source>
        <translation>ライブラリのファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="146"/>
        <source>Fact details</source>
        <translation>ファクトの詳細</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="154"/>
        <source>Space or Enter checks or unchecks the selected fact; Ctrl+F goes to the search.</source>
        <translation>スペースキーまたは Enter キーで選択したファクトのチェックを切り替えます。Ctrl+F で検索欄に移動します。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="210"/>
        <source>All topics</source>
        <translation>すべてのトピック</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="216"/>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="222"/>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="228"/>
        <source>Any source</source>
        <translation>すべての出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="238"/>
        <source>Any section</source>
        <translation>すべてのセクション</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="290"/>
        <source>{shown} of {total} facts</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="335"/>
        <source>Add fact</source>
        <translation>ファクトの追加</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="337"/>
        <source>Remove fact</source>
        <translation>ファクトの削除</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/facts_page.py" line="359"/>
        <source>Add suggested facts</source>
        <translation>候補ファクトの追加</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../briefgen/gui/manager/form_fields.py" line="149"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="45"/>
        <source>already in the library (same DOI {value})</source>
        <translation>ライブラリに登録済み（同じ DOI {value}）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="49"/>
        <source>already in the library (same address {value})</source>
        <translation>ライブラリに登録済み（同じアドレス {value}）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="53"/>
        <source>already in the library (same id {value})</source>
        <translation>ライブラリに登録済み（同じ ID {value}）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="57"/>
        <source>the reference has no title</source>
        <translation>文献にタイトルがありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="59"/>
        <source>the reference has no publisher or container title</source>
        <translation>文献に発行者も掲載誌名もありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="79"/>
        <source>Import references from {name}</source>
        <translation>{name} から文献をインポート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="84"/>
        <source>Sources file to add them to</source>
        <translation>追加先の出典ファイル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="88"/>
        <source>Add &amp;to:</source>
        <translation>追加先(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="91"/>
        <source>References to add</source>
        <translation>追加する文献</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="91"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="91"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="91"/>
        <source>DOI or URL</source>
        <translation>DOI または URL</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="94"/>
        <source>References not added</source>
        <translation>追加しない文献</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="94"/>
        <source>Reference</source>
        <translation>文献</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="94"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="97"/>
        <source>&amp;Will be added:</source>
        <translation>追加される文献(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="98"/>
        <source>&amp;Not added:</source>
        <translation>追加されない文献(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="103"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/import_preview.py" line="150"/>
        <source>{refs} references in the file: {added} to add, {duplicates} already in the library, {other} that cannot be added.</source>
        <translation>ファイル内の文献 {refs} 件：追加 {added} 件、登録済み {duplicates} 件、追加できないもの {other} 件。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="20"/>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="21"/>
        <source>Single source</source>
        <translation>単一出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="22"/>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="23"/>
        <source>Disputed</source>
        <translation>異論あり</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="24"/>
        <source>Superseded</source>
        <translation>更新済み(旧情報)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="32"/>
        <source>Confirmed by the curators against its sources.</source>
        <translation>キュレーターが出典と照合して確認済みです。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="35"/>
        <source>Backed by a single source only.</source>
        <translation>出典が一つだけです。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="38"/>
        <source>Not yet verified: the brief marks it as unverified.</source>
        <translation>未検証です。ブリーフでは「未検証」と表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="41"/>
        <source>Sources disagree: the brief marks it as disputed.</source>
        <translation>出典間で食い違いがあります。ブリーフでは「異論あり」と表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="44"/>
        <source>Replaced by a newer fact: the brief marks it as superseded.</source>
        <translation>新しいファクトに置き換えられています。ブリーフでは「旧情報」と表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="53"/>
        <source>Review due</source>
        <translation>要見直し</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="69"/>
        <source>Law</source>
        <translation>法令</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="70"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="71"/>
        <source>Parliament</source>
        <translation>国会</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="72"/>
        <source>News</source>
        <translation>報道</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="73"/>
        <source>Commentary</source>
        <translation>論評</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="74"/>
        <source>Reference</source>
        <translation>参考資料</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="75"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="84"/>
        <source>Fact “{fact}” is unverified.</source>
        <translation>ファクト「{fact}」は未検証です。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="88"/>
        <source>Fact “{fact}” is disputed.</source>
        <translation>ファクト「{fact}」には異論があります。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="91"/>
        <source>Fact “{fact}” is superseded by “{successor}”.</source>
        <translation>ファクト「{fact}」は「{successor}」に置き換えられています。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="94"/>
        <source>Fact “{fact}” is superseded.</source>
        <translation>ファクト「{fact}」は旧情報です。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="98"/>
        <source>Fact “{fact}” is past its review date {detail}.</source>
        <translation>ファクト「{fact}」は見直し期限を過ぎています {detail}。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="103"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="105"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="107"/>
        <source>Fact “{fact}” has no {language} text.</source>
        <translation>ファクト「{fact}」には{language}のテキストがありません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="111"/>
        <source>Character {character} is in none of the bundled fonts: the PDF shows it as a white square.</source>
        <translation>文字 {character} は同梱のどのフォントにもないため、PDFでは白い四角(□)で表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="117"/>
        <source>The brief is too long for its template: about {lines} line(s) more than {pages} page(s) hold before the sources. Leave out facts, or choose a longer template.</source>
        <translation>ブリーフがテンプレートの分量を超えています。出典の前に収まるのは{pages}ページですが、約{lines}行はみ出しています。ファクトを減らすか、より長いテンプレートを選んでください。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="124"/>
        <source>Fact “{fact}” is no longer in the library and is left out.</source>
        <translation>ファクト「{fact}」はライブラリにもう存在しないため、除外されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/value_names.py" line="127"/>
        <source>Fact “{fact}” changed in the library since it was added.</source>
        <translation>ファクト「{fact}」は追加後にライブラリで変更されました。</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="39"/>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="41"/>
        <source>&amp;Manage library…</source>
        <translation>ライブラリの管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="45"/>
        <source>Add, edit and review the facts and sources of the library</source>
        <translation>ライブラリのファクトと出典を追加・編集・見直し</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="50"/>
        <source>&amp;Open library…</source>
        <translation>ライブラリを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="53"/>
        <source>&amp;Import references…</source>
        <translation>文献のインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="62"/>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="64"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="68"/>
        <source>Library in use</source>
        <translation>使用中のライブラリ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="126"/>
        <source>Not a library</source>
        <translation>ライブラリではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="127"/>
        <source>{folder} has no library.yaml: it is not a briefgen library.</source>
        <translation>{folder} に library.yaml がないため、briefgen のライブラリではありません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="146"/>
        <source>{name}, version {version}</source>
        <translation>{name}（バージョン {version}）</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <location filename="../briefgen/gui/manager/library_session.py" line="112"/>
        <source>Cannot open the library</source>
        <translation>ライブラリを開けません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/library_session.py" line="160"/>
        <source>The change breaks the library&apos;s rules</source>
        <translation>この変更はライブラリの規則に反します</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/library_session.py" line="168"/>
        <location filename="../briefgen/gui/manager/library_session.py" line="177"/>
        <location filename="../briefgen/gui/manager/library_session.py" line="187"/>
        <source>Cannot save the change</source>
        <translation>変更を保存できません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/library_session.py" line="169"/>
        <source>Another process is editing the library: try again in a moment.</source>
        <translation>別のプロセスがライブラリを編集中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/library_session.py" line="178"/>
        <source>The id {id} was taken meanwhile (another process saved an entry with it): choose another id.</source>
        <translation>ID {id} はその間に使われました（別のプロセスがこの ID の項目を保存しました）。別の ID を選んでください。</translation>
    </message>
</context>
<context>
    <name>LibraryState</name>
    <message>
        <location filename="../briefgen/gui/library_state.py" line="92"/>
        <source>The library folder {path} does not exist or is not a folder.</source>
        <translation>ライブラリのフォルダー {path} が存在しないか、フォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/library_state.py" line="95"/>
        <source>The fact library in {path} could not be read: check that the folder and its files can be read.</source>
        <translation>{path} のファクトライブラリを読み込めませんでした。フォルダーとファイルが読み取れるか確認してください。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/library_state.py" line="99"/>
        <source>The fact library in {path} could not be read.</source>
        <translation>{path} のファクトライブラリを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="124"/>
        <location filename="../briefgen/gui/about_dialog.py" line="125"/>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="129"/>
        <source>briefgen is built on the components below. Select one to read its licence.</source>
        <translation>briefgenは次のコンポーネントを使用しています。選択するとライセンスが表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="135"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="151"/>
        <source>Licence text</source>
        <translation>ライセンス本文</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="168"/>
        <source>Licence: {licence}</source>
        <translation>ライセンス: {licence}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/about_dialog.py" line="175"/>
        <source>(no licence text was shipped)</source>
        <translation>(ライセンス本文は同梱されていません)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="61"/>
        <source>Loading the fact library…</source>
        <translation>ファクトライブラリを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="98"/>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="101"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="103"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="107"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="110"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="114"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="123"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="126"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="131"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="132"/>
        <source>Interface &amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="135"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="149"/>
        <source>briefgen &amp;Manual</source>
        <translation>briefgen マニュアル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="153"/>
        <source>&amp;About briefgen</source>
        <translation>briefgenについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="191"/>
        <source>{count} facts loaded</source>
        <translation>{count}件のファクトを読み込みました</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="191"/>
        <source>1 fact loaded</source>
        <translation>1件のファクトを読み込みました</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="196"/>
        <source>1 entry with errors left out</source>
        <translation>エラーのある1件を除外</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="198"/>
        <source>{count} entries with errors left out</source>
        <translation>エラーのある{count}件を除外</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="202"/>
        <source>1 warning</source>
        <translation>警告1件</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="202"/>
        <source>{count} warnings</source>
        <translation>警告{count}件</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="214"/>
        <source>The fact library could not be loaded</source>
        <translation>ファクトライブラリを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="215"/>
        <source>Cannot load the fact library</source>
        <translation>ファクトライブラリを読み込めません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="221"/>
        <source>No recent briefs</source>
        <translation>最近使ったブリーフはありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="255"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/main_window.py" line="256"/>
        <source>The new interface language applies after you restart briefgen.</source>
        <translation>新しい表示言語はbriefgenの再起動後に適用されます。</translation>
    </message>
</context>
<context>
    <name>Manager</name>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="89"/>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="127"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="91"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="96"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="102"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="107"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="129"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="134"/>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="139"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/entry_lists.py" line="144"/>
        <source>Cited by</source>
        <translation>引用ファクト数</translation>
    </message>
</context>
<context>
    <name>ManagerDialogs</name>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="26"/>
        <source>Changed on disk</source>
        <translation>ディスク上で変更されています</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="28"/>
        <source>{path} changed on disk since the library was read (another copy of briefgen, a git pull).</source>
        <translation>ライブラリを読み込んだ後に {path} がディスク上で変更されました（別の briefgen、git pull など）。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="35"/>
        <source>Save your change over the new version (the other changes to the file are kept), or read the new version and drop your change?</source>
        <translation>新しい版に自分の変更を上書き保存しますか（ファイルのほかの変更は残ります）。それとも新しい版を読み込み、自分の変更を破棄しますか。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="42"/>
        <source>Save my change</source>
        <translation>自分の変更を保存</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="46"/>
        <source>Drop my change</source>
        <translation>自分の変更を破棄</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="68"/>
        <source>Import references</source>
        <translation>文献のインポート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="70"/>
        <source>References (*.json *.bib);;CSL-JSON (*.json);;BibTeX (*.bib)</source>
        <translation>文献 (*.json *.bib);;CSL-JSON (*.json);;BibTeX (*.bib)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="81"/>
        <source>Open library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="91"/>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="92"/>
        <source>The name recorded as the reviewer of the entries you mark reviewed:</source>
        <translation>見直し済みにした項目の見直し担当者として記録する名前：</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="103"/>
        <source>Recover unsaved edit</source>
        <translation>未保存の編集の復元</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/dialogs.py" line="104"/>
        <source>briefgen closed before this edit was saved: {description}. Open it again?</source>
        <translation>この編集が保存される前に briefgen が終了しました：{description}。もう一度開きますか。</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="74"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="76"/>
        <source>Search facts</source>
        <translation>ファクトの検索</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="77"/>
        <source>Search facts in English or Japanese</source>
        <translation>ファクトを日本語または英語で検索</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="82"/>
        <source>Facts</source>
        <translation>ファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="85"/>
        <source>Search sources</source>
        <translation>出典の検索</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="86"/>
        <source>Search sources by id, title or publisher</source>
        <translation>出典を ID・タイトル・発行者で検索</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="91"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="94"/>
        <source>Library parts</source>
        <translation>ライブラリの内容</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="95"/>
        <source>&amp;Facts</source>
        <translation>ファクト(&amp;F)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="96"/>
        <source>S&amp;ources</source>
        <translation>出典(&amp;O)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="98"/>
        <source>&amp;Review</source>
        <translation>見直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="126"/>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="127"/>
        <source>&amp;Entry</source>
        <translation>項目(&amp;E)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="128"/>
        <location filename="../briefgen/gui/manager/window.py" line="130"/>
        <source>Library manager</source>
        <translation>ライブラリ管理</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="132"/>
        <source>&amp;Open library…</source>
        <translation>ライブラリを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="134"/>
        <source>&amp;Import references…</source>
        <translation>文献のインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="137"/>
        <source>Your &amp;name as reviewer…</source>
        <translation>見直し担当者としての名前(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="140"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="143"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="145"/>
        <source>&amp;New fact…</source>
        <translation>新しいファクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="147"/>
        <source>&amp;Edit fact…</source>
        <translation>ファクトの編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="149"/>
        <source>&amp;Supersede fact…</source>
        <translation>ファクトの更新（後継の作成）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="153"/>
        <source>New s&amp;ource…</source>
        <translation>新しい出典(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="156"/>
        <source>Edit so&amp;urce…</source>
        <translation>出典の編集(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="160"/>
        <source>&amp;Mark reviewed</source>
        <translation>見直し済みにする(&amp;M)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="199"/>
        <source>(new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="201"/>
        <source>fact {id}</source>
        <translation>ファクト {id}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="203"/>
        <source>source {id}</source>
        <translation>出典 {id}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="239"/>
        <source>{name} — version {version} ({revision}) — {count} facts, {sources} sources</source>
        <translation>{name} — バージョン {version}（{revision}）— ファクト {count} 件、出典 {sources} 件</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="248"/>
        <source>Library manager — {name}</source>
        <translation>ライブラリ管理 — {name}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="254"/>
        <source>git {commit} with local changes</source>
        <translation>git {commit}（ローカルの変更あり）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="257"/>
        <source>git {commit}</source>
        <translation>git {commit}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="258"/>
        <source>content {digest}</source>
        <translation>内容 {digest}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/window.py" line="387"/>
        <source>Cannot import references</source>
        <translation>文献をインポートできません</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../briefgen/gui/manual_dialog.py" line="23"/>
        <source>briefgen Manual</source>
        <translation>briefgen マニュアル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manual_dialog.py" line="28"/>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="38"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="39"/>
        <source>This is exactly what the exported PDF will look like.</source>
        <translation>エクスポートされるPDFと同じ内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="48"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="50"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="52"/>
        <source>&amp;Fit Width</source>
        <translation>幅に合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="54"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="67"/>
        <source>Preview of the brief</source>
        <translation>ブリーフのプレビュー</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="119"/>
        <source>Rendering…</source>
        <translation>レンダリング中…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="139"/>
        <source>1 page</source>
        <translation>1ページ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="139"/>
        <source>{pages} pages</source>
        <translation>{pages}ページ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/preview_page.py" line="146"/>
        <source>The preview could not be rendered: {error}</source>
        <translation>プレビューを作成できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="22"/>
        <source>cannot read the file ({reason})</source>
        <translation>ファイルを読めません（{reason}）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="23"/>
        <source>the file is too large ({size_mb} MB; at most {limit_mb} MB)</source>
        <translation>ファイルが大きすぎます（{size_mb} MB。上限は {limit_mb} MB）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="26"/>
        <source>the file is binary data, not text</source>
        <translation>ファイルがテキストではなくバイナリデータです</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="27"/>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="28"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="29"/>
        <source>the file is not valid YAML</source>
        <translation>ファイルが正しい YAML ではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="30"/>
        <source>the YAML tag {tag} is not allowed</source>
        <translation>YAML タグ {tag} は使えません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="31"/>
        <source>YAML anchors and aliases are not allowed</source>
        <translation>YAML のアンカーとエイリアスは使えません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="32"/>
        <source>the file must be a mapping of fields</source>
        <translation>ファイルはフィールドのマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="33"/>
        <source>the file must be a mapping with a “{key}” list</source>
        <translation>ファイルは「{key}」のリストを持つマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="34"/>
        <source>the file has no “{key}” list</source>
        <translation>ファイルに「{key}」のリストがありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="35"/>
        <source>unexpected entry “{name}”: this file holds only “{key}”</source>
        <translation>想定外の項目「{name}」があります。このファイルには「{key}」だけを書きます</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="38"/>
        <source>“{key}” must be a list of entries</source>
        <translation>「{key}」は項目のリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="39"/>
        <source>each item of “{key}” must be a mapping of fields</source>
        <translation>「{key}」の各項目はフィールドのマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="42"/>
        <source>library.yaml is missing</source>
        <translation>library.yaml がありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="43"/>
        <source>field names must be plain text</source>
        <translation>フィールド名はテキストでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="44"/>
        <source>the field “{field}” is given twice</source>
        <translation>フィールド「{field}」が二度書かれています</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="45"/>
        <source>unknown field “{field}”</source>
        <translation>不明なフィールド「{field}」</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="46"/>
        <source>the required field “{field}” is missing</source>
        <translation>必須フィールド「{field}」がありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="47"/>
        <source>“{field}” must not be empty</source>
        <translation>「{field}」を空にはできません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="48"/>
        <source>“{field}” must be a single value</source>
        <translation>「{field}」は単一の値でなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="49"/>
        <source>“{field}” must be text (put {value} in quotes)</source>
        <translation>「{field}」はテキストでなければなりません（{value} を引用符で囲んでください）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="50"/>
        <source>“{field}” has an invalid value {value}</source>
        <translation>「{field}」の値 {value} が正しくありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="51"/>
        <source>“{field}” {value} is not a valid id</source>
        <translation>「{field}」の {value} は正しい ID ではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="52"/>
        <source>“{field}” {value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>「{field}」の {value} は日付ではありません（YYYY、YYYY-MM または YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="55"/>
        <source>“{field}” {value} is outside {min}–{max}</source>
        <translation>「{field}」の {value} は {min}～{max} の範囲外です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="56"/>
        <source>“{field}” needs a full date (YYYY-MM-DD)</source>
        <translation>「{field}」には年月日（YYYY-MM-DD）が必要です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="57"/>
        <source>“{field}” {value} is not one of: {allowed}</source>
        <translation>「{field}」の {value} は次のいずれでもありません: {allowed}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="58"/>
        <source>“{field}” must be a list</source>
        <translation>「{field}」はリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="59"/>
        <source>every item of “{field}” must be text</source>
        <translation>「{field}」の各項目はテキストでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="60"/>
        <source>“{field}” must have “en” and “ja” entries</source>
        <translation>「{field}」には「en」と「ja」が必要です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="61"/>
        <source>“{field}” must be an http:// or https:// address</source>
        <translation>「{field}」は http:// または https:// のアドレスでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="64"/>
        <source>“{field}” {value} is not a language code</source>
        <translation>「{field}」の {value} は言語コードではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="65"/>
        <source>“{field}” {value} is not a DOI</source>
        <translation>「{field}」の {value} は DOI ではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="66"/>
        <source>“{field}” must be true or false, not {value}</source>
        <translation>「{field}」は true か false で指定してください（{value} は使えません）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="67"/>
        <source>A title the curators devised is written in square brackets: {value}</source>
        <translation>編集者が付けた題名は角括弧 [ ] で囲んで記載してください：{value}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="70"/>
        <source>a source is an id or a mapping with “source”</source>
        <translation>出典は ID か、「source」を持つマッピングで書きます</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="71"/>
        <source>has no text in English or Japanese</source>
        <translation>英語と日本語のどちらの本文もありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="72"/>
        <source>has no {language_name} text</source>
        <translation>{language_name}の本文がありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="73"/>
        <source>“date_end” needs a “date”</source>
        <translation>「date_end」には「date」が必要です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="74"/>
        <source>“date_end” {date_end} is before “date” {date}</source>
        <translation>「date_end」{date_end} が「date」{date} より前です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="77"/>
        <source>a superseded fact needs “superseded_by”</source>
        <translation>更新済みのファクトには「superseded_by」が必要です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="80"/>
        <source>“superseded_by” is set but the status is not “superseded”</source>
        <translation>「superseded_by」があるのに状態が「superseded」ではありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="83"/>
        <source>a fact cannot supersede itself</source>
        <translation>ファクトは自分自身を更新できません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="84"/>
        <source>“review_by” {review_by} is before “as_of” {as_of}</source>
        <translation>「review_by」{review_by} が「as_of」{as_of} より前です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="87"/>
        <source>“accessed” {accessed} is before “published” {published}</source>
        <translation>「accessed」{accessed} が「published」{published} より前です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="90"/>
        <source>each topic is a mapping with “id”, “en” and “ja”</source>
        <translation>各トピックは「id」「en」「ja」を持つマッピングで書きます</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="93"/>
        <source>is defined twice (first at line {first_line})</source>
        <translation>が二度定義されています（最初は {first_line} 行目）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="94"/>
        <source>the id is already used (first at {first})</source>
        <translation>この ID はすでに使われています（最初は {first}）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="95"/>
        <source>“{field}” {value} is in the future</source>
        <translation>「{field}」の {value} は未来の日付です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="96"/>
        <source>the topic {topic} is not declared in library.yaml</source>
        <translation>トピック {topic} が library.yaml に宣言されていません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="99"/>
        <source>cites the unknown source {source}</source>
        <translation>存在しない出典 {source} を引用しています</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="100"/>
        <source>“superseded_by” {successor} does not exist</source>
        <translation>「superseded_by」の {successor} は存在しません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="101"/>
        <source>“superseded_by” goes round in a cycle ({cycle})</source>
        <translation>「superseded_by」が循環しています({cycle})</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="104"/>
        <source>review was due on {review_by}</source>
        <translation>見直し期限 {review_by} を過ぎています</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="105"/>
        <source>“{field}” must be a whole number</source>
        <translation>「{field}」は整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="106"/>
        <source>“{field}” must be a number from {low} to {high}</source>
        <translation>「{field}」は {low} から {high} までの数でなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="109"/>
        <source>“{field}” must be a mapping</source>
        <translation>「{field}」はマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="110"/>
        <source>the heading needs Japanese (“ja”) too</source>
        <translation>見出しには日本語（「ja」）も必要です</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="116"/>
        <source>fact</source>
        <translation>ファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="117"/>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="118"/>
        <source>library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="119"/>
        <source>topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="120"/>
        <source>template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="121"/>
        <source>section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="122"/>
        <source>page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="136"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="138"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="147"/>
        <source>{entry} {id}: {text}</source>
        <translation>{entry} {id}: {text}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="150"/>
        <source>{path}, line {line}: {text}</source>
        <translation>{path} の {line} 行目: {text}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="154"/>
        <source>Warning: {text}</source>
        <translation>警告: {text}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="161"/>
        <source>The disk holding the search cache is full: the library is read from its files (slower).</source>
        <translation>検索キャッシュのあるディスクがいっぱいです。ライブラリはファイルから直接読み込みます（低速）。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/problem_labels.py" line="166"/>
        <source>The search cache cannot be used ({reason}): the library is read from its files (slower).</source>
        <translation>検索キャッシュを使えません（{reason}）。ライブラリはファイルから直接読み込みます（低速）。</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="53"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="55"/>
        <source>Save the changes to “{title}”?</source>
        <translation>「{title}」への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="60"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと変更内容は失われます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="82"/>
        <source>File changed on disk</source>
        <translation>ファイルが変更されています</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="84"/>
        <source>“{name}” was changed by someone else since you opened it.</source>
        <translation>「{name}」は開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="89"/>
        <source>Replace their version with yours, or save yours elsewhere?</source>
        <translation>相手の版をこちらの版で置き換えますか、それとも別の場所に保存しますか?</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="94"/>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="98"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="116"/>
        <source>Library changed</source>
        <translation>ライブラリが変更されています</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="118"/>
        <source>{count} fact(s) in this brief changed in the library since it was saved.</source>
        <translation>このブリーフの保存後、ライブラリで{count}件のファクトが変更されました。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="124"/>
        <source>Update the brief? Changed facts take the library&apos;s text, superseded facts are replaced by their successors, and removed facts are dropped.</source>
        <translation>ブリーフを更新しますか?変更されたファクトはライブラリの内容に、旧情報は後継のファクトに置き換えられ、削除されたファクトは除外されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="141"/>
        <source>Discard recovered brief</source>
        <translation>復元用ブリーフの破棄</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="142"/>
        <source>Delete the autosaved brief? This cannot be undone.</source>
        <translation>自動保存されたブリーフを削除しますか?この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="155"/>
        <source>Replace files</source>
        <translation>ファイルの置き換え</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="156"/>
        <source>These files already exist and will be replaced:
{names}</source>
        <translation>次のファイルは既に存在し、置き換えられます:
{names}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="169"/>
        <source>Replace read-only files</source>
        <translation>読み取り専用ファイルの置き換え</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="170"/>
        <source>These files are read-only, perhaps to keep them from being changed:
{names}

Replace them anyway?</source>
        <translation>次のファイルは読み取り専用です(変更されないように設定されている可能性があります):
{names}

それでも置き換えますか?</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="192"/>
        <source>Open Brief</source>
        <translation>ブリーフを開く</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="194"/>
        <source>Briefs (*.brief);;All files (*)</source>
        <translation>ブリーフ (*.brief);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="204"/>
        <source>Save Brief As</source>
        <translation>ブリーフに名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="206"/>
        <source>Briefs (*.brief)</source>
        <translation>ブリーフ (*.brief)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="231"/>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="242"/>
        <source>Reword Fact for This Brief</source>
        <translation>このブリーフ用にファクトの表現を変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="243"/>
        <source>The new wording is used in this brief only; the library is not changed. Leave both boxes empty to use the library&apos;s text.</source>
        <translation>新しい表現はこのブリーフでのみ使われ、ライブラリは変更されません。両方の欄を空にするとライブラリのテキストを使います。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="260"/>
        <source>Analyst Note</source>
        <translation>分析者メモ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/prompts.py" line="261"/>
        <source>Write the note in one or both languages.</source>
        <translation>メモを片方または両方の言語で入力してください。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../briefgen/gui/qt_strings.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="36"/>
        <source>Past their review-by date (re-check against the sources)</source>
        <translation>見直し期限を過ぎたもの（出典と照合し直す）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="39"/>
        <source>Disputed (sources disagree)</source>
        <translation>異論あり（出典の内容が食い違う）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="42"/>
        <source>Unverified (no source confirms them yet)</source>
        <translation>未確認（裏付ける出典がまだない）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="45"/>
        <source>Missing a translation</source>
        <translation>翻訳がないもの</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="48"/>
        <source>Sources with no access date</source>
        <translation>閲覧日のない出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="57"/>
        <source>review by {date}</source>
        <translation>見直し期限 {date}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="62"/>
        <source>no Japanese text</source>
        <translation>日本語の本文なし</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="63"/>
        <source>no English text</source>
        <translation>英語の本文なし</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="85"/>
        <source>Entries to review</source>
        <translation>見直す項目</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="86"/>
        <source>Entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="86"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="86"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="89"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="90"/>
        <source>Open the selected entry</source>
        <translation>選んだ項目を開く</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="91"/>
        <source>&amp;Mark reviewed</source>
        <translation>見直し済みにする(&amp;M)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="92"/>
        <source>Mark the selected entry reviewed</source>
        <translation>選んだ項目を見直し済みにする</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="95"/>
        <source>A fact: as of today, review-by moved by the library&apos;s review interval, your name recorded. A source: accessed today.</source>
        <translation>ファクト：確認日を今日にし、見直し期限をライブラリの見直し間隔だけ先に延ばし、あなたの名前を記録します。出典：閲覧日を今日にします。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="120"/>
        <source>Left out for errors: fix these in their files ({count})</source>
        <translation>エラーのため除外された項目：ファイルで直してください（{count}）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="145"/>
        <source>{count} entries to review</source>
        <translation>見直す項目 {count} 件</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/review_view.py" line="148"/>
        <source>Nothing to review.</source>
        <translation>見直す項目はありません。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../briefgen/gui/session.py" line="134"/>
        <location filename="../briefgen/gui/session.py" line="137"/>
        <source>Untitled brief</source>
        <translation>無題のブリーフ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/session.py" line="194"/>
        <source>Cannot open brief</source>
        <translation>ブリーフを開けません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/wizard_link.py" line="164"/>
        <location filename="../briefgen/gui/session.py" line="208"/>
        <source>Update from library</source>
        <translation>ライブラリから更新</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/session.py" line="255"/>
        <source>Cannot save brief</source>
        <translation>ブリーフを保存できません</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="35"/>
        <source>Set up the brief</source>
        <translation>ブリーフの設定</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="36"/>
        <source>Choose the languages and fill in the title page.</source>
        <translation>言語を選び、表紙の情報を入力します。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="43"/>
        <source>&amp;English</source>
        <translation>英語(&amp;E)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="44"/>
        <source>&amp;Japanese</source>
        <translation>日本語(&amp;J)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="45"/>
        <source>&amp;Bilingual</source>
        <translation>日英併記(&amp;B)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="53"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="56"/>
        <source>Side by side</source>
        <translation>左右に並べる</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="57"/>
        <source>Stacked (English, then Japanese)</source>
        <translation>上下に並べる(英語の後に日本語)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="58"/>
        <source>Bilingual layout</source>
        <translation>日英併記のレイアウト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="59"/>
        <source>&amp;Layout:</source>
        <translation>レイアウト(&amp;L):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="61"/>
        <source>&amp;Title (English):</source>
        <translation>タイトル(英語)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="61"/>
        <source>Title in English</source>
        <translation>英語のタイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="63"/>
        <source>Title (&amp;Japanese):</source>
        <translation>タイトル(日本語)(&amp;J):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="63"/>
        <source>Title in Japanese</source>
        <translation>日本語のタイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="66"/>
        <source>&amp;Subtitle (English):</source>
        <translation>サブタイトル(英語)(&amp;S):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="66"/>
        <source>Subtitle in English</source>
        <translation>英語のサブタイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="69"/>
        <source>Subtitle (J&amp;apanese):</source>
        <translation>サブタイトル(日本語)(&amp;A):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="69"/>
        <source>Subtitle in Japanese</source>
        <translation>日本語のサブタイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="72"/>
        <source>A&amp;uthor (English):</source>
        <translation>作成者(英語)(&amp;U):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="72"/>
        <source>Author in English</source>
        <translation>作成者(英語)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="75"/>
        <source>Author (Japa&amp;nese):</source>
        <translation>作成者(日本語)(&amp;N):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="75"/>
        <source>Author in Japanese</source>
        <translation>作成者(日本語)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="78"/>
        <source>&amp;Organisation (English):</source>
        <translation>組織(英語)(&amp;O):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="78"/>
        <source>Organisation in English</source>
        <translation>組織(英語)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="81"/>
        <source>Organisation (Japanes&amp;e):</source>
        <translation>組織(日本語)(&amp;E):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="81"/>
        <source>Organisation in Japanese</source>
        <translation>組織(日本語)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="84"/>
        <source>Printed in Japanese briefs; left empty, the English is used.</source>
        <translation>日本語のブリーフに印字されます。空欄の場合は英語表記を使います。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="89"/>
        <source>Date of the brief</source>
        <translation>ブリーフの日付</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="90"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="94"/>
        <location filename="../briefgen/gui/pages/setup_page.py" line="256"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="97"/>
        <source>Classification marking</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="99"/>
        <source>Printed at the top of every page. Type your own as “English / 日本語”.</source>
        <translation>各ページの上部に印刷されます。独自の区分は「English / 日本語」の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="101"/>
        <source>&amp;Marking:</source>
        <translation>取扱区分(&amp;M):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="104"/>
        <source>Gregorian (2025年10月3日)</source>
        <translation>西暦(2025年10月3日)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="106"/>
        <source>Japanese era (令和7年10月3日)</source>
        <translation>和暦(令和7年10月3日)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="108"/>
        <source>Date style for Japanese text</source>
        <translation>日本語テキストの日付形式</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="109"/>
        <source>Date st&amp;yle (Japanese):</source>
        <translation>日付形式(日本語)(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="210"/>
        <source>Change language</source>
        <translation>言語の変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="216"/>
        <source>Change layout</source>
        <translation>レイアウトの変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="242"/>
        <source>Fit the suggestions to the template&apos;s length</source>
        <translation>候補をテンプレートの分量に合わせる</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="252"/>
        <source>Change date</source>
        <translation>日付の変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="257"/>
        <source>Change marking</source>
        <translation>取扱区分の変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="262"/>
        <source>Change date style</source>
        <translation>日付形式の変更</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="277"/>
        <source>Edit title page</source>
        <translation>表紙の編集</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="287"/>
        <source>Title missing</source>
        <translation>タイトルがありません</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/setup_page.py" line="288"/>
        <source>Give the brief a title in every language it is written in.</source>
        <translation>ブリーフで使うすべての言語でタイトルを入力してください。</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="53"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="54"/>
        <source>Title in the original language</source>
        <translation>原語のタイトル</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="55"/>
        <source>Title devised by the curators (in [brackets])</source>
        <translation>キュレーターが付けたタイトル（[角括弧]で囲む）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="56"/>
        <source>Title translated</source>
        <translation>タイトルの訳</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="58"/>
        <source>Authors, one per line</source>
        <translation>著者（1行に1人）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="61"/>
        <source>Container (journal, newspaper, site)</source>
        <translation>掲載誌・紙・サイト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="62"/>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="63"/>
        <source>Web address (URL)</source>
        <translation>ウェブアドレス（URL）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="64"/>
        <source>Open in bro&amp;wser</source>
        <translation>ブラウザで開く(&amp;W)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="65"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="66"/>
        <source>Published</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="67"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM または YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="68"/>
        <source>Note on the publication date</source>
        <translation>発行日の注記</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="69"/>
        <source>Accessed on</source>
        <translation>閲覧日</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="72"/>
        <source>Language of the source (code)</source>
        <translation>出典の言語（コード）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="75"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="79"/>
        <source>Curator notes (never printed)</source>
        <translation>キュレーターのメモ（印刷されない）</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="83"/>
        <source>Facts citing this source</source>
        <translation>この出典を引用しているファクト</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="124"/>
        <source>&amp;Id</source>
        <translation>ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="125"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="127"/>
        <source>Title tra&amp;nslated</source>
        <translation>タイトルの訳(&amp;N)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="128"/>
        <source>&amp;Authors</source>
        <translation>著者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="129"/>
        <source>&amp;Container</source>
        <translation>掲載誌・サイト(&amp;C)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="130"/>
        <source>&amp;Publisher</source>
        <translation>発行者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="131"/>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="132"/>
        <source>&amp;DOI</source>
        <translation>DOI(&amp;D)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="133"/>
        <source>Pu&amp;blished</source>
        <translation>発行日(&amp;B)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="134"/>
        <source>Date n&amp;ote</source>
        <translation>日付の注記(&amp;O)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="135"/>
        <source>Acc&amp;essed</source>
        <translation>閲覧日(&amp;E)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="136"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="137"/>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="138"/>
        <source>Note&amp;s</source>
        <translation>メモ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="139"/>
        <source>Cited by</source>
        <translation>引用しているファクト</translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="326"/>
        <source>New source</source>
        <translation>新しい出典</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/manager/source_editor.py" line="328"/>
        <source>Edit source {id}</source>
        <translation>出典 {id} の編集</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="81"/>
        <source>Start a brief</source>
        <translation>ブリーフの作成</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="82"/>
        <source>Pick a template for a new brief, or open one you saved before.</source>
        <translation>テンプレートを選んで新しいブリーフを作成するか、保存済みのブリーフを開きます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="95"/>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="96"/>
        <source>Recover the autosaved brief</source>
        <translation>自動保存されたブリーフを復元</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="97"/>
        <source>D&amp;iscard</source>
        <translation>破棄(&amp;I)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="98"/>
        <source>Discard the autosaved brief</source>
        <translation>自動保存されたブリーフを破棄</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="108"/>
        <source>&amp;Templates</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="114"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="130"/>
        <source>Loading the fact library…</source>
        <translation>ファクトライブラリを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="136"/>
        <source>Re&amp;cent briefs</source>
        <translation>最近使ったブリーフ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="140"/>
        <source>Recent briefs</source>
        <translation>最近使ったブリーフ</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="143"/>
        <source>Briefs you save will be listed here.</source>
        <translation>保存したブリーフがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="149"/>
        <source>&amp;Open a saved brief…</source>
        <translation>保存済みのブリーフを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="151"/>
        <source>Open a saved brief</source>
        <translation>保存済みのブリーフを開く</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="193"/>
        <source>briefgen did not close properly last time. An autosaved copy of “{title}” can be recovered.</source>
        <translation>前回briefgenは正常に終了しませんでした。「{title}」の自動保存コピーを復元できます。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="232"/>
        <source>The fact library could not be loaded: {error}</source>
        <translation>ファクトライブラリを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="258"/>
        <source>{count} facts in “{name}”.</source>
        <translation>「{name}」に{count}件のファクト。</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/pages/start_page.py" line="275"/>
        <source>Continue with the current brief</source>
        <translation>現在のブリーフを続ける</translation>
    </message>
</context>
<context>
    <name>WarningList</name>
    <message>
        <location filename="../briefgen/gui/warning_list.py" line="19"/>
        <source>Warnings about the brief</source>
        <translation>ブリーフに関する警告</translation>
    </message>
    <message>
        <location filename="../briefgen/gui/warning_list.py" line="27"/>
        <source>No warnings: the brief is ready to send.</source>
        <translation>警告はありません。ブリーフは送付できる状態です。</translation>
    </message>
</context>
</TS>
