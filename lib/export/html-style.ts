/**
 * Print stylesheet of the HTML report (and of the 勾稽校验报告). CJK fonts come from the system
 * only (no web fonts are fetched): Noto Sans/Serif CJK SC (Debian's fonts-noto-cjk, which the PDF
 * renderer uses), then what Windows, macOS and Linux desktops ship.
 * A4; each part and each table starts a new page; wide tables go on a landscape page (the named
 * page `wide`); header rows repeat on every page; headings never end a page (break-after: avoid)
 * and a table row is never split; amounts and codes never wrap, headers wrap only between words.
 */
export const FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', " +
  "'Microsoft YaHei', 'WenQuanYi Micro Hei', 'SimSun', sans-serif";

export const SERIF_STACK = "'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif";

export const REPORT_CSS = `
@page { size: A4 portrait; margin: 16mm 14mm 18mm; }
@page wide { size: A4 landscape; margin: 14mm 12mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONT_STACK}; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 270mm; padding: 8mm; line-height: 1.5; }
@media print { body { max-width: none; padding: 0; } }
h1, h2, h3, .no, .meta, caption { break-after: avoid; page-break-after: avoid; }
.cover { break-after: page; page-break-after: always; text-align: center; padding-top: 60mm; font-family: ${SERIF_STACK}; }
.cover .dept { font-size: 22pt; font-weight: bold; margin-bottom: 12mm; }
.cover .title { font-size: 26pt; font-weight: bold; letter-spacing: 2pt; margin-bottom: 40mm; }
.cover .code { font-size: 12pt; }
h2.part { font-size: 16pt; text-align: center; margin: 4mm 0 6mm; font-family: ${SERIF_STACK}; }
section.part, nav.toc { break-before: page; page-break-before: always; }
.toc ol { list-style: none; padding: 0; margin: 0 10mm; }
.toc li { margin: 1.5mm 0; font-size: 11.5pt; }
.toc li.sub { margin-left: 2em; font-size: 10.5pt; }
.toc a { color: #000; text-decoration: none; }
.prose h3.section { font-size: 12pt; margin: 4mm 0 2mm; }
.prose p { text-indent: 2em; margin: 1.5mm 0; text-align: justify; }
.sheet { break-before: page; page-break-before: always; margin-bottom: 6mm; }
.sheet.wide { page: wide; }
.sheet .no { text-align: right; font-size: 9pt; }
.sheet h3 { text-align: center; font-size: 14pt; margin: 2mm 0 4mm; }
.sheet .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 1mm; }
table.report { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.report caption { caption-side: top; text-align: left; font-weight: bold; padding: 1mm 0; }
table.report th, table.report td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: middle; }
table.report th { font-weight: bold; text-align: center; background: #f2f2f2; min-width: 4.5em; word-break: keep-all; }
table.report thead { display: table-header-group; }
table.report tr { break-inside: avoid; page-break-inside: avoid; }
table.report td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.report td.code { white-space: nowrap; }
table.report td.name { min-width: 9em; }
table.report td.total { font-weight: bold; }
table.report td.indent-1 { padding-left: 1.5em; }
table.report td.indent-2 { padding-left: 3em; }
table.report.paired { font-size: 8.5pt; }
table.report a.mark { color: #000; font-size: 7pt; vertical-align: super; text-decoration: none; margin-right: 1mm; }
.rounding { break-inside: auto; margin-top: 6mm; }
.rounding ol.notes { padding-left: 0; list-style: none; font-size: 9pt; }
.rounding li { break-inside: avoid; }
.no-data { margin: 2mm 0; }
.forms > section.form:first-of-type { break-before: auto; page-break-before: auto; }
.form h3 { text-align: center; font-size: 13pt; margin: 0; }
.form .year { text-align: center; margin-bottom: 3mm; }
.form table.report { font-size: 8.5pt; }
.form table.report td, .form table.report th { padding: 0.6mm 1mm; min-width: 0; }
.form table.report td.label { background: #f7f7f7; white-space: nowrap; }
.form .sign { display: flex; gap: 8mm; margin-top: 2mm; font-size: 9.5pt; }
.checks ol.lines { padding-left: 0; list-style: none; font-size: 9.5pt; }
.checks ol.lines li { break-inside: avoid; margin: 0.8mm 0; padding-left: 1.6em; text-indent: -1.6em; }
.checks .ok { color: #000; }
.checks .fail { color: #b42318; font-weight: bold; }
.checks h3.group { font-size: 11.5pt; margin: 4mm 0 1mm; }
@media screen { body { background: #fafafa; } .sheet, .cover, section.part, nav.toc { background: #fff; padding: 6mm; box-shadow: 0 0 2px #bbb; margin-bottom: 6mm; } }
`;
