/**
 * 部门预算支出经济分类 (类 3 / 款 5 digits), 人员经费 vs 公用经费, and the
 * 对照 to 政府预算支出经济分类 keyed by (部门经济 款, the unit's 政府经济 side).
 */
import type { BudgetLine, GovEconCategory, ReferenceData, Unit } from '../types';

/** 人员经费 (301 工资福利支出, 303 对个人和家庭的补助) or 公用经费 (302 商品和服务支出, 310 资本性支出). */
export type ExpenseNature = 'PERSONNEL' | 'PUBLIC';

export const PERSONNEL_CLASSES: readonly string[] = ['301', '303'];
export const PUBLIC_CLASSES: readonly string[] = ['302', '310'];
export const BASIC_CLASSES: readonly string[] = [...PERSONNEL_CLASSES, ...PUBLIC_CLASSES].sort();

/** The 部门经济 类 of a 款 ("30101" → "301"). */
export function deptEconClass(code: string): string {
  return code.slice(0, 3);
}

export function expenseNature(deptEconCode: string): ExpenseNature | null {
  const econClass = deptEconClass(deptEconCode);
  if (PERSONNEL_CLASSES.includes(econClass)) return 'PERSONNEL';
  if (PUBLIC_CLASSES.includes(econClass)) return 'PUBLIC';
  return null;
}

export type GovEconIndex = ReadonlyMap<string, string>;

function mappingKey(deptEconCode: string, category: GovEconCategory): string {
  return `${deptEconCode}|${category}`;
}

export function govEconIndex(reference: ReferenceData): GovEconIndex {
  return new Map(reference.econMapping.map((row) => [mappingKey(row.deptEconCode, row.category), row.govEconCode]));
}

export type GovEconResolution = { ok: true; code: string } | { ok: false; error: string };

/**
 * The 政府经济 款 of a line: the line's override, else the mapping row for
 * (部门经济 款, unit category). A missing mapping is reported, never thrown.
 */
export function resolveGovEcon(
  line: Pick<BudgetLine, 'deptEconCode' | 'govEconOverride'>,
  unit: Pick<Unit, 'govEconCategory'>,
  index: GovEconIndex,
): GovEconResolution {
  if (line.govEconOverride) return { ok: true, code: line.govEconOverride };
  const code = index.get(mappingKey(line.deptEconCode, unit.govEconCategory));
  if (code) return { ok: true, code };
  const side = unit.govEconCategory === 'ORGAN' ? '机关' : '事业单位';
  return { ok: false, error: `部门经济分类 "${line.deptEconCode}" 在${side}下没有对应的政府经济分类（请在对照表中补充）` };
}
