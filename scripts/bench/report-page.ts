/**
 * (f) The 公开报表 page's server-side read path (app/(workspace)/report/page.tsx), in-process, for
 * issue 8's page targets (demo department ≤ 150 ms, largest department ≤ 400 ms). Per run, as the
 * page does for a 部门领导 of the department: the guard's user read (findGuardUser, one query),
 * the permission (authorize's check and scope), the year list (currentYear + the window's fiscal-year statuses, as
 * readPeriod's yearChoices), the scope's department statuses (scopeDepartments'
 * listDepartmentStatuses) and readDepartmentReport's two steps (access check, then the report cache:
 * data version, then the cached report or the pipeline). Two variants: a cache hit (the steady state) and a miss (the first view
 * after a write: clearReportCache before each run).
 * NOT covered: next-auth's cookie decode (≈ 1 ms), React's server render of the tables and the
 * HTML/RSC streaming, the browser. The modules under lib/services/read that are `server-only`
 * (years.ts, reach.ts) and lib/services/read/report.ts (whose chain loads next-auth, which tsx cannot
 * load) are not imported: their repository calls are made directly, the same queries.
 */
import type { Guarded } from '../../lib/auth/guard';
import { can } from '../../lib/auth/permissions';
import { departmentFilter, reachesDepartment, scopeFor } from '../../lib/auth/scope';
import { findGuardUser } from '../../lib/db/auth-repository';
import type { PrismaClient } from '../../lib/db/client';
import { currentYear, fiscalYearStatus, listDepartmentStatuses } from '../../lib/db/workflow-repository';
import { getPrisma } from '../../lib/db/client';
import { findDepartmentByCode } from '../../lib/db/report-repository';
import { clearReportCache, loadDepartmentReportCached } from '../../lib/services/report-cache';

/** The bench's page reader: a 部门领导 of the department (a user row, so the guard's read is real). */
export async function ensurePageReader(prisma: PrismaClient, departmentCode: string): Promise<string> {
  const department = await prisma.department.findUniqueOrThrow({ where: { code: departmentCode }, select: { id: true } });
  const username = `bench-leader-${departmentCode}`;
  const user = await prisma.user.upsert({
    where: { username },
    create: { username, displayName: `基准领导 ${departmentCode}`, role: 'DEPT_LEADER', departmentId: department.id, passwordHash: '!', mustChangePassword: false },
    update: { departmentId: department.id, active: true },
    select: { id: true },
  });
  return user.id;
}

/** One page view's read path (see above); `miss` forgets the report cache first. */
export function reportPageReadPath(prisma: PrismaClient, userId: string, departmentCode: string, year: number, miss: boolean): () => Promise<unknown> {
  return async () => {
    if (miss) clearReportCache();
    const row = await findGuardUser(userId, prisma);
    if (!row) throw new Error(`bench reader ${userId} missing`);
    // authorize() of lib/auth/guard, whose module also loads next-auth (not loadable under tsx): the same two steps.
    if (!can(row.role, 'report.read')) throw new Error('bench reader may not read reports');
    const { id, username, displayName, role, departmentId } = row;
    const guarded: Guarded = { actor: { id, username, displayName, role, departmentId, ip: '127.0.0.1' }, scope: scopeFor(row) };
    const current = await currentYear(prisma);
    if (current === null) throw new Error('no fiscal year');
    await Promise.all([current + 1, current, current - 1, current - 2, current - 3, current - 4].map((y) => fiscalYearStatus(prisma, y)));
    const departments = await listDepartmentStatuses(departmentFilter(guarded.scope), year, prisma);
    if (!departments.some((d) => d.code === departmentCode)) throw new Error(`department ${departmentCode} not in scope`);
    // readDepartmentReport (lib/services/read/report.ts), whose module chain loads next-auth too:
    // its access check (assertReadsDepartment) and its read through the report cache, the same calls.
    const department = await findDepartmentByCode(getPrisma(), departmentCode);
    if (!department || !reachesDepartment(guarded.scope, department.id)) throw new Error(`department ${departmentCode} refused`);
    const report = await loadDepartmentReportCached(getPrisma(), { departmentCode, year, unit: '万元' });
    if (!report) throw new Error(`no report for ${departmentCode}`);
    return report;
  };
}
