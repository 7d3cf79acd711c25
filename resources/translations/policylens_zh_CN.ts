<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Annotations</name>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
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
        <translation>整个文库</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>Search quotes and notes…</source>
        <translation>搜索摘录和批注…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑批注…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Annotation saved</source>
        <translation>批注已保存</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>[orphan] </source>
        <translation>［无法定位］</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Export briefing</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页（.html）</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>保持原文字体</translation>
    </message>
    <message>
        <source>Indicators only (the table, no text)</source>
        <translation>仅指标（只有表格，不含正文）</translation>
    </message>
    <message>
        <source>The current article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <source>The {0} selected rows of the table</source>
        <translation>表格中选中的 {0} 行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Open an article or select rows in the table first</source>
        <translation>请先打开一篇文章或在表格中选择行</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>Briefing written to {0}</source>
        <translation>简报已写入 {0}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>by period</source>
        <translation>按时期</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按指标</translation>
    </message>
    <message>
        <source>by document</source>
        <translation>按文档</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>{0} regions over {1} periods</source>
        <translation>{0} 个地区，{1} 个时期</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period not resolved to dates</source>
        <translation>时期未解析为具体日期</translation>
    </message>
    <message>
        <source>(region unknown)</source>
        <translation>（地区不明）</translation>
    </message>
    <message>
        <source>Dataset: regions × periods</source>
        <translation>数据集：地区 × 时期</translation>
    </message>
    <message>
        <source>Chart selected regions…</source>
        <translation>选中地区作图…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export pivot…</source>
        <translation>导出透视表…</translation>
    </message>
    <message>
        <source>Export dataset…</source>
        <translation>导出数据集…</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Building the dataset…</source>
        <translation>正在生成数据集…</translation>
    </message>
    <message>
        <source>{0} figures</source>
        <translation>{0} 个数字</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>{0} regions, {1} periods, {2} cells in conflict; {3} rows in the dataset</source>
        <translation>{0} 个地区，{1} 个时期，{2} 个单元格来源不一致；数据集共 {3} 行</translation>
    </message>
    <message>
        <source>Export pivot</source>
        <translation>导出透视表</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>规范指标</translation>
    </message>
    <message>
        <source>Indicator (English)</source>
        <translation>规范指标（英文）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Period (resolved)</source>
        <translation>时期（标准）</translation>
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
        <translation>限定词</translation>
    </message>
    <message>
        <source>Approx.</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
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
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>繁简混杂</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Re-posting damage was repaired</source>
        <translation>已修复转载造成的损坏</translation>
    </message>
    <message>
        <source>{0} spot(s) guessed, check them</source>
        <translation>{0} 处为推测，请核对</translation>
    </message>
    <message>
        <source>Filter by text (any script)…</source>
        <translation>按文字筛选（繁简均可）…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
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
        <translation>请先在任一窗格中选择文字</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Note for the highlight:</source>
        <translation>高亮的批注：</translation>
    </message>
    <message>
        <source>Select rows in the table first</source>
        <translation>请先在表格中选择行</translation>
    </message>
    <message>
        <source>Note on this figure:</source>
        <translation>关于此数据的批注：</translation>
    </message>
    <message>
        <source>This figure is disputed</source>
        <translation>此数据有疑问</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Exported {0} annotations to {1}</source>
        <translation>已导出 {0} 条批注到 {1}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>{0} annotations imported</source>
        <translation>已导入 {0} 条批注</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <source>Loading {0} of {1}…</source>
        <translation>正在加载 {0}/{1}…</translation>
    </message>
    <message>
        <source>Reading {0}: page {1} of {2}…</source>
        <translation>正在读取 {0}：第 {1} 页，共 {2} 页…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>{0} articles in the library</source>
        <translation>文库共 {0} 篇文章</translation>
    </message>
    <message>
        <source>{0} (opened): {1}</source>
        <translation>{0}（已打开）：{1}</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.htm *.html *.pdf *.docx);;PDF (*.pdf);;Word (*.docx);;All files (*)</source>
        <translation>文章 (*.txt *.htm *.html *.pdf *.docx);;PDF (*.pdf);;Word (*.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <source>PolicyLens — policy article workbench</source>
        <translation>PolicyLens — 政策文章工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>导出表格为 CSV…</translation>
    </message>
    <message>
        <source>Export table as Excel…</source>
        <translation>导出表格为 Excel…</translation>
    </message>
    <message>
        <source>Export briefing…</source>
        <translation>导出简报…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Dataset: regions × periods…</source>
        <translation>数据集：地区 × 时期…</translation>
    </message>
    <message>
        <source>Chart selected rows…</source>
        <translation>选中行作图…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>About PolicyLens</source>
        <translation>关于 PolicyLens</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>高亮所选文字</translation>
    </message>
    <message>
        <source>Highlight with a note…</source>
        <translation>高亮并批注…</translation>
    </message>
    <message>
        <source>Note on the selected figure…</source>
        <translation>为所选数据写批注…</translation>
    </message>
    <message>
        <source>Edit the selected note…</source>
        <translation>编辑所选批注…</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Import annotations (JSON)…</source>
        <translation>导入批注（JSON）…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Filter indicators…</source>
        <translation>筛选指标…</translation>
    </message>
    <message>
        <source>Current article only</source>
        <translation>仅当前文章</translation>
    </message>
    <message>
        <source>Find in article (any script)…</source>
        <translation>在文中查找（繁简均可）…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>PolicyLens {0}
Reads, converts and extracts indicators from Chinese policy articles. Works fully offline.</source>
        <translation>PolicyLens {0}
阅读、转换政策文章并提取其中的指标。完全离线运行。</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>繁简转换</translation>
    </message>
    <message>
        <source>Compare with: {0}</source>
        <translation>对照：{0}</translation>
    </message>
    <message>
        <source>Not in the library: {0}</source>
        <translation>不在文库中：{0}</translation>
    </message>
    <message>
        <source>{0} of {1} indicators</source>
        <translation>显示 {0} / 共 {1} 项指标</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>找到 {0} 处</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <source>binary data, not a text article</source>
        <translation>二进制数据，不是文本文章</translation>
    </message>
    <message>
        <source>cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)</source>
        <translation>无法识别文字编码（不是 UTF-8、UTF-16、GB18030 或 Big5）</translation>
    </message>
    <message>
        <source>the web page holds no article text</source>
        <translation>网页中没有正文</translation>
    </message>
    <message>
        <source>no article text is left after removing the page chrome</source>
        <translation>去除网页框架后没有正文</translation>
    </message>
    <message>
        <source>the folder holds no articles (.txt, .html, .htm, .pdf, .docx)</source>
        <translation>文件夹中没有文章（.txt、.html、.htm、.pdf、.docx）</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated</source>
        <translation>PDF 文件已损坏或不完整</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>PDF 文件受密码保护</translation>
    </message>
    <message>
        <source>the PDF holds no text</source>
        <translation>PDF 文件中没有文字</translation>
    </message>
    <message>
        <source>the Word file is damaged or truncated</source>
        <translation>Word 文件已损坏或不完整</translation>
    </message>
    <message>
        <source>the Word file is password-protected</source>
        <translation>Word 文件受密码保护</translation>
    </message>
    <message>
        <source>the Word file is password-protected or in the old .doc format; save it as an unprotected .docx</source>
        <translation>Word 文件受密码保护或为旧版 .doc 格式；请另存为未加密的 .docx</translation>
    </message>
    <message>
        <source>the old Word .doc format is not supported; save it as .docx</source>
        <translation>不支持旧版 Word .doc 格式；请另存为 .docx</translation>
    </message>
    <message>
        <source>the Word document holds no text</source>
        <translation>Word 文档中没有文字</translation>
    </message>
    <message>
        <source>not a Word document</source>
        <translation>不是 Word 文档</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>the file is no longer there</source>
        <translation>文件已不在原处</translation>
    </message>
    <message>
        <source>the file is too large for an article ({0} MB; limit {1} MB)</source>
        <translation>文件过大，不像一篇文章（{0} MB；上限 {1} MB）</translation>
    </message>
    <message>
        <source>scanned PDF without a text layer; install the OCR extra: {0}</source>
        <translation>扫描版 PDF，没有文字层；请安装 OCR 扩展：{0}</translation>
    </message>
    <message>
        <source>pages without a text layer were left out ({0}); install the OCR extra: {1}</source>
        <translation>没有文字层的页面已略过（{0}）；请安装 OCR 扩展：{1}</translation>
    </message>
    <message>
        <source>{0} undecodable bytes were replaced by � ({1}); they are marked in the text</source>
        <translation>{0} 个无法解码的字节已替换为 �（{1}），已在正文中标出</translation>
    </message>
    <message>
        <source>mostly not text: too many bytes do not decode in any text encoding</source>
        <translation>基本不是文本：太多字节无法按任何文本编码解码</translation>
    </message>
    <message>
        <source>the Word file was refused as unsafe: {0}</source>
        <translation>Word 文件不安全，已拒绝：{0}</translation>
    </message>
    <message>
        <source>undecodable bytes at offset {0} (not valid in its encoding, {1})</source>
        <translation>第 {0} 字节起无法解码（不符合其编码 {1}）</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Undecodable bytes {0} at byte {1}, replaced by �</source>
        <translation>无法解码的字节 {0}（第 {1} 字节），已替换为 �</translation>
    </message>
    <message>
        <source>Repaired: {0} → {1}</source>
        <translation>已修复：{0} → {1}</translation>
    </message>
    <message>
        <source>Guessed repair (please check): {0} → {1}</source>
        <translation>推测修复（请核对）：{0} → {1}</translation>
    </message>
    <message>
        <source>Ambiguous conversion: {0} → {1}; candidates: {2}</source>
        <translation>转换存疑：{0} → {1}；候选：{2}</translation>
    </message>
</context>
</TS>
