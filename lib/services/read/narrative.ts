/**
 * What the 情况说明 page starts from: the department (`?department=<code>`) picked within the
 * guard's scope, the year, its sections, and whether the caller may edit them now.
 */
import 'server-only';
import { mayEditNow } from '@/lib/auth/edit-access';
import type { Guarded } from '@/lib/auth/guard';
import { listNarrativeSections, type NarrativeSectionRow } from '@/lib/db/narrative-repository';
import { scopeDepartments, type ScopeDepartment } from './reach';
import { readPeriod, type YearChoice } from './years';

export interface NarrativeContext {
  year: number;
  years: YearChoice[];
  departments: ScopeDepartment[];
  department: ScopeDepartment;
  sections: NarrativeSectionRow[];
  /** null when the caller may edit the sections now; otherwise why not, in Chinese. */
  readOnlyReason: string | null;
}

export type NarrativeContextResult = { ok: true; context: NarrativeContext } | { ok: false; message: string };

export async function loadNarrativeContext(g: Guarded, requested: { year?: string; department?: string }): Promise<NarrativeContextResult> {
  const { years, year } = await readPeriod(g, requested.year);
  if (year === null) return { ok: false, message: '尚未设置预算年度，请联系系统管理员。' };
  const departments = await scopeDepartments(g, year);
  const department = requested.department ? departments.find((d) => d.code === requested.department) : departments[0];
  if (!department) return { ok: false, message: '无权查看该部门的情况说明，或该部门不存在。' };
  const sections = await listNarrativeSections(department.id, year);
  const yearState = { year, closed: years.find((y) => y.year === year)?.closed ?? false };
  const readOnlyReason = mayEditNow(g, 'narrative.edit', { kind: 'narrative', departmentId: department.id, year: yearState, departmentStatus: department.status });
  return { ok: true, context: { year, years, departments, department, sections, readOnlyReason } };
}
