/**
 * When a budget line is valid (docs/domain.md §1.1): the ONE place that decides it. The line
 * service calls lineIssues on every save with the year's cached reference data; validateDepartmentBudget
 * calls it for every line of a report. Messages are Chinese and name the field, so a form can show
 * them next to the input and the API can answer 400 on that field. Nothing here throws.
 */
import type { BudgetLine, GovEconCategory, Project, ReferenceData, Unit } from './types';
import { FUNDING_SOURCES } from './types';
import { functionalLevel, functionalPath } from './classification/functional';
import { BASIC_CLASSES, deptEconClass, govEconIndex, resolveGovEcon, type GovEconIndex } from './classification/econ';
import { hasMoreThanTwoDecimals } from './money';

export type LineField = 'unitId' | 'functionalCode' | 'deptEconCode' | 'govEconOverride' | 'kind' | 'projectId' | 'fundingSource' | 'amountYuan';

export interface LineIssue {
  field: LineField;
  message: string;
}

/** What the rules read of a unit: its id and its 政府经济 side (for the 对照表). */
export type UnitForLines = Pick<Unit, 'id'> & { govEconCategory: GovEconCategory };
/** What the rules read of a project; `year` when it may be of another year than the line (a lookup by id). */
export type ProjectForLines = Pick<Project, 'id' | 'unitId' | 'name'> & { year?: number };
/** The line as the rules see it (a line being saved has no id yet). */
export type CheckedLine = Omit<BudgetLine, 'id' | 'carryover'>;

export interface ValidationContext {
  year: number;
  unitsById: ReadonlyMap<string, UnitForLines>;
  projectsById: ReadonlyMap<string, ProjectForLines>;
  functional: ReadonlySet<string>;
  deptEcon: ReadonlySet<string>;
  govEcon: ReadonlySet<string>;
  mapping: GovEconIndex;
}

export interface ValidationInput {
  year: number;
  units: readonly UnitForLines[];
  projects: readonly ProjectForLines[];
  reference: ReferenceData;
}

const codeSets = new WeakMap<ReferenceData, Pick<ValidationContext, 'functional' | 'deptEcon' | 'govEcon' | 'mapping'>>();

/** The code sets of a year's reference data, built once per ReferenceData object (it is never mutated in place). */
function referenceSets(reference: ReferenceData) {
  let sets = codeSets.get(reference);
  if (!sets) {
    sets = {
      functional: new Set(reference.functional.map((c) => c.code)),
      deptEcon: new Set(reference.deptEcon.map((c) => c.code)),
      govEcon: new Set(reference.govEcon.map((c) => c.code)),
      mapping: govEconIndex(reference),
    };
    codeSets.set(reference, sets);
  }
  return sets;
}

export function validationContext({ year, units, projects, reference }: ValidationInput): ValidationContext {
  return {
    year,
    unitsById: new Map(units.map((u) => [u.id, u])),
    projectsById: new Map(projects.map((p) => [p.id, p])),
    ...referenceSets(reference),
  };
}

function functionalIssues(code: string, ctx: ValidationContext): LineIssue[] {
  const field = 'functionalCode';
  const level = functionalLevel(code);
  if (level === null) return [{ field, message: `功能分类科目须为7位数字（项级）："${code}"` }];
  if (!ctx.functional.has(code)) return [{ field, message: `功能分类科目 ${code} 在${ctx.year}年度不存在` }];
  if (level !== '项') return [{ field, message: `功能分类科目须为项级（7位）："${code}" 是${level}级` }];
  const missing = functionalPath(code).filter((parent) => !ctx.functional.has(parent));
  return missing.map((parent) => ({ field, message: `功能分类科目 ${code} 的上级科目 ${parent} 在${ctx.year}年度不存在` }));
}

function econIssues(line: CheckedLine, unit: UnitForLines | undefined, ctx: ValidationContext): LineIssue[] {
  const code = line.deptEconCode;
  const field = 'deptEconCode';
  if (!/^\d{5}$/.test(code)) return [{ field, message: `部门经济分类科目须为5位数字（款级）："${code}"` }];
  const econClass = deptEconClass(code);
  if (line.kind === 'BASIC' && !BASIC_CLASSES.includes(econClass)) {
    return [{ field, message: `基本支出只能使用部门经济分类 ${BASIC_CLASSES.join('、')} 类，不能使用 ${econClass} 类` }];
  }
  if (!ctx.deptEcon.has(code)) return [{ field, message: `部门经济分类科目 ${code} 在${ctx.year}年度不存在` }];
  const override = line.govEconOverride;
  if (override !== null) {
    return ctx.govEcon.has(override) ? [] : [{ field: 'govEconOverride', message: `政府经济分类科目 ${override} 在${ctx.year}年度不存在` }];
  }
  if (!unit) return [];
  const resolved = resolveGovEcon(line, unit, ctx.mapping);
  return resolved.ok ? [] : [{ field, message: resolved.error }];
}

/**
 * The rules across a line's own fields, before any code or project is looked up: a 项目支出 names
 * its project, a 基本支出 names none and uses only the 基本支出 classes. Also used by the workbook
 * importer, whose rows name projects by name.
 */
export function lineShapeIssue(line: { kind: BudgetLine['kind']; hasProject: boolean; deptEconCode: string }): LineIssue | null {
  if (line.kind === 'BASIC' && line.hasProject) return { field: 'projectId', message: '基本支出不能关联项目' };
  if (line.kind === 'PROJECT' && !line.hasProject) return { field: 'projectId', message: '项目支出必须选择所属项目' };
  const econClass = deptEconClass(line.deptEconCode);
  if (line.kind === 'BASIC' && /^\d{5}$/.test(line.deptEconCode) && !BASIC_CLASSES.includes(econClass)) {
    return { field: 'deptEconCode', message: `基本支出只能使用部门经济分类 ${BASIC_CLASSES.join('、')} 类，不能使用 ${econClass} 类` };
  }
  return null;
}

function projectIssues(line: CheckedLine, ctx: ValidationContext): LineIssue[] {
  const field = 'projectId';
  if (line.kind === 'BASIC') return line.projectId === null ? [] : [{ field, message: '基本支出不能关联项目' }];
  if (line.projectId === null) return [{ field, message: '项目支出必须选择所属项目' }];
  const project = ctx.projectsById.get(line.projectId);
  if (!project) return [{ field, message: `所选项目不存在："${line.projectId}"` }];
  if (project.year !== undefined && project.year !== ctx.year) {
    return [{ field, message: `所选项目「${project.name}」属于${project.year}年度，不能用于${ctx.year}年度的预算行` }];
  }
  if (project.unitId !== line.unitId) return [{ field, message: `所选项目「${project.name}」属于其他单位，不能用于本单位的预算行` }];
  return [];
}

function amountIssues(line: CheckedLine): LineIssue[] {
  const field = 'amountYuan';
  const amount = line.amountYuan;
  if (!amount.isFinite()) return [{ field, message: '金额不是有效的数字' }];
  const issues: LineIssue[] = [];
  if (amount.isNegative() && !amount.isZero()) issues.push({ field, message: `金额不能为负数：${amount.toString()}` });
  if (hasMoreThanTwoDecimals(amount)) issues.push({ field, message: `金额最多两位小数：${amount.toString()}` });
  return issues;
}

/** Every problem of one line, with its field, in the order of the fields. */
export function lineIssues(line: CheckedLine, ctx: ValidationContext): LineIssue[] {
  const unit = ctx.unitsById.get(line.unitId);
  const issues: LineIssue[] = unit ? [] : [{ field: 'unitId', message: `单位不存在："${line.unitId}"` }];
  issues.push(...functionalIssues(line.functionalCode, ctx), ...econIssues(line, unit, ctx));
  if (line.kind !== 'BASIC' && line.kind !== 'PROJECT') issues.push({ field: 'kind', message: `支出类型须为基本支出或项目支出："${String(line.kind)}"` });
  issues.push(...projectIssues(line, ctx));
  if (!FUNDING_SOURCES.includes(line.fundingSource)) {
    issues.push({ field: 'fundingSource', message: `资金来源不存在："${String(line.fundingSource)}"` });
  }
  issues.push(...amountIssues(line));
  return issues;
}

/** The Chinese messages for one line (empty = valid). */
export function validateLine(line: CheckedLine, ctx: ValidationContext): string[] {
  return lineIssues(line, ctx).map((issue) => issue.message);
}
