/**
 * The template (导入模板): every sheet with its headers and no rows, and the code lists of the
 * year as data validation: a hidden sheet 代码表 holds the 功能分类 项, the 部门经济分类 款 and
 * the units; the code columns and the enum columns offer a drop-down list. 代码表 is not a sheet
 * of the format, so importing the filled template ignores it.
 */
import ExcelJS from 'exceljs';
import {
  ATTRIBUTE_TEXT,
  CARRYOVER_TEXT,
  CODE_CATEGORY_TEXT,
  FUNDING_SOURCE_TEXT,
  HEADERS,
  KIND_TEXT,
  PRIOR_FIGURE_TEXT,
  PROCUREMENT_TEXT,
  SHEET,
  UNIT_TYPE_TEXT,
  type SheetKey,
} from './format';
import { addSheet } from './write';

export const CODE_SHEET = '代码表';
/** Rows of each sheet that carry the drop-down lists. */
const LAST_ROW = 5000;

export interface TemplateReference {
  year: number;
  functional: readonly { code: string; name: string }[];
  deptEcon: readonly { code: string; name: string }[];
  units: readonly { code: string; name: string }[];
}

// exceljs 4 has Worksheet.dataValidations at runtime (ranges such as "B2:B5000") but its
// typings omit it; this is the one place that reaches for it.
interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}
const rangeValidations = (sheet: ExcelJS.Worksheet): RangeValidations => Reflect.get(sheet, 'dataValidations') as RangeValidations;

const list = (formula: string, header: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorTitle: header,
  error: `请从下拉列表中选择「${header}」`,
});
const literal = (texts: Readonly<Record<string, string>>) => `"${Object.values(texts).join(',')}"`;

function columnLetter(key: SheetKey, header: string): string {
  const index = Object.values<string>(HEADERS[key]).indexOf(header);
  return String.fromCharCode(65 + index);
}

export async function writeTemplate(ref: TemplateReference): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheets = Object.fromEntries((Object.keys(SHEET) as SheetKey[]).map((key) => [key, addSheet(book, key, [])])); // keys of a literal
  const codes = book.addWorksheet(CODE_SHEET, { state: 'hidden' });
  const functional = ref.functional.filter((c) => c.code.length === 7);
  const deptEcon = ref.deptEcon.filter((c) => c.code.length === 5);
  codes.getRow(1).values = ['功能分类科目（项）', '名称', '部门经济分类科目（款）', '名称', '单位编码', '单位名称', `${ref.year}年度`];
  const height = Math.max(functional.length, deptEcon.length, ref.units.length);
  for (let i = 0; i < height; i++) {
    const f = functional[i];
    const d = deptEcon[i];
    const u = ref.units[i];
    codes.getRow(i + 2).values = [f?.code, f?.name, d?.code, d?.name, u?.code, u?.name];
  }
  const range = (column: string, count: number) => `'${CODE_SHEET}'!$${column}$2:$${column}$${Math.max(2, count + 1)}`;

  const add = (key: SheetKey, header: string, formula: string) => {
    const sheet = sheets[key];
    if (!sheet) return;
    const column = columnLetter(key, header);
    rangeValidations(sheet).add(`${column}2:${column}${LAST_ROW}`, list(formula, header));
  };
  add('lines', HEADERS.lines.functionalCode, range('A', functional.length));
  add('lines', HEADERS.lines.deptEconCode, range('C', deptEcon.length));
  if (ref.units.length > 0) {
    for (const key of ['lines', 'projects', 'procurement'] as const) add(key, HEADERS[key].unitCode, range('E', ref.units.length));
  }
  add('lines', HEADERS.lines.kind, literal(KIND_TEXT));
  add('lines', HEADERS.lines.fundingSource, literal(FUNDING_SOURCE_TEXT));
  add('lines', HEADERS.lines.carryover, literal(CARRYOVER_TEXT));
  add('units', HEADERS.units.unitType, literal(UNIT_TYPE_TEXT));
  add('codes', HEADERS.codes.category, literal(CODE_CATEGORY_TEXT));
  add('projects', HEADERS.projects.attribute, literal(ATTRIBUTE_TEXT));
  add('procurement', HEADERS.procurement.category, literal(PROCUREMENT_TEXT));
  add('priorYear', HEADERS.priorYear.figure, literal(PRIOR_FIGURE_TEXT));
  return Buffer.from(await book.xlsx.writeBuffer());
}
