/**
 * The rendered report (and the 全县汇总) as an Excel workbook with the content of the printed
 * 部门预算公开报告 (lib/export/html.ts): 概况, one worksheet per table drawn from the grid of
 * lib/layout/grid.ts (headers merged as printed, 表1/4/9 side by side 收入 | 支出), 尾差说明,
 * 情况说明, one sheet per 项目支出绩效目标申报表 laid out as the official form, and 名词解释.
 * The internal 勾稽 findings are not in it (lib/export/checks.ts).
 * Amounts are numeric cells with format '0.00'; each number is parsed from its fixed-point string
 * only to write the cell — no arithmetic on money here. A cell whose displayed parts do not foot
 * carries its ※n note as an Excel comment.
 */
import ExcelJS from 'exceljs';
import type { RenderedFunds, RenderedIndicator, RenderedPerformanceForm, RenderedReport, RenderedRoundingNote } from '@/lib/budget/report-wire';
import { countyGrid, pairedGrid, tableGrid, type AmountCell, type Grid, type GridRow, type GridSection } from '@/lib/layout/grid';
import type { HeaderCell } from '@/lib/layout/sections';
import { INDICATOR_TREE } from './html-forms';
import { narrativeSectionCount, reportTexts, reportTitle, ordinal, type TextSection } from './texts';
import { departmentLabel } from '@/lib/layout/sections';
import { deflateStoredZip } from './zip-deflate';
import type { CountyReport } from '@/lib/budget/county-report';

export { sheetName } from '@/lib/layout/grid';

const sheetSafe = (name: string) => name.replace(/[[\]:*?/\\]/g, '').slice(0, 31);

export const AMOUNT_FORMAT = '0.00';
const FIXED_POINT = /^-?\d+(\.\d+)?$/;
const THIN = { style: 'thin' } as const;
// The style parts are shared constants: shareStyles (below) recognises equal styles by their parts' identity.
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const RIGHT: Partial<ExcelJS.Alignment> = { horizontal: 'right' };
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center' };
const AMOUNT_ALIGNMENT: Partial<ExcelJS.Alignment> = { horizontal: 'right', vertical: 'middle' };
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const PARAGRAPH_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const FORM_LABEL_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true, horizontal: 'center' };
const FORM_VALUE_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true, horizontal: 'left' };
const indentAlignments: Partial<ExcelJS.Alignment>[] = [];
/** A text cell of a table body: middle, indented by `indent` levels (2 characters each). */
const indented = (indent: number) => (indentAlignments[indent] ??= { vertical: 'middle', indent: indent * 2 });

/** A fixed-point string becomes a numeric cell; anything else stays text, blank stays blank. */
function amountCell(cell: ExcelJS.Cell, value: string | null): void {
  if (value === null) return;
  if (FIXED_POINT.test(value)) {
    cell.value = Number(value);
    cell.numFmt = AMOUNT_FORMAT;
  } else {
    cell.value = value;
  }
  cell.alignment = AMOUNT_ALIGNMENT;
}

/** "※1 表3 …：显示合计 1030.18 万元，分项显示之和 1030.19 万元，差 -0.01 万元。…" */
export function roundingNoteText(note: RenderedRoundingNote): string {
  return `※${note.number} ${note.equation}：显示合计 ${note.displayedTotal} 万元，分项显示之和 ${note.displayedSum} 万元，差 ${note.gap} 万元。${note.explanation}`;
}

function markedAmount(cell: ExcelJS.Cell, amount: AmountCell, notes: ReadonlyMap<number, RenderedRoundingNote>): void {
  amountCell(cell, amount.value);
  const texts = amount.marks.flatMap((n) => {
    const note = notes.get(n);
    return note ? [roundingNoteText(note)] : [];
  });
  if (texts.length > 0) cell.note = texts.join('\n');
}

function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, label: string): void {
  const cell = ws.getCell(row, col);
  cell.value = label;
  cell.font = BOLD;
  cell.alignment = HEADER_ALIGNMENT;
  cell.fill = HEADER_FILL;
}

/** Writes one section from `startRow`; returns the next free row. */
function writeSection(ws: ExcelJS.Worksheet, section: GridSection, startRow: number, notes: ReadonlyMap<number, RenderedRoundingNote>): number {
  let r = startRow;
  if (section.name) {
    ws.mergeCells(r, 1, r, section.width);
    ws.getCell(r, 1).value = section.name;
    ws.getCell(r, 1).font = BOLD;
    r += 1;
  }
  r = writeHeader(ws, section.header, r);
  for (const row of section.rows) {
    writeRow(ws, r, 1, row, notes);
    r += 1;
  }
  for (let y = startRow + (section.name ? 1 : 0); y < r; y++) {
    for (let x = 1; x <= section.width; x++) ws.getCell(y, x).border = BORDER;
  }
  return r;
}

/** Header rows from `startRow`, merged as printed; returns the next free row. */
function writeHeader(ws: ExcelJS.Worksheet, header: HeaderCell[][], startRow: number): number {
  header.forEach((cells, i) => {
    for (const cell of cells) {
      headerCell(ws, startRow + i, cell.col + 1, cell.label);
      if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(startRow + i, cell.col + 1, startRow + i + cell.rowSpan - 1, cell.col + cell.colSpan);
    }
  });
  return startRow + header.length;
}

/** One body row's cells from column `firstCol` (1-based). */
function writeRow(ws: ExcelJS.Worksheet, r: number, firstCol: number, row: GridRow, notes: ReadonlyMap<number, RenderedRoundingNote>): void {
  row.cells.forEach((cell, i) => {
    const target = ws.getCell(r, firstCol + i);
    if (cell.kind === 'amount') markedAmount(target, cell, notes);
    else {
      target.value = cell.text;
      target.alignment = indented(cell.indent);
    }
    if (row.total) target.font = BOLD;
  });
}

/** 表1/4/9: 收入 columns left, 支出 columns right, row k of each on the same line; returns the next free row. */
function writePaired(ws: ExcelJS.Worksheet, grid: Grid, startRow: number, notes: ReadonlyMap<number, RenderedRoundingNote>): number | null {
  const paired = pairedGrid(grid);
  if (!paired) return null;
  let r = writeHeader(ws, paired.header, startRow);
  for (const { left, right } of paired.rows) {
    if (left) writeRow(ws, r, 1, left, notes);
    if (right) writeRow(ws, r, paired.leftWidth + 1, right, notes);
    r += 1;
  }
  for (let y = startRow; y < r; y++) {
    for (let x = 1; x <= paired.leftWidth + paired.rightWidth; x++) ws.getCell(y, x).border = BORDER;
  }
  return r;
}

function addGridSheet(wb: ExcelJS.Workbook, grid: Grid, notes: ReadonlyMap<number, RenderedRoundingNote> = new Map()): void {
  const paired = pairedGrid(grid);
  const width = Math.max(2, paired ? paired.leftWidth + paired.rightWidth : grid.width);
  const ws = wb.addWorksheet(grid.sheetName, {
    pageSetup: { paperSize: 9, orientation: width > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = grid.label;
  ws.getCell(1, 1).alignment = RIGHT;
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = grid.title;
  ws.getCell(2, 1).font = TITLE_FONT;
  ws.getCell(2, 1).alignment = CENTER;
  ws.mergeCells(3, 1, 3, width - 1);
  ws.getCell(3, 1).value = grid.meta;
  ws.getCell(3, width).value = `单位：${grid.unit}`;
  ws.getCell(3, width).alignment = RIGHT;
  let r = 4;
  const afterPaired = writePaired(ws, grid, r, notes);
  if (afterPaired !== null) r = afterPaired + 1;
  else for (const section of grid.sections) r = writeSection(ws, section, r, notes) + 1;
  if (grid.empty) ws.getCell(r, 1).value = '注：本表无数据';
  // Stub columns by kind: names wide, codes narrow, amounts 16.
  const stubs = paired
    ? [...(grid.sections[0]?.stub ?? []), ...Array.from({ length: paired.leftWidth - (grid.sections[0]?.stub.length ?? 0) }, () => null), ...(grid.sections[1]?.stub ?? [])]
    : (grid.sections[0]?.stub ?? []);
  for (let i = 0; i < width; i++) {
    const col = stubs[i];
    ws.getColumn(i + 1).width = col ? (col.indented || col.label.endsWith('名称') ? 36 : 12) : 16;
  }
}

function textSheet(wb: ExcelJS.Workbook, name: string, heading: string, blocks: { title: string | null; paragraphs: string[] }[]): void {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getColumn(1).width = 110;
  ws.getCell(1, 1).value = heading;
  ws.getCell(1, 1).font = TITLE_FONT;
  ws.getCell(1, 1).alignment = CENTER;
  let r = 2;
  for (const block of blocks) {
    if (block.title) {
      ws.getCell(r, 1).value = block.title;
      ws.getCell(r, 1).font = BOLD;
      r += 1;
    }
    for (const paragraph of block.paragraphs) {
      const cell = ws.getCell(r, 1);
      cell.value = paragraph;
      cell.alignment = PARAGRAPH_ALIGNMENT;
      r += 1;
    }
  }
}

const numbered = (sections: TextSection[]) => sections.map((s, i) => ({ title: `${ordinal(i)}${s.title}`, paragraphs: s.paragraphs }));

function addOverviewSheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  const { overview } = reportTexts(report);
  textSheet(wb, '概况', '第一部分 概况', overview.length > 0 ? numbered(overview) : [{ title: null, paragraphs: ['（本部门未填写概况。）'] }]);
}

function addNarrativeSheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  const { notes } = reportTexts(report);
  const { sentences, titles } = report.narrative;
  const said = sentences.map((sentence, i) => ({ title: titles?.[i] ?? null, paragraphs: [sentence] }));
  const next = titles ? narrativeSectionCount(titles) : null;
  const more = notes.map((n, i) => ({ title: next === null ? n.title : `${ordinal(next + i)}${n.title}`, paragraphs: n.paragraphs }));
  textSheet(wb, '情况说明', `${report.year}年度部门预算情况说明`, [...said, ...more]);
}

function addGlossarySheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  const { glossary } = reportTexts(report);
  textSheet(wb, '名词解释', '名词解释', [{ title: null, paragraphs: glossary.length > 0 ? glossary : ['（本部门未填写名词解释。）'] }]);
}

/** Column widths of the form's 7-column grid: 一级, 二级, 三级, 指标值, 二级, 三级, 指标值. */
const FORM_WIDTHS = [12, 16, 30, 14, 16, 30, 14];
const FUND_ROWS: readonly { label: string; key: keyof RenderedFunds }[] = [
  { label: '其中：中央财政资金', key: 'central' },
  { label: '省级财政资金', key: 'provincial' },
  { label: '市县（区）财政资金', key: 'cityCounty' },
  { label: '单位自筹', key: 'selfRaised' },
  { label: '其他资金', key: 'other' },
];

/** One 项目支出绩效目标申报表 as the official form (the grid of lib/export/html-forms.ts). */
function addFormSheet(wb: ExcelJS.Workbook, report: RenderedReport, form: RenderedPerformanceForm, index: number): void {
  const ws = wb.addWorksheet(sheetSafe(`绩效目标${index + 1} ${form.projectName}`), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  FORM_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const put = (r: number, c1: number, c2: number, value: string | null, label = false, r2 = r): ExcelJS.Cell => {
    if (c2 > c1 || r2 > r) ws.mergeCells(r, c1, r2, c2);
    const cell = ws.getCell(r, c1);
    cell.value = value ?? '';
    cell.alignment = label ? FORM_LABEL_ALIGNMENT : FORM_VALUE_ALIGNMENT;
    if (label) {
      cell.font = BOLD;
      cell.fill = HEADER_FILL;
    }
    return cell;
  };
  const money = (r: number, c1: number, c2: number, value: string | null) => {
    if (c2 > c1) ws.mergeCells(r, c1, r, c2);
    amountCell(ws.getCell(r, c1), value);
  };
  put(1, 1, 7, '县(区)级预算部门（单位）项目支出绩效目标申报表').font = TITLE_FONT;
  ws.getCell(1, 1).alignment = CENTER;
  put(2, 1, 7, `（${report.year}年度）`).alignment = CENTER;
  put(3, 1, 2, '项目名称', true);
  put(3, 3, 7, form.projectName);
  put(4, 1, 2, '主管部门及代码', true);
  put(4, 3, 4, form.department);
  put(4, 5, 5, '实施单位', true);
  put(4, 6, 7, form.unit);
  put(5, 1, 2, '项目属性', true);
  put(5, 3, 4, form.attribute);
  put(5, 5, 5, '项目期', true);
  put(5, 6, 7, form.period);
  put(6, 1, 1, '项目资金（元）', true, 11);
  put(6, 2, 2, '实施期资金总额：', true);
  money(6, 3, 3, form.funds.period.total);
  put(6, 4, 5, '年度资金总额：', true);
  money(6, 6, 7, form.funds.annual.total);
  FUND_ROWS.forEach(({ label, key }, i) => {
    put(7 + i, 2, 2, label, true);
    money(7 + i, 3, 3, form.funds.period[key]);
    put(7 + i, 4, 5, label, true);
    money(7 + i, 6, 7, form.funds.annual[key]);
  });
  let r = 12;
  for (const [label, value] of [
    ['项目概况', form.overview],
    ['立项依据', form.basis],
    ['项目设立必要性', form.necessity],
    ['保证项目实施的制度、措施', form.safeguards],
    ['项目实施计划', form.plan],
  ] as const) {
    put(r, 1, 2, label, true);
    put(r, 3, 7, value);
    r += 1;
  }
  put(r, 1, 1, '总体目标', true, r + 1);
  put(r, 2, 4, '实施期目标', true);
  put(r, 5, 7, '年度目标', true);
  put(r + 1, 2, 4, form.goalPeriod);
  put(r + 1, 5, 7, form.goalAnnual);
  r += 2;
  ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'].forEach((label, i) => put(r, i + 1, i + 1, label, true));
  r += 1;
  r = writeIndicators(form.indicators, r, put);
  const top = 3;
  for (let y = top; y < r; y++) for (let x = 1; x <= 7; x++) ws.getCell(y, x).border = BORDER;
  ws.getCell(r, 1).value = `经办人：${form.contactPerson ?? ''}　　联系电话：${form.contactPhone ?? ''}　　填报日期：${form.filledAt ?? ''}`;
}

type Put = (r: number, c1: number, c2: number, value: string | null, label?: boolean, r2?: number) => ExcelJS.Cell;

/** The indicator tree: every 二级指标 of the standard tree, 实施期 left and 年度 right; returns the next free row. */
function writeIndicators(indicators: readonly RenderedIndicator[], startRow: number, put: Put): number {
  let r = startRow;
  for (const { level1, level2 } of INDICATOR_TREE) {
    const level1Start = r;
    for (const name of level2) {
      const pick = (scope: RenderedIndicator['scope']) => indicators.filter((i) => i.scope === scope && i.level1 === level1 && i.level2 === name);
      const period = pick('PERIOD');
      const annual = pick('ANNUAL');
      const height = Math.max(1, period.length, annual.length);
      put(r, 2, 2, name, true, r + height - 1);
      put(r, 5, 5, name, true, r + height - 1);
      for (let i = 0; i < height; i++) {
        put(r + i, 3, 3, period[i]?.name ?? '');
        put(r + i, 4, 4, period[i]?.value ?? '');
        put(r + i, 6, 6, annual[i]?.name ?? '');
        put(r + i, 7, 7, annual[i]?.value ?? '');
      }
      r += height;
    }
    put(level1Start, 1, 1, level1, true, r - 1);
  }
  return r;
}

/** 尾差说明 (only when there are notes: in 元, or when everything foots, there is none). */
function addRoundingSheet(wb: ExcelJS.Workbook, report: RenderedReport): void {
  if (report.roundingNotes.length === 0) return;
  const ws = wb.addWorksheet('尾差说明');
  ['标记', '勾稽关系', '显示合计（万元）', '分项显示之和（万元）', '差（万元）', '说明'].forEach((label, i) => headerCell(ws, 1, i + 1, label));
  report.roundingNotes.forEach((note, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = `※${note.number}`;
    row.getCell(2).value = note.equation;
    amountCell(row.getCell(3), note.displayedTotal);
    amountCell(row.getCell(4), note.displayedSum);
    amountCell(row.getCell(5), note.gap);
    row.getCell(6).value = note.explanation;
  });
  [8, 60, 16, 18, 10, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function buildWorkbook(report: RenderedReport): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算编制与公开系统';
  wb.title = reportTitle(report);
  wb.subject = `部门名称：${departmentLabel(report)}`;
  const notes = new Map(report.roundingNotes.map((note) => [note.number, note]));
  addOverviewSheet(wb, report);
  for (const table of report.tables) addGridSheet(wb, tableGrid(report, table), notes);
  addRoundingSheet(wb, report);
  addNarrativeSheet(wb, report);
  report.performanceForms.forEach((form, i) => addFormSheet(wb, report, form, i));
  addGlossarySheet(wb, report);
  return wb;
}

/**
 * exceljs gives every cell its own style object and, writing, serialises each one (style, font,
 * border, fill: four XML strings) to find the shared style it stands for: ≈ half the CPU of an
 * export (docs/benchmarks.md, "Fourth round"). It skips that for a style object it has seen
 * before (a WeakMap). So, once the workbook is built, the cells whose styles have the same parts
 * (the same objects: the constants above) and the same value type (which decides the default
 * number format) are given one style object: the same styles.xml and style indexes as before.
 * Nothing may set a style part afterwards (the objects are shared).
 */
function shareStyles(wb: ExcelJS.Workbook): void {
  const partIds = new Map<unknown, number>();
  const idOf = (part: unknown): number => {
    if (part === undefined) return 0;
    let id = partIds.get(part);
    if (id === undefined) partIds.set(part, (id = partIds.size + 1));
    return id;
  };
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  wb.eachSheet((ws) => {
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row) continue;
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        // A formula's default number format follows its result: left alone.
        if (!cell || cell.type === ExcelJS.ValueType.Formula) continue;
        const s = cell.style;
        const key = `${s.numFmt ?? `type ${cell.type}`}\u0000${idOf(s.font)},${idOf(s.alignment)},${idOf(s.border)},${idOf(s.fill)},${idOf(s.protection)}`;
        const same = shared.get(key);
        if (same === undefined) shared.set(key, s);
        else if (same !== s) cell.style = same;
      }
    }
  });
}

/** Written stored, then compressed by Node's zlib off the main thread (./zip-deflate.ts). */
async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  shareStyles(wb);
  return deflateStoredZip(new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })));
}

/** The workbook as .xlsx bytes. */
export function renderReportXlsx(report: RenderedReport): Promise<Uint8Array<ArrayBuffer>> {
  return bytes(buildWorkbook(report));
}

/** The 全县汇总 as .xlsx bytes: one worksheet per table (表1–3), 类 rows then 合计. */
export function renderCountyXlsx(report: CountyReport): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算编制与公开系统';
  wb.title = `${report.year}年全县部门预算汇总`;
  for (const table of report.tables) addGridSheet(wb, countyGrid(report, table));
  return bytes(wb);
}
