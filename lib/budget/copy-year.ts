/**
 * 复制上年预算: which of a unit's last-year data starts its new year. Copied: 基本支出 lines,
 * 经常性项目 with their 绩效目标申报表 and lines, 政府采购 not tied to an uncopied project —
 * with their amounts or at zero. Not copied, and listed with the reason: 一次性项目 (with their
 * lines and 采购), 上年结转 lines, and anything whose code is not in the new year's lists.
 */
import type Decimal from 'decimal.js';
import { formatThousands, ZERO } from './money';
import type { BudgetLine, FundBreakdown, PerformanceForm, ProcurementEntry, Project } from './types';

export interface UnitYearData {
  lines: BudgetLine[];
  projects: Project[];
  procurement: ProcurementEntry[];
}

/** The new year's code lists (功能分类 项, 部门经济分类 款, 政府经济分类 款). */
export interface TargetCodes {
  functional: ReadonlySet<string>;
  deptEcon: ReadonlySet<string>;
  govEcon: ReadonlySet<string>;
}

export interface SkippedItem {
  what: string;
  reason: string;
}

export interface CopyPlan extends UnitYearData {
  skipped: SkippedItem[];
}

const zeroFunds = (f: FundBreakdown): FundBreakdown => ({ total: ZERO, central: ZERO, provincial: ZERO, cityCounty: ZERO, selfRaised: ZERO, other: f.other === null ? null : ZERO });
const zeroForm = (form: PerformanceForm): PerformanceForm => ({ ...form, funds: { period: zeroFunds(form.funds.period), annual: zeroFunds(form.funds.annual) } });
const yuanText = (amount: Decimal) => `${formatThousands(amount)}元`;

/** Why a line's codes do not fit the new year, or null. */
function missingCode(line: BudgetLine, codes: TargetCodes, year: number): string | null {
  if (!codes.functional.has(line.functionalCode)) return `功能分类科目 ${line.functionalCode} 在${year}年度不存在`;
  if (!codes.deptEcon.has(line.deptEconCode)) return `部门经济分类科目 ${line.deptEconCode} 在${year}年度不存在`;
  if (line.govEconOverride !== null && !codes.govEcon.has(line.govEconOverride)) return `政府经济分类科目 ${line.govEconOverride} 在${year}年度不存在`;
  return null;
}

export function planUnitCopy(source: UnitYearData, codes: TargetCodes, { toYear, zeroAmounts }: { toYear: number; zeroAmounts: boolean }): CopyPlan {
  const skipped: SkippedItem[] = [];
  const amount = (value: Decimal) => (zeroAmounts ? ZERO : value);
  const projects = source.projects.filter((p) => {
    if (p.attribute === 'RECURRING') return true;
    const lineCount = source.lines.filter((l) => l.projectId === p.id).length;
    skipped.push({ what: `项目“${p.name}”${lineCount > 0 ? `及其${lineCount}条明细行` : ''}`, reason: '一次性项目不复制' });
    return false;
  });
  const copiedProject = new Set(projects.map((p) => p.id));
  const lines = source.lines.filter((line) => {
    if (line.projectId !== null && !copiedProject.has(line.projectId)) return false; // listed with its project
    const what = `明细行 ${line.functionalCode}/${line.deptEconCode} ${yuanText(line.amountYuan)}`;
    if (line.carryover) {
      skipped.push({ what, reason: '上年结转资金不复制' });
      return false;
    }
    const missing = missingCode(line, codes, toYear);
    if (missing) skipped.push({ what, reason: missing });
    return missing === null;
  });
  const procurement = source.procurement.filter((entry) => {
    if (entry.projectId === null || copiedProject.has(entry.projectId)) return true;
    skipped.push({ what: `政府采购“${entry.itemName}” ${yuanText(entry.amountYuan)}`, reason: '所属一次性项目不复制' });
    return false;
  });
  return {
    projects: projects.map((p) => ({ ...p, performanceForm: p.performanceForm && zeroAmounts ? zeroForm(p.performanceForm) : p.performanceForm })),
    lines: lines.map((l) => ({ ...l, amountYuan: amount(l.amountYuan) })),
    procurement: procurement.map((e) => ({ ...e, amountYuan: amount(e.amountYuan) })),
    skipped,
  };
}
