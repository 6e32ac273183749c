/**
 * Print stylesheet of the HTML report. CJK fonts come from the system only (no web fonts are
 * fetched): Noto Sans CJK SC first, then what Windows, macOS and Linux desktops ship.
 * Each table starts a new page; wide tables go on a landscape page; header rows repeat.
 */
export const FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', " +
  "'Microsoft YaHei', 'WenQuanYi Micro Hei', 'SimSun', sans-serif";

export const REPORT_CSS = `
@page { size: A4 portrait; margin: 15mm 12mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONT_STACK}; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 270mm; padding: 8mm; line-height: 1.5; }
h1 { font-size: 20pt; text-align: center; margin: 30mm 0 10mm; }
h2.part { font-size: 15pt; text-align: center; margin: 6mm 0; }
.cover { break-after: page; page-break-after: always; text-align: center; }
.cover .year { font-size: 14pt; }
.sheet { break-before: page; page-break-before: always; margin-bottom: 10mm; }
.sheet.wide { page: wide; }
.sheet .no { text-align: right; font-size: 9pt; }
.sheet h3 { text-align: center; font-size: 14pt; margin: 2mm 0 4mm; }
.sheet .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 1mm; }
table.report { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.report caption { caption-side: top; text-align: left; font-weight: bold; padding: 1mm 0; }
table.report th, table.report td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: middle; }
table.report th { font-weight: bold; text-align: center; background: #f2f2f2; }
table.report thead { display: table-header-group; }
table.report tr { break-inside: avoid; page-break-inside: avoid; }
table.report td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.report td.code { white-space: nowrap; }
table.report tr.total td { font-weight: bold; }
table.report td.indent-1 { padding-left: 1.5em; }
table.report td.indent-2 { padding-left: 3em; }
table.report a.mark { color: #000; font-size: 7pt; vertical-align: super; text-decoration: none; margin-right: 1mm; }
.rounding ol.notes { padding-left: 0; list-style: none; font-size: 9pt; }
.no-data { margin: 2mm 0; }
.narrative p { text-indent: 2em; margin: 1.5mm 0; }
.checks .ok { color: #1a7f37; }
.checks .fail { color: #b42318; font-weight: bold; }
.forms { break-before: page; page-break-before: always; }
.forms > section.form:first-of-type { break-before: auto; page-break-before: auto; }
.checks table.report { font-size: 8pt; }
.form h3 { text-align: center; font-size: 13pt; margin: 0; }
.form .year { text-align: center; margin-bottom: 3mm; }
.form table.report { font-size: 8.5pt; }
.form table.report td, .form table.report th { padding: 0.6mm 1mm; }
.form table.report td.label { background: #f7f7f7; white-space: nowrap; }
.form .sign { display: flex; gap: 8mm; margin-top: 2mm; font-size: 9.5pt; }
@media screen { body { background: #fafafa; } .sheet, .cover, section.part { background: #fff; padding: 6mm; box-shadow: 0 0 2px #bbb; } }
`;
