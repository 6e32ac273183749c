/**
 * Storage of the rule catalogue's settings per fiscal year and of the WARN acknowledgements,
 * and last year's unit totals the plausibility rules compare with.
 */
import type { PreviousYear, Severity, StoredRuleSetting } from '@/lib/budget/rules';
import { SEVERITIES } from '@/lib/budget/rules';
import { Dec } from '@/lib/budget/money';
import type { Db, Prisma } from './client';

function severityOf(value: string): Severity {
  const found = SEVERITIES.find((s) => s === value);
  if (!found) throw new Error(`RuleSetting.severity holds an unknown value "${value}"`);
  return found;
}

function paramsOf(value: Prisma.JsonValue): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
}

export interface RuleSettingRow extends StoredRuleSetting {
  version: number;
  updatedAt: string;
}

export async function listRuleSettings(db: Db, year: number): Promise<RuleSettingRow[]> {
  const rows = await db.ruleSetting.findMany({ where: { year }, orderBy: { ruleId: 'asc' } });
  return rows.map((r) => ({ ruleId: r.ruleId, enabled: r.enabled, severity: severityOf(r.severity), params: paramsOf(r.params), version: r.version, updatedAt: r.updatedAt.toISOString() }));
}

/** Locks the year's row of a rule (if any) for the update that follows. */
export async function lockRuleSetting(tx: Db, year: number, ruleId: string): Promise<RuleSettingRow | null> {
  await tx.$queryRaw`SELECT id FROM "RuleSetting" WHERE year = ${year} AND "ruleId" = ${ruleId} FOR UPDATE`;
  return (await listRuleSettings(tx, year)).find((r) => r.ruleId === ruleId) ?? null;
}

export async function saveRuleSetting(tx: Db, year: number, setting: StoredRuleSetting, actorId: string, previousVersion: number | null): Promise<RuleSettingRow> {
  const data = { enabled: setting.enabled, severity: setting.severity, params: { ...setting.params }, updatedById: actorId };
  const row =
    previousVersion === null
      ? await tx.ruleSetting.create({ data: { year, ruleId: setting.ruleId, ...data } })
      : await tx.ruleSetting.update({ where: { year_ruleId: { year, ruleId: setting.ruleId } }, data: { ...data, version: previousVersion + 1 } });
  return { ruleId: row.ruleId, enabled: row.enabled, severity: severityOf(row.severity), params: paramsOf(row.params), version: row.version, updatedAt: row.updatedAt.toISOString() };
}

export interface AcknowledgementRow {
  id: string;
  unitId: string;
  ruleId: string;
  findingKey: string;
  note: string | null;
  userName: string;
  createdAt: string;
}

export async function listAcknowledgements(db: Db, unitIds: readonly string[], year: number): Promise<AcknowledgementRow[]> {
  const rows = await db.findingAcknowledgement.findMany({ where: { unitId: { in: [...unitIds] }, year }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => ({ id: r.id, unitId: r.unitId, ruleId: r.ruleId, findingKey: r.findingKey, note: r.note, userName: r.userName, createdAt: r.createdAt.toISOString() }));
}

export async function insertAcknowledgement(
  tx: Db,
  data: { unitId: string; year: number; ruleId: string; findingKey: string; note: string | null; userId: string; userName: string },
): Promise<AcknowledgementRow> {
  const r = await tx.findingAcknowledgement.create({ data });
  return { id: r.id, unitId: r.unitId, ruleId: r.ruleId, findingKey: r.findingKey, note: r.note, userName: r.userName, createdAt: r.createdAt.toISOString() };
}

/** Last year's total per unit from last year's lines in the system; null when it has none for the department. */
export async function previousYearTotals(db: Db, departmentCode: string, year: number): Promise<PreviousYear | null> {
  const rows = await db.$queryRaw<{ unitId: string; total: string }[]>`
    SELECT l."unitId", sum(l."amountYuan")::text AS total
      FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId" JOIN "Department" d ON d.id = u."departmentId"
     WHERE d.code = ${departmentCode} AND l.year = ${year - 1}
     GROUP BY l."unitId"`;
  if (rows.length === 0) return null;
  return { year: year - 1, unitTotals: new Map(rows.map((r) => [r.unitId, new Dec(r.total)])) };
}
