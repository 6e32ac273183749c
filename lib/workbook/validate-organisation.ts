/**
 * The 单位 and 科目 sheets against the reference data: unit codes unique and under their
 * department, names unique within a department, a new department named; codes at a level
 * their category has, their parent present (in the system or in the sheet), no duplicates.
 */
import { CODE_CATEGORY_TEXT, HEADERS, SHEET } from './format';
import { issue, type Workbook, type WorkbookIssue } from './types';
import type { ReferenceSnapshot } from './validate';

export function checkUnits(workbook: Workbook, ref: ReferenceSnapshot, errors: WorkbookIssue[]): void {
  const h = HEADERS.units;
  const at = (row: number, column: string, message: string) => errors.push(issue(SHEET.units, row, column, message));
  const departments = new Map(ref.departments.map((d) => [d.code, d.name]));
  const codeRows = new Map<string, number>();
  const nameRows = new Map<string, number>();
  const namedDepartments = new Map<string, { name: string; row: number }>();
  for (const u of workbook.units) {
    if (!u.unitCode.startsWith(u.departmentCode)) at(u.row, h.unitCode, `单位编码须以部门编码 ${u.departmentCode} 开头`);
    const first = codeRows.get(u.unitCode);
    if (first !== undefined) at(u.row, h.unitCode, `单位编码 ${u.unitCode} 重复（与第${first}行相同）`);
    else codeRows.set(u.unitCode, u.row);

    const nameKey = `${u.departmentCode}/${u.unitName}`;
    const sameName = nameRows.get(nameKey);
    if (sameName !== undefined) at(u.row, h.unitName, `同一部门下单位名称「${u.unitName}」重复（与第${sameName}行相同）`);
    else nameRows.set(nameKey, u.row);
    const taken = ref.units.find((x) => x.departmentCode === u.departmentCode && x.name === u.unitName && x.code !== u.unitCode);
    if (taken) at(u.row, h.unitName, `单位名称「${u.unitName}」已被本部门的单位 ${taken.code} 使用`);

    if (u.departmentName !== null) {
      const named = namedDepartments.get(u.departmentCode);
      if (named && named.name !== u.departmentName) at(u.row, h.departmentName, `部门 ${u.departmentCode} 的名称与第${named.row}行不一致`);
      else if (!named) namedDepartments.set(u.departmentCode, { name: u.departmentName, row: u.row });
    } else if (!departments.has(u.departmentCode) && !namedDepartments.has(u.departmentCode)) {
      at(u.row, h.departmentName, `部门 ${u.departmentCode} 是新部门，须填写部门名称`);
    }
  }
}

const LEVELS = { FUNCTIONAL: [3, 5, 7], DEPT_ECON: [3, 5] } as const;

export function checkCodes(workbook: Workbook, ref: ReferenceSnapshot, errors: WorkbookIssue[], warnings: WorkbookIssue[]): void {
  const h = HEADERS.codes;
  const existing = { FUNCTIONAL: new Map(ref.functional.map((c) => [c.code, c.name])), DEPT_ECON: new Map(ref.deptEcon.map((c) => [c.code, c.name])) };
  const inSheet = { FUNCTIONAL: new Map<string, number>(), DEPT_ECON: new Map<string, number>() };
  for (const c of workbook.codes) inSheet[c.category].set(c.code, inSheet[c.category].get(c.code) ?? c.row);
  for (const c of workbook.codes) {
    const label = CODE_CATEGORY_TEXT[c.category];
    const at = (column: string, message: string) => errors.push(issue(SHEET.codes, c.row, column, message));
    const levels: readonly number[] = LEVELS[c.category];
    if (!levels.includes(c.code.length)) {
      at(h.code, `${label}科目只有${levels.join('、')}位编码，“${c.code}”是${c.code.length}位`);
      continue;
    }
    const first = inSheet[c.category].get(c.code);
    if (first !== c.row) at(h.code, `${label}科目 ${c.code} 重复（与第${first}行相同）`);
    const parent = c.code.length > 3 ? c.code.slice(0, -2) : null;
    if (parent && !existing[c.category].has(parent) && !inSheet[c.category].has(parent)) {
      at(h.code, `上级科目 ${parent} 在${ref.year}年度不存在：请在本表中同时列出上级科目`);
    }
    const name = existing[c.category].get(c.code);
    if (name === undefined && c.category === 'DEPT_ECON' && c.code.length === 5) {
      warnings.push(issue(SHEET.codes, c.row, h.code, `新增的部门经济分类科目 ${c.code} 尚无政府经济分类对照，请在“基础数据 → 经济分类对照表”中补充机关、事业两侧的对照`));
    }
    if (name !== undefined && name !== c.name) {
      warnings.push(issue(SHEET.codes, c.row, h.name, `${label}科目 ${c.code} 已存在，名称为「${name}」，本表的「${c.name}」未采用`));
    }
  }
}
