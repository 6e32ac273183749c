/** 预算年度 by the 系统管理员: opening or closing a year (a closed year refuses every edit), audited. */
import type { Guarded } from '@/lib/auth/guard';
import { audited } from '@/lib/db/audit-repository';
import { setFiscalYearStatus } from '@/lib/db/workflow-repository';
import { fiscalYearParam, type FiscalYearStatusInput } from '@/lib/schemas/reference';
import { notFound } from './errors';
import { parseInput } from './input';

export function changeFiscalYearStatus(g: Guarded, yearParam: string, { status }: FiscalYearStatusInput) {
  const year = parseInput(fiscalYearParam, yearParam);
  return audited(async (tx) => {
    const change = await setFiscalYearStatus(tx, year, status);
    if (!change) throw notFound(`预算年度 ${year} 不存在`);
    const audit = {
      kind: 'REFERENCE_CHANGE' as const,
      actor: { id: g.actor.id, name: g.actor.displayName },
      entity: 'FiscalYear',
      entityId: String(year),
      year,
      before: { status: change.before },
      after: { status: change.after },
      ip: g.actor.ip,
    };
    return { result: { year, status }, audit };
  });
}
