<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Annotations</name>
    <message>
        <source>yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整個文庫</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部顏色</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>搜尋摘錄和批註…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>編輯批註…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Annotation saved</source>
        <translation>批註已儲存</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>編輯批註</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>刪除高亮</translation>
    </message>
    <message>
        <source>[orphan] </source>
        <translation>［無法定位］</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Export briefing</source>
        <translation>匯出簡報</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文件（.docx）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>網頁（.html）</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>保持原文字型</translation>
    </message>
    <message>
        <source>Indicators only (the table, no text)</source>
        <translation>僅指標（只有表格，不含正文）</translation>
    </message>
    <message>
        <source>The current article</source>
        <translation>當前文章</translation>
    </message>
    <message>
        <source>The {0} selected rows of the table</source>
        <translation>表格中選中的 {0} 行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字體</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>Open an article or select rows in the table first</source>
        <translation>請先開啟一篇文章或在表格中選擇行</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>正在生成簡報…</translation>
    </message>
    <message>
        <source>Briefing written to {0}</source>
        <translation>簡報已寫入 {0}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>列印預覽</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>by period</source>
        <translation>按時期</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按指標</translation>
    </message>
    <message>
        <source>by document</source>
        <translation>按文件</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存為 PNG…</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存為 PNG…</translation>
    </message>
    <message>
        <source>{0} regions over {1} periods</source>
        <translation>{0} 個地區，{1} 個時期</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Period not resolved to dates</source>
        <translation>時期未解析為具體日期</translation>
    </message>
    <message>
        <source>(region unknown)</source>
        <translation>（地區不明）</translation>
    </message>
    <message>
        <source>Dataset: regions × periods</source>
        <translation>資料集：地區 × 時期</translation>
    </message>
    <message>
        <source>Chart selected regions…</source>
        <translation>選中地區作圖…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Export pivot…</source>
        <translation>匯出透視表…</translation>
    </message>
    <message>
        <source>Export dataset…</source>
        <translation>匯出資料集…</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指標：</translation>
    </message>
    <message>
        <source>Building the dataset…</source>
        <translation>正在生成資料集…</translation>
    </message>
    <message>
        <source>{0} figures</source>
        <translation>{0} 個數字</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部型別</translation>
    </message>
    <message>
        <source>{0} regions, {1} periods, {2} cells in conflict; {3} rows in the dataset</source>
        <translation>{0} 個地區，{1} 個時期，{2} 個單元格來源不一致；資料集共 {3} 行</translation>
    </message>
    <message>
        <source>Export pivot</source>
        <translation>匯出透視表</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>匯出資料集</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在寫入 {0}…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已匯出 {0} 行到 {1}</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Name</source>
        <translation>指標名稱</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>規範指標</translation>
    </message>
    <message>
        <source>Indicator (English)</source>
        <translation>規範指標（英文）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Period (resolved)</source>
        <translation>時期（標準）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定詞</translation>
    </message>
    <message>
        <source>Approx.</source>
        <translation>約數</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增長</translation>
    </message>
    <message>
        <source>share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>level</source>
        <translation>總量</translation>
    </message>
    <message>
        <source>count</source>
        <translation>計數</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>修改{0}</translation>
    </message>
    <message>
        <source>Corrected; extracted value: {0}</source>
        <translation>已更正；原提取值：{0}</translation>
    </message>
    <message>
        <source>As written: {0}</source>
        <translation>原文：{0}</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>繁簡混雜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字體</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標數</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>已修復</translation>
    </message>
    <message>
        <source>Re-posting damage was repaired</source>
        <translation>已修復轉載造成的損壞</translation>
    </message>
    <message>
        <source>{0} spot(s) guessed, check them</source>
        <translation>{0} 處為推測，請核對</translation>
    </message>
    <message>
        <source>Filter by text (any script)…</source>
        <translation>按文字篩選（繁簡均可）…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地區</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select text in either pane first</source>
        <translation>請先在任一窗格中選擇文字</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Note for the highlight:</source>
        <translation>高亮的批註：</translation>
    </message>
    <message>
        <source>Select rows in the table first</source>
        <translation>請先在表格中選擇行</translation>
    </message>
    <message>
        <source>Note on this figure:</source>
        <translation>關於此資料的批註：</translation>
    </message>
    <message>
        <source>This figure is disputed</source>
        <translation>此資料有疑問</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>匯出批註</translation>
    </message>
    <message>
        <source>Exported {0} annotations to {1}</source>
        <translation>已匯出 {0} 條批註到 {1}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>匯入批註</translation>
    </message>
    <message>
        <source>{0} annotations imported</source>
        <translation>已匯入 {0} 條批註</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>匯出指標</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已匯出 {0} 行到 {1}</translation>
    </message>
    <message>
        <source>Loading {0} of {1}…</source>
        <translation>正在載入 {0}/{1}…</translation>
    </message>
    <message>
        <source>Reading {0}: page {1} of {2}…</source>
        <translation>正在讀取 {0}：第 {1} 頁，共 {2} 頁…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>已取消載入</translation>
    </message>
    <message>
        <source>{0} articles in the library</source>
        <translation>文庫共 {0} 篇文章</translation>
    </message>
    <message>
        <source>{0} (opened): {1}</source>
        <translation>{0}（已開啟）：{1}</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.htm *.html *.pdf *.docx);;PDF (*.pdf);;Word (*.docx);;All files (*)</source>
        <translation>文章 (*.txt *.htm *.html *.pdf *.docx);;PDF (*.pdf);;Word (*.docx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>開啟文章資料夾</translation>
    </message>
    <message>
        <source>PolicyLens — policy article workbench</source>
        <translation>PolicyLens — 政策文章工作臺</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>開啟資料夾…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>匯出表格為 CSV…</translation>
    </message>
    <message>
        <source>Export table as Excel…</source>
        <translation>匯出表格為 Excel…</translation>
    </message>
    <message>
        <source>Export briefing…</source>
        <translation>匯出簡報…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查詢…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Dataset: regions × periods…</source>
        <translation>資料集：地區 × 時期…</translation>
    </message>
    <message>
        <source>Chart selected rows…</source>
        <translation>選中行作圖…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <source>About PolicyLens</source>
        <translation>關於 PolicyLens</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>高亮所選文字</translation>
    </message>
    <message>
        <source>Highlight with a note…</source>
        <translation>高亮並批註…</translation>
    </message>
    <message>
        <source>Note on the selected figure…</source>
        <translation>為所選資料寫批註…</translation>
    </message>
    <message>
        <source>Edit the selected note…</source>
        <translation>編輯所選批註…</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>高亮顏色</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>匯出為 Markdown…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>匯出為 CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>匯出為 JSON…</translation>
    </message>
    <message>
        <source>Import annotations (JSON)…</source>
        <translation>匯入批註（JSON）…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Filter indicators…</source>
        <translation>篩選指標…</translation>
    </message>
    <message>
        <source>Current article only</source>
        <translation>僅當前文章</translation>
    </message>
    <message>
        <source>Find in article (any script)…</source>
        <translation>在文中查詢（繁簡均可）…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部型別</translation>
    </message>
    <message>
        <source>PolicyLens {0}
Reads, converts and extracts indicators from Chinese policy articles. Works fully offline.</source>
        <translation>PolicyLens {0}
閱讀、轉換政策文章並提取其中的指標。完全離線執行。</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>繁簡轉換</translation>
    </message>
    <message>
        <source>Compare with: {0}</source>
        <translation>對照：{0}</translation>
    </message>
    <message>
        <source>Not in the library: {0}</source>
        <translation>不在文庫中：{0}</translation>
    </message>
    <message>
        <source>{0} of {1} indicators</source>
        <translation>顯示 {0} / 共 {1} 項指標</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>找到 {0} 處</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>檔案或資料夾不存在</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>這是一個資料夾</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有讀取許可權</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空檔案</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>檔案中沒有文字</translation>
    </message>
    <message>
        <source>binary data, not a text article</source>
        <translation>二進位制資料，不是文本文章</translation>
    </message>
    <message>
        <source>cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)</source>
        <translation>無法識別文字編碼（不是 UTF-8、UTF-16、GB18030 或 Big5）</translation>
    </message>
    <message>
        <source>the web page holds no article text</source>
        <translation>網頁中沒有正文</translation>
    </message>
    <message>
        <source>no article text is left after removing the page chrome</source>
        <translation>去除網頁框架後沒有正文</translation>
    </message>
    <message>
        <source>the folder holds no articles (.txt, .html, .htm, .pdf, .docx)</source>
        <translation>資料夾中沒有文章（.txt、.html、.htm、.pdf、.docx）</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 檔案</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated</source>
        <translation>PDF 檔案已損壞或不完整</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>PDF 檔案受密碼保護</translation>
    </message>
    <message>
        <source>the PDF holds no text</source>
        <translation>PDF 檔案中沒有文字</translation>
    </message>
    <message>
        <source>the Word file is damaged or truncated</source>
        <translation>Word 檔案已損壞或不完整</translation>
    </message>
    <message>
        <source>the Word file is password-protected</source>
        <translation>Word 檔案受密碼保護</translation>
    </message>
    <message>
        <source>the Word file is password-protected or in the old .doc format; save it as an unprotected .docx</source>
        <translation>Word 檔案受密碼保護或為舊版 .doc 格式；請另存為未加密的 .docx</translation>
    </message>
    <message>
        <source>the old Word .doc format is not supported; save it as .docx</source>
        <translation>不支援舊版 Word .doc 格式；請另存為 .docx</translation>
    </message>
    <message>
        <source>the Word document holds no text</source>
        <translation>Word 文件中沒有文字</translation>
    </message>
    <message>
        <source>not a Word document</source>
        <translation>不是 Word 文件</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>已取消載入</translation>
    </message>
    <message>
        <source>the file is no longer there</source>
        <translation>檔案已不在原處</translation>
    </message>
    <message>
        <source>the file is too large for an article ({0} MB; limit {1} MB)</source>
        <translation>檔案過大，不像一篇文章（{0} MB；上限 {1} MB）</translation>
    </message>
    <message>
        <source>scanned PDF without a text layer; install the OCR extra: {0}</source>
        <translation>掃描版 PDF，沒有文字層；請安裝 OCR 擴充套件：{0}</translation>
    </message>
    <message>
        <source>pages without a text layer were left out ({0}); install the OCR extra: {1}</source>
        <translation>沒有文字層的頁面已略過（{0}）；請安裝 OCR 擴充套件：{1}</translation>
    </message>
    <message>
        <source>{0} undecodable bytes were replaced by � ({1}); they are marked in the text</source>
        <translation>{0} 個無法解碼的位元組已替換為 �（{1}），已在正文中標出</translation>
    </message>
    <message>
        <source>mostly not text: too many bytes do not decode in any text encoding</source>
        <translation>基本不是文本：太多位元組無法按任何文本編碼解碼</translation>
    </message>
    <message>
        <source>the Word file was refused as unsafe: {0}</source>
        <translation>Word 檔案不安全，已拒絕：{0}</translation>
    </message>
    <message>
        <source>undecodable bytes at offset {0} (not valid in its encoding, {1})</source>
        <translation>第 {0} 位元組起無法解碼（不符合其編碼 {1}）</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Undecodable bytes {0} at byte {1}, replaced by �</source>
        <translation>無法解碼的位元組 {0}（第 {1} 位元組），已替換為 �</translation>
    </message>
    <message>
        <source>Repaired: {0} → {1}</source>
        <translation>已修復：{0} → {1}</translation>
    </message>
    <message>
        <source>Guessed repair (please check): {0} → {1}</source>
        <translation>推測修復（請核對）：{0} → {1}</translation>
    </message>
    <message>
        <source>Ambiguous conversion: {0} → {1}; candidates: {2}</source>
        <translation>轉換存疑：{0} → {1}；候選：{2}</translation>
    </message>
</context>
</TS>
