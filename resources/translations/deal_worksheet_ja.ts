<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave cannot write to {folder}: {reason}. Your changes are safe only once you save them.</source>
        <extracomment>the autosave could not be written; the reason, in words an autosave was written (after a failure: writing works again)</extracomment>
        <translation>自動保存で{folder}に書き込めません（{reason}）。変更は保存するまで保護されません。</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>自動保存が再開しました。</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Required for this section.</source>
        <extracomment>something the user should know about an edit just made (shown in the status bar)</extracomment>
        <translation>この区分では入力が必要です。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>BusinessDayCalendar</name>
    <message>
        <source>Exchange closed: {name}</source>
        <translation>取引所休業日：{name}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>a day the exchange is closed, here and in the calendar room beside the field for &quot;Wed · Bank Holiday&quot;; a longer name ends in an ellipsis the field&apos;s width in English, where dates print as 2013-07-18 the longest date a field shows or takes in Japanese (an era, two-digit month and day, the weekday) what an empty field shows: the form a date is written in, in the window&apos;s language</extracomment>
        <translation>yyyy年m月d日</translation>
    </message>
    <message>
        <source>Choose a day; days the exchange is closed are marked ({keys})</source>
        <translation>日付を選択します。取引所の休業日には印が付きます（{keys}）</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>日付を選択</translation>
    </message>
    <message>
        <source>Not a TSE business day: {name}</source>
        <translation>東証の営業日ではありません：{name}</translation>
    </message>
    <message>
        <source>Not a TSE business day</source>
        <translation>東証の営業日ではありません</translation>
    </message>
    <message>
        <source>TSE business day</source>
        <translation>東証の営業日</translation>
    </message>
</context>
<context>
    <name>DealDocument</name>
    <message>
        <source>Example deal</source>
        <extracomment>the new deal, at once, after every change of it the new worksheet: at most once per turn of the event loop the file, the unsaved mark or the undo/redo state changed</extracomment>
        <translation>例の案件</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The deal file {file} cannot be opened.</source>
        <translation>案件ファイル {file} を開けません。</translation>
    </message>
    <message>
        <source>Field: {field} ({label})</source>
        <translation>項目：{field}（{label}）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The deal {name} has unsaved changes. Save them first?</source>
        <translation>案件 {name} には保存されていない変更があります。先に保存しますか？</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Excelに出力しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excelに出力</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>{typed} (choose one)</source>
        <translation>{typed}（選択してください）</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>（選択してください）</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open</source>
        <extracomment>a PNG path: save a picture of the window once shown, then quit (a check that the window opens on a machine with no display) fonts that draw Japanese well, best first (Windows, macOS, Linux)</extracomment>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>例の案件を開く(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excelに出力(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>例の案件を開く</translation>
    </message>
    <message>
        <source>Open a deal</source>
        <translation>案件を開く</translation>
    </message>
    <message>
        <source>Deal files (*.deal.json *.json);;All files (*)</source>
        <translation>案件ファイル (*.deal.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the deal as</source>
        <translation>案件に名前を付けて保存</translation>
    </message>
    <message>
        <source>Deal files (*.deal.json)</source>
        <translation>案件ファイル (*.deal.json)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The deal could not be saved to {file}: {reason}</source>
        <translation>案件を {file} に保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} に保存しました</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excelに出力</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>{file} に出力しました</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>出力を取り消しました</translation>
    </message>
    <message>
        <source>The Excel export is not available in this version of Deal Worksheet.

({reason})</source>
        <translation>このバージョンのDeal WorksheetではExcelに出力できません。

（{reason}）</translation>
    </message>
    <message>
        <source>The workbook could not be written:
{reason}</source>
        <translation>ブックを書き込めませんでした：
{reason}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly:
{reason}</source>
        <translation>予期しないエラーで出力できませんでした：
{reason}</translation>
    </message>
    <message>
        <source>an unsaved deal</source>
        <translation>未保存の案件</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>未保存の変更を復元しますか？</translation>
    </message>
    <message>
        <source>Deal Worksheet did not close normally. Unsaved changes to {name}, autosaved at {when}, can be recovered.

Recover them? (No discards them.)</source>
        <translation>Deal Worksheetは正常に終了しませんでした。{when}に自動保存された{name}の未保存の変更を復元できます。

復元しますか？（「いいえ」を選ぶと破棄します。）</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No findings: every check passes.</source>
        <translation>指摘事項はありません。すべてのチェックに合格しています。</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s). Choose one to go to its field.</source>
        <translation>エラー{errors}件、警告{warnings}件。選ぶとその項目に移動します。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Also called the issue price or the offering price (発行価格).</source>
        <translation>発行価格（英文開示ではissue price、offering price）。</translation>
    </message>
    <message>
        <source>Also called the price to underwriters or the issue amount (払込金額): what the company receives per share.</source>
        <translation>払込金額（英文開示ではprice to underwriters、issue amount）：会社が1株当たり受け取る金額。</translation>
    </message>
    <message>
        <source>Increase in stated capital (増加する資本金の額); also called share capital.</source>
        <translation>増加する資本金の額（英文開示ではincrease in stated capital、share capital）。</translation>
    </message>
    <message>
        <source>Increase in capital reserve (増加する資本準備金の額).</source>
        <translation>増加する資本準備金の額（英文開示ではincrease in capital reserve）。</translation>
    </message>
    <message>
        <source>Total amount to be paid (払込金額の総額); the maximum increase in stated capital.</source>
        <translation>払込金額の総額（英文開示ではtotal amount to be paid）：資本金等増加限度額。</translation>
    </message>
    <message>
        <source>Total issue price (発行価格の総額): what investors pay.</source>
        <translation>発行価格の総額（英文開示ではtotal issue price）：投資家が支払う金額。</translation>
    </message>
    <message>
        <source>Closing price of regular trading (終値) on the pricing date.</source>
        <translation>発行価格等決定日の普通取引の終値（英文開示ではclosing price）。</translation>
    </message>
    <message>
        <source>Syndicate cover transaction (シンジケートカバー取引).</source>
        <translation>シンジケートカバー取引（英文開示ではsyndicate cover transaction）。</translation>
    </message>
    <message>
        <source>Stabilizing transaction (安定操作取引).</source>
        <translation>安定操作取引（英文開示ではstabilizing transaction）。</translation>
    </message>
    <message>
        <source>Third-party allotment (第三者割当増資), the Japanese greenshoe.</source>
        <translation>第三者割当増資（英文開示ではthird-party allotment）：日本のグリーンシュー。</translation>
    </message>
    <message>
        <source>Secondary offering by way of over-allotment (オーバーアロットメントによる売出し).</source>
        <translation>オーバーアロットメントによる売出し（英文開示ではsecondary offering by way of over-allotment）。</translation>
    </message>
    <message>
        <source>Also called the issue price determination date (発行価格等決定日).</source>
        <translation>発行価格等決定日（英文開示ではpricing date、issue price determination date）。</translation>
    </message>
    <message>
        <source>Payment date (払込期日).</source>
        <translation>払込期日（英文開示ではpayment date）。</translation>
    </message>
    <message>
        <source>Delivery date (受渡期日).</source>
        <translation>受渡期日（英文開示ではdelivery date）。</translation>
    </message>
    <message>
        <source>Share allotment ratio (合併比率).</source>
        <translation>合併比率（英文開示ではshare allotment ratio）。</translation>
    </message>
    <message>
        <source>Net proceeds (差引手取概算額).</source>
        <translation>差引手取概算額（英文開示ではnet proceeds）。</translation>
    </message>
    <message>
        <source>Share unit (単元株式数).</source>
        <translation>単元株式数（英文開示ではshare unit）。</translation>
    </message>
    <message>
        <source>Treasury stock (自己株式).</source>
        <translation>自己株式（英文開示ではtreasury stock）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Summary</source>
        <extracomment>the size the window opens at on a screen with room for it the window frame and title bar around the size asked for (a guess; the platform draws them) the summary&apos;s share of the window&apos;s width, within these bounds emitted once, when the window is first shown</extracomment>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to the findings</source>
        <translation>チェック結果へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Deal Worksheet</source>
        <translation>Deal Worksheetについて(&amp;A)</translation>
    </message>
    <message>
        <source>{errors} error(s) · {warnings} warning(s)</source>
        <translation>エラー{errors}件 · 警告{warnings}件</translation>
    </message>
    <message>
        <source>{name}[*] — Deal Worksheet</source>
        <translation>{name}[*] — Deal Worksheet</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>元に戻す(&amp;U)：{what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>やり直し(&amp;R)：{what}</translation>
    </message>
    <message>
        <source>{what} is not shown on any tab</source>
        <translation>{what}はどのタブにも表示されていません</translation>
    </message>
    <message>
        <source>About Deal Worksheet</source>
        <translation>Deal Worksheetについて</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deal Worksheet&lt;/b&gt; {version}&lt;br&gt;Worksheets for Japanese equity deals: public offerings, over-allotment and third-party allotment, absorption-type mergers, use of proceeds.</source>
        <translation>&lt;b&gt;Deal Worksheet&lt;/b&gt; {version}&lt;br&gt;日本のエクイティ案件のワークシート：公募増資、オーバーアロットメント及び第三者割当、吸収合併、資金使途。</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>Choose a pattern…</source>
        <translation>パターンを選択…</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>PDFに出力(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the worksheet</source>
        <translation>ワークシートを印刷</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDFに出力</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}.</source>
        <translation>PDFを {file} に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Printed to {file}</source>
        <translation>{file} に出力しました</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>&lt;i&gt;Blank until this is filled in or corrected: {field}&lt;/i&gt;</source>
        <translation>&lt;i&gt;次の項目を入力または訂正するまで空欄です：{field}&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Total</source>
        <extracomment>the most rows a table may have: a deal file with more cannot be opened again</extracomment>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>Computed</source>
        <translation>計算値</translation>
    </message>
    <message>
        <source>Import closes…</source>
        <translation>終値を取り込む…</translation>
    </message>
    <message>
        <source>Read closing prices from a CSV or Excel file with a date and a close column</source>
        <translation>日付と終値の列があるCSVファイルまたはExcelファイルから終値を読み込みます</translation>
    </message>
    <message>
        <source>Import closing prices</source>
        <translation>終値の取込み</translation>
    </message>
    <message>
        <source>Price tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>株価の表 (*.csv *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>SectionToggle</name>
    <message>
        <source>Include in this deal</source>
        <translation>本件に含める</translation>
    </message>
    <message>
        <source>Unticked, the section and its figures are left out of the deal.</source>
        <translation>チェックを外すと、この区分とその数値を本件から除きます。</translation>
    </message>
    <message>
        <source>{section} was left out of the deal; its figures are kept. Tick it again, or Edit &gt; Undo ({key}), to take it back in.</source>
        <translation>{section}を本件から除きました（数値は保持しています）。戻すには、もう一度チェックを付けるか、編集 &gt; 元に戻す（{key}）を使います。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Fields</source>
        <extracomment>key combinations (as ints) of the window&apos;s menu actions; a text field lets these through</extracomment>
        <translation>入力項目</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>次の項目、前の項目</translation>
    </message>
    <message>
        <source>Open the calendar of a date field</source>
        <translation>日付欄のカレンダーを開く</translation>
    </message>
    <message>
        <source>In the calendar: choose the day, close</source>
        <translation>カレンダーで：日付を選ぶ、閉じる</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Enter、Esc</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>計算結果</translation>
    </message>
    <message>
        <source>Reach the results of a tab</source>
        <translation>タブの計算結果に移る</translation>
    </message>
    <message>
        <source>Tab, after its inputs</source>
        <translation>Tab（入力項目の後）</translation>
    </message>
    <message>
        <source>Copy a result as a plain number for Excel</source>
        <translation>計算結果をExcel用の数値としてコピー</translation>
    </message>
    <message>
        <source>More (Copy value, Copy as shown)</source>
        <translation>その他（値をコピー、表示どおりにコピー）</translation>
    </message>
    <message>
        <source>Menu key, or right click</source>
        <translation>メニューキーまたは右クリック</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>現在のセルを編集</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2、または入力を始める</translation>
    </message>
    <message>
        <source>Next cell, previous cell</source>
        <translation>次のセル、前のセル</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>表から出る</translation>
    </message>
    <message>
        <source>Add a row below the current one</source>
        <translation>現在の行の下に行を追加</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <source>Move the current row up, down</source>
        <translation>現在の行を上へ、下へ移動</translation>
    </message>
    <message>
        <source>Copy cells, paste rows from Excel</source>
        <translation>セルをコピー、Excelから行を貼り付け</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>TabPage</name>
    <message>
        <source>Inputs</source>
        <extracomment>room beyond the two halves&apos; least widths before they stand side by side what the page shows, in order, for printing: (&quot;section&quot;, title, inputs, results), (&quot;table&quot;, title, editor), (&quot;result_table&quot;, title, view), (&quot;fields&quot;, title, paths)</extracomment>
        <translation>入力</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>計算結果</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <extracomment>the keys of a table&apos;s row actions, while the table (not a cell&apos;s editor) has the focus</extracomment>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a row below the current one</source>
        <translation>現在の行の下に行を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>選択した行を削除します</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the current row up</source>
        <translation>現在の行を上へ移動します</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the current row down</source>
        <translation>現在の行を下へ移動します</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel (tab-separated) at the current cell</source>
        <translation>Excelからコピーした行（タブ区切り）を現在のセルに貼り付けます</translation>
    </message>
    <message>
        <source>{table} would have {rows:,} rows; a table holds at most {limit:,}. Nothing was changed.</source>
        <translation>{table}が{rows:,}行になります。表は最大{limit:,}行です。何も変更していません。</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>{table}に行を追加</translation>
    </message>
    <message>
        <source>Remove rows from {table}</source>
        <translation>{table}から行を削除</translation>
    </message>
    <message>
        <source>Move a row of {table}</source>
        <translation>{table}の行を移動</translation>
    </message>
    <message>
        <source>Paste rows into {table}</source>
        <translation>{table}に行を貼り付け</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy as shown</source>
        <translation>表示どおりにコピー</translation>
    </message>
</context>
<context>
    <name>WorksheetPrinter</name>
    <message>
        <source>Yes</source>
        <extracomment>rows of one table printed at most; the rest are counted</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>No findings: every check passes.</source>
        <translation>指摘事項はありません。すべてのチェックに合格しています。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>計算結果</translation>
    </message>
    <message>
        <source>... and {n:,} more rows</source>
        <translation>…ほか{n:,}行</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>（行なし）</translation>
    </message>
</context>
</TS>
