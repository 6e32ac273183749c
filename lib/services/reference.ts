/**
 * 基础数据 by the 系统管理员, each change audited (REFERENCE_CHANGE, before/after) in its own
 * transaction: opening or closing a year and 创建新年度 from an existing one (here), 分类科目
 * (./codes.ts) and the 对照表 (./mapping.ts). A closed year refuses every change there too.
 * Reports read the codes and the 对照表 through a per-process cache
 * (lib/db/budget-repository.ts), which every change there clears once it has committed.
 */
import type { Guarded } from '@/lib/auth/guard';
import { audited, type AuditEntry, type Tx } from '@/lib/db/audit-repository';
import { invalidateReferenceCache } from '@/lib/db/budget-repository';
import * as ref from '@/lib/db/reference-repository';
import { setFiscalYearStatus } from '@/lib/db/workflow-repository';
import { copyYearSchema, fiscalYearStatusSchema } from '@/lib/schemas/reference';
import { invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { defineOperation } from './operation';

export const referenceAudit = (g: Guarded, entity: string, entityId: string, year: number, before: unknown, after: unknown, reason: string | null = null): AuditEntry => ({
  kind: 'REFERENCE_CHANGE',
  actor: { id: g.actor.id, name: g.actor.displayName },
  entity,
  entityId,
  year,
  before,
  after,
  reason,
  ip: g.actor.ip,
});

/**
 * A change of codes or 对照表 in its audited transaction; the cached reference data is dropped
 * after the commit (not before, or a report read in between would cache the old rows again).
 */
export async function changeReference<T>(work: Parameters<typeof audited<T>>[0]): Promise<T> {
  const result = await audited(work);
  invalidateReferenceCache();
  return result;
}

/** The year exists (400 on `field` otherwise) and is open (409). */
export async function openReferenceYear(tx: Tx, year: number, field = 'year'): Promise<void> {
  const found = await ref.findFiscalYear(tx, year);
  if (!found) throw invalidInput(field, `预算年度 ${year} 不存在`);
  if (found.status === 'CLOSED') throw stateRefusal(`${year}年度已关闭，不能修改基础数据（请先重新开放该年度）`);
}

/** PATCH /api/admin/fiscal-years/[year] `{ status: OPEN|CLOSED }`: a closed year refuses every edit. */
export const changeFiscalYearStatus = defineOperation({
  name: 'fiscalYear.setStatus',
  permission: 'reference.manage',
  input: fiscalYearStatusSchema,
  kind: 'write',
  run: (g, { year, status }) =>
    audited(async (tx) => {
      const change = await setFiscalYearStatus(tx, year, status);
      if (!change) throw notFound(`预算年度 ${year} 不存在`);
      const audit = referenceAudit(g, 'FiscalYear', String(year), year, { status: change.before }, { status: change.after });
      return { result: { year, status }, audit };
    }),
});

/** POST /api/admin/reference/years `{ fromYear, toYear }`: 创建新年度, a new open year with a copy of fromYear's codes and 对照表. */
export const copyFiscalYear = defineOperation({
  name: 'fiscalYear.copy',
  permission: 'reference.manage',
  input: copyYearSchema,
  kind: 'write',
  run: (g, { fromYear, toYear }) =>
    changeReference(async (tx) => {
      if (!(await ref.findFiscalYear(tx, fromYear))) throw invalidInput('fromYear', `来源年度 ${fromYear} 不存在`);
      if (await ref.findFiscalYear(tx, toYear)) throw stateRefusal(`预算年度 ${toYear} 已存在`);
      const copied = await ref.copyYear(tx, fromYear, toYear);
      const after = { year: toYear, status: 'OPEN', copiedFrom: fromYear, ...copied };
      return { result: after, audit: referenceAudit(g, 'FiscalYear', String(toYear), toYear, null, after, `创建新年度（复制${fromYear}年度基础数据）`) };
    }),
});
