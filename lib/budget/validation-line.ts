/**
 * Validation of one budget line. Messages are Chinese and start
 * with the field they concern, so a form can show them next to the input and a list can
 * show them as they are. Nothing here throws: bad input yields messages.
 */
import type { BudgetLine, Project, ReferenceData, Unit } from './types';
import { FUNDING_SOURCES } from './types';
import { functionalLevel, functionalPath } from './classification/functional';
import { BASIC_CLASSES, deptEconClass, govEconIndex, resolveGovEcon, type GovEconIndex } from './classification/econ';
import { hasMoreThanTwoDecimals } from './money';

export type LineField = 'unitId' | 'functionalCode' | 'deptEconCode' | 'govEconOverride' | 'kind' | 'projectId' | 'fundingSource' | 'amountYuan';

export interface LineIssue {
  field: LineField;
  message: string;
}

export interface ValidationContext {
  unitsById: ReadonlyMap<string, Unit>;
  projectsById: ReadonlyMap<string, Project>;
  functional: ReadonlySet<string>;
  deptEcon: ReadonlySet<string>;
  govEcon: ReadonlySet<string>;
  mapping: GovEconIndex;
}

export function validationContext(input: { units: readonly Unit[]; projects: readonly Project[]; reference: ReferenceData }): ValidationContext {
  return {
    unitsById: new Map(input.units.map((u) => [u.id, u])),
    projectsById: new Map(input.projects.map((p) => [p.id, p])),
    functional: new Set(input.reference.functional.map((c) => c.code)),
    deptEcon: new Set(input.reference.deptEcon.map((c) => c.code)),
    govEcon: new Set(input.reference.govEcon.map((c) => c.code)),
    mapping: govEconIndex(input.reference),
  };
}

function functionalIssues(code: string, ctx: ValidationContext): LineIssue[] {
  const field = 'functionalCode';
  const level = functionalLevel(code);
  if (level === null) return [{ field, message: `功能分类：科目编码 "${code}" 格式不正确（应为3/5/7位数字）` }];
  if (!ctx.functional.has(code)) return [{ field, message: `功能分类：未知的功能分类科目 "${code}"` }];
  if (level !== '项') return [{ field, message: `功能分类必须是项级（7位）科目："${code}" 是${level}级` }];
  const missing = functionalPath(code).filter((parent) => !ctx.functional.has(parent));
  return missing.map((parent) => ({ field, message: `功能分类：科目 "${code}" 的上级科目 "${parent}" 不在参考数据中` }));
}

function econIssues(line: BudgetLine, unit: Unit | undefined, ctx: ValidationContext): LineIssue[] {
  const code = line.deptEconCode;
  const field = 'deptEconCode';
  if (!/^\d{5}$/.test(code)) return [{ field, message: `部门经济分类必须是款级（5位）科目："${code}"` }];
  if (!ctx.deptEcon.has(code)) return [{ field, message: `部门经济分类：未知的部门经济分类科目 "${code}"` }];
  const issues: LineIssue[] = [];
  if (line.kind === 'BASIC' && !BASIC_CLASSES.includes(deptEconClass(code))) {
    issues.push({ field, message: `基本支出的部门经济分类必须属于301/302/303/310："${code}"` });
  }
  if (line.govEconOverride !== null) {
    if (!/^\d{5}$/.test(line.govEconOverride) || !ctx.govEcon.has(line.govEconOverride)) {
      issues.push({ field: 'govEconOverride', message: `政府经济分类：未知的政府经济分类科目 "${line.govEconOverride}"` });
    }
  } else if (unit) {
    const resolved = resolveGovEcon(line, unit, ctx.mapping);
    if (!resolved.ok) issues.push({ field, message: resolved.error });
  }
  return issues;
}

function projectIssues(line: BudgetLine, ctx: ValidationContext): LineIssue[] {
  const field = 'projectId';
  if (line.kind === 'BASIC') return line.projectId === null ? [] : [{ field, message: '项目：基本支出不能属于项目' }];
  if (line.projectId === null) return [{ field, message: '项目支出必须属于一个项目' }];
  const project = ctx.projectsById.get(line.projectId);
  if (!project) return [{ field, message: `项目：未知的项目 "${line.projectId}"` }];
  if (project.unitId !== line.unitId) return [{ field, message: `项目：项目「${project.name}」属于其他单位，不能用于本单位的预算行` }];
  return [];
}

function amountIssues(line: BudgetLine): LineIssue[] {
  const field = 'amountYuan';
  const amount = line.amountYuan;
  if (!amount.isFinite()) return [{ field, message: '金额：不是有效的数字' }];
  const issues: LineIssue[] = [];
  if (amount.isNegative() && !amount.isZero()) issues.push({ field, message: `金额不能为负数：${amount.toString()}` });
  if (hasMoreThanTwoDecimals(amount)) issues.push({ field, message: `金额最多两位小数：${amount.toString()}` });
  return issues;
}

/** Every problem of one line, with its field. */
export function lineIssues(line: BudgetLine, ctx: ValidationContext): LineIssue[] {
  // One array, appended in the order of the fields (called for every line of a budget).
  const unit = ctx.unitsById.get(line.unitId);
  const issues: LineIssue[] = unit ? [] : [{ field: 'unitId', message: `单位：未知的单位 "${line.unitId}"` }];
  issues.push(...functionalIssues(line.functionalCode, ctx), ...econIssues(line, unit, ctx));
  if (line.kind !== 'BASIC' && line.kind !== 'PROJECT') issues.push({ field: 'kind', message: `支出类型：未知的支出类型 "${String(line.kind)}"` });
  issues.push(...projectIssues(line, ctx));
  if (!FUNDING_SOURCES.includes(line.fundingSource)) {
    issues.push({ field: 'fundingSource', message: `资金来源：未知的资金来源 "${String(line.fundingSource)}"` });
  }
  issues.push(...amountIssues(line));
  return issues;
}

/** The Chinese messages for one line (empty = valid). */
export function validateLine(line: BudgetLine, ctx: ValidationContext): string[] {
  return lineIssues(line, ctx).map((issue) => issue.message);
}

