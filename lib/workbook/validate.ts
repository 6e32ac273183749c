/**
 * The workbook against the reference data of the year, passed in as plain data: every unit,
 * code and project a row names must exist (in the database or in the file itself), at the
 * right level; unit codes are unique; the line rules of lib/schemas/line.ts hold.
 * Returns every error and the warnings (a code renamed in the file is not renamed in the system).
 */
import { lineShapeIssue } from '@/lib/budget/validation-line';
import { HEADERS, SHEET } from './format';
import { issue, type Workbook, type WorkbookIssue } from './types';
import { checkCodes, checkUnits } from './validate-organisation';

export interface ReferenceSnapshot {
  year: number;
  functional: readonly { code: string; name: string }[];
  deptEcon: readonly { code: string; name: string }[];
  departments: readonly { code: string; name: string }[];
  units: readonly { code: string; name: string; departmentCode: string }[];
  /** The year's projects of the units, by unit code. */
  projects: readonly { unitCode: string; name: string }[];
}

export interface Validation {
  errors: WorkbookIssue[];
  warnings: WorkbookIssue[];
}

const projectKey = (unitCode: string, name: string) => `${unitCode}\u0000${name}`;

export function validateWorkbook(workbook: Workbook, ref: ReferenceSnapshot): Validation {
  const errors: WorkbookIssue[] = [];
  const warnings: WorkbookIssue[] = [];
  checkUnits(workbook, ref, errors);
  checkCodes(workbook, ref, errors, warnings);

  const units = new Set([...ref.units.map((u) => u.code), ...workbook.units.map((u) => u.unitCode)]);
  const departments = new Set([...ref.departments.map((d) => d.code), ...workbook.units.map((u) => u.departmentCode)]);
  const codesOf = (category: 'FUNCTIONAL' | 'DEPT_ECON', known: readonly { code: string }[]) =>
    new Set([...known.map((c) => c.code), ...workbook.codes.filter((c) => c.category === category).map((c) => c.code)]);
  const functional = codesOf('FUNCTIONAL', ref.functional);
  const deptEcon = codesOf('DEPT_ECON', ref.deptEcon);
  const projects = new Set(ref.projects.map((p) => projectKey(p.unitCode, p.name)));
  const unknownUnit = (code: string) => `单位 ${code} 不存在（系统中没有，「单位」工作表中也没有）`;

  const seenProjects = new Map<string, number>();
  for (const p of workbook.projects) {
    const h = HEADERS.projects;
    if (!units.has(p.unitCode)) errors.push(issue(SHEET.projects, p.row, h.unitCode, unknownUnit(p.unitCode)));
    const key = projectKey(p.unitCode, p.name);
    const first = seenProjects.get(key);
    if (first !== undefined) errors.push(issue(SHEET.projects, p.row, h.name, `项目「${p.name}」在同一单位下重复（与第${first}行相同）`));
    else seenProjects.set(key, p.row);
    projects.add(key);
  }

  for (const line of workbook.lines) {
    const h = HEADERS.lines;
    const at = (column: string, message: string) => errors.push(issue(SHEET.lines, line.row, column, message));
    if (!units.has(line.unitCode)) at(h.unitCode, unknownUnit(line.unitCode));
    if (!functional.has(line.functionalCode)) at(h.functionalCode, `功能分类科目 ${line.functionalCode} 在${ref.year}年度不存在`);
    if (!deptEcon.has(line.deptEconCode)) at(h.deptEconCode, `部门经济分类科目 ${line.deptEconCode} 在${ref.year}年度不存在`);
    const shape = lineShapeIssue({ kind: line.kind, hasProject: line.projectName !== null, deptEconCode: line.deptEconCode });
    if (shape) {
      const column = shape.field === 'projectId' ? h.projectName : h.deptEconCode;
      at(column, shape.field === 'projectId' ? shape.message.replace('选择所属项目', '填写项目名称').replace('不能关联项目', '不能填写项目名称') : shape.message);
    } else if (line.projectName !== null && !projects.has(projectKey(line.unitCode, line.projectName))) {
      at(h.projectName, `项目「${line.projectName}」不在「项目」工作表中，也不是单位 ${line.unitCode} 在${ref.year}年度已有的项目`);
    }
  }

  for (const p of workbook.procurement) {
    const h = HEADERS.procurement;
    if (!units.has(p.unitCode)) errors.push(issue(SHEET.procurement, p.row, h.unitCode, unknownUnit(p.unitCode)));
    else if (p.projectName !== null && !projects.has(projectKey(p.unitCode, p.projectName))) {
      errors.push(issue(SHEET.procurement, p.row, h.projectName, `项目「${p.projectName}」不是单位 ${p.unitCode} 的项目`));
    }
  }

  const seenFigures = new Map<string, number>();
  for (const p of workbook.priorYear) {
    const h = HEADERS.priorYear;
    if (!departments.has(p.departmentCode)) errors.push(issue(SHEET.priorYear, p.row, h.departmentCode, `部门 ${p.departmentCode} 不存在`));
    const key = `${p.departmentCode}/${p.figure}`;
    const first = seenFigures.get(key);
    if (first !== undefined) errors.push(issue(SHEET.priorYear, p.row, h.figure, `同一部门的指标重复（与第${first}行相同）`));
    else seenFigures.set(key, p.row);
  }
  return { errors: sortIssues(errors), warnings };
}

const SHEET_ORDER: readonly string[] = Object.values(SHEET);

/** Sheet order of the format, then row. */
export function sortIssues(issues: WorkbookIssue[]): WorkbookIssue[] {
  return [...issues].sort((a, b) => SHEET_ORDER.indexOf(a.sheet ?? '') - SHEET_ORDER.indexOf(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
}
