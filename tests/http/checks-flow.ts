/**
 * The acknowledgement step before 提交, as the accountant takes it through the API: read the
 * unit's findings, acknowledge each open WARN (with a note). Flows that submit units use it.
 */
import type { HttpClient } from './client';
import { YEAR } from './fixtures';

export interface FindingBody {
  ruleId: string;
  ruleName: string;
  severity: 'FATAL' | 'WARN' | 'INFO';
  unitId: string | null;
  key: string;
  where: string;
  message: string;
  left: string | null;
  right: string | null;
  acknowledgement: { note: string | null; userName: string } | null;
}

export async function unitFindings(c: HttpClient, unitId: string, year = YEAR): Promise<FindingBody[]> {
  const res = await c.get(`/api/checks?year=${year}&unitId=${encodeURIComponent(unitId)}`);
  if (res.status !== 200) throw new Error(`GET /api/checks → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.findings as FindingBody[];
}

/** Acknowledges every open WARN finding of the unit; returns how many there were. */
export async function acknowledgeAll(c: HttpClient, unitId: string, note = '已核对，确认无误'): Promise<number> {
  const open = (await unitFindings(c, unitId)).filter((f) => f.severity === 'WARN' && f.acknowledgement === null);
  for (const f of open) {
    const res = await c.post('/api/checks/acknowledge', { unitId, year: YEAR, ruleId: f.ruleId, findingKey: f.key, note });
    if (res.status !== 201) throw new Error(`acknowledge ${f.ruleId} → ${res.status} ${JSON.stringify(res.body)}`);
  }
  return open.length;
}
