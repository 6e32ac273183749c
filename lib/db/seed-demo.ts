/**
 * The demo department 045 柳林县行政审批服务管理局 / 2023 (prisma/seed/demo/liulin-2023.ts), its
 * users (one per role, password Demo@2023, to be changed at first sign-in) and its workflow rows.
 *
 * Budget data (projects with their 绩效目标申报表, lines, 政府采购) goes in as one transaction and
 * only while the department-year has neither lines nor projects: a re-run never duplicates or
 * overwrites what users entered. The demo ids ("u-045001", "p-workFunds", "l-045-001" …) are kept,
 * so the data read back equals `liulin2023Budget()`.
 */
import bcrypt from 'bcryptjs';
import type { PerformanceForm } from '@/lib/budget/types';
import {
  demoLines,
  liulin2023Department,
  liulin2023Lines,
  liulin2023NarrativeSections,
  liulin2023PriorYear,
  liulin2023Procurement,
  liulin2023Projects,
  liulin2023UnitFacts,
  liulin2023Units,
  LIULIN_2023_YEAR,
} from '@/prisma/seed/demo/liulin-2023';
import type { Db, PrismaClient, Role } from './client';
import { performanceFormColumns } from './performance-form-row';

export const DEMO_PASSWORD = 'Demo@2023';
const REGION = '柳林县';
/** The demo's county (County, docs/scaling.md §3): 柳林县, 行政区划代码 141125. */
export const DEMO_COUNTY = { code: '141125', name: REGION } as const;
const YEAR = LIULIN_2023_YEAR;

/** Demo users; `units` are demo unit ids a 单位财务 may edit. */
export const DEMO_USERS: readonly { username: string; displayName: string; role: Role; department: boolean; units: string[] }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN', department: false, units: [] },
  { username: 'caiwu', displayName: '审批局财务', role: 'UNIT_ACCOUNTANT', department: true, units: ['u-045001'] },
  { username: 'caiwu2', displayName: '政务服务中心财务', role: 'UNIT_ACCOUNTANT', department: true, units: ['u-045002'] },
  { username: 'caiwu3', displayName: '政府采购中心财务', role: 'UNIT_ACCOUNTANT', department: true, units: ['u-045003'] },
  { username: 'lingdao', displayName: '审批局领导', role: 'DEPT_LEADER', department: true, units: [] },
  { username: 'shenhe', displayName: '财政局审核员', role: 'FINANCE_REVIEWER', department: false, units: [] },
];

const money = (value: { toFixed(dp: number): string }) => value.toFixed(2);
const moneyOrNull = (value: { toFixed(dp: number): string } | null) => (value === null ? null : money(value));

function formRow(projectId: string, form: PerformanceForm) {
  return { ...performanceFormColumns(projectId, form), id: `f-${projectId}`, filledAt: form.filledAt };
}

/**
 * Projects (with forms and indicators), lines and 政府采购, only while the department-year has
 * neither lines nor projects. Returns whether it inserted them.
 */
async function seedBudgetData(tx: Db, departmentId: string, unitId: (demoId: string) => string): Promise<boolean> {
  const ofYear = { year: YEAR, unit: { departmentId } };
  const [lineCount, projectCount] = await Promise.all([tx.budgetLine.count({ where: ofYear }), tx.project.count({ where: ofYear })]);
  if (lineCount > 0 || projectCount > 0) return false;
  const projects = liulin2023Projects();
  await tx.project.createMany({
    data: projects.map(({ performanceForm: _form, ...p }) => ({ ...p, year: YEAR, unitId: unitId(p.unitId) })),
  });
  const forms = projects.flatMap((p) => (p.performanceForm ? [{ projectId: p.id, form: p.performanceForm }] : []));
  await tx.performanceForm.createMany({ data: forms.map(({ projectId, form }) => formRow(projectId, form)) });
  await tx.performanceIndicator.createMany({
    data: forms.flatMap(({ projectId, form }) =>
      form.indicators.map((i, n) => ({ ...i, id: `f-${projectId}-${String(n + 1).padStart(2, '0')}`, formId: `f-${projectId}` })),
    ),
  });
  await tx.budgetLine.createMany({
    data: liulin2023Lines().map((line, n) => ({
      ...line,
      year: YEAR,
      unitId: unitId(line.unitId),
      amountYuan: money(line.amountYuan),
      note: demoLines[n]?.note ?? null,
    })),
  });
  await tx.procurementEntry.createMany({
    data: liulin2023Procurement().map((e) => ({ ...e, year: YEAR, unitId: unitId(e.unitId), amountYuan: money(e.amountYuan) })),
  });
  return true;
}

/** Department, units, budget data, 上年数, narrative texts. */
async function seedDepartment(db: PrismaClient): Promise<{ departmentId: string; unitIds: Map<string, string>; linesInserted: boolean }> {
  await db.county.createMany({ data: [DEMO_COUNTY], skipDuplicates: true });
  const county = await db.county.findUniqueOrThrow({ where: { code: DEMO_COUNTY.code }, select: { id: true } });
  await db.department.createMany({ data: [{ ...liulin2023Department, region: REGION, countyId: county.id }], skipDuplicates: true });
  const department = await db.department.findUniqueOrThrow({ where: { code: liulin2023Department.code } });
  const units = liulin2023Units();
  await db.unit.createMany({
    data: units.map((u) => ({ ...u, departmentId: department.id, ...liulin2023UnitFacts[u.id] })),
    skipDuplicates: true,
  });
  const stored = await db.unit.findMany({ where: { departmentId: department.id }, select: { id: true, code: true } });
  // Demo unit id → database unit id (the same unless the unit existed before the seed).
  const unitIds = new Map(units.map((u) => [u.id, stored.find((s) => s.code === u.code)?.id ?? u.id]));
  const unitId = (demoId: string) => unitIds.get(demoId) ?? demoId;

  const linesInserted = await db.$transaction((tx) => seedBudgetData(tx, department.id, unitId), { timeout: 30_000 });

  const prior = liulin2023PriorYear();
  await db.priorYearFigures.createMany({
    data: [
      {
        departmentId: department.id,
        year: YEAR,
        totalIncome: moneyOrNull(prior.totalIncome),
        totalExpenditure: moneyOrNull(prior.totalExpenditure),
        generalPublicCurrent: moneyOrNull(prior.generalPublicCurrent),
        abroad: moneyOrNull(prior.threePublic.abroad),
        reception: moneyOrNull(prior.threePublic.reception),
        vehiclePurchase: moneyOrNull(prior.threePublic.vehiclePurchase),
        vehicleOperation: moneyOrNull(prior.threePublic.vehicleOperation),
        organOperating: moneyOrNull(prior.organOperating),
      },
    ],
    skipDuplicates: true,
  });
  await db.narrativeSection.createMany({
    data: liulin2023NarrativeSections.map((s) => ({ ...s, departmentId: department.id, year: YEAR })),
    skipDuplicates: true,
  });
  return { departmentId: department.id, unitIds, linesInserted };
}

/** Users (hashing only the passwords of users that do not exist yet), their unit scopes, workflow rows. */
async function seedUsers(db: Db, departmentId: string, unitIds: Map<string, string>): Promise<string[]> {
  const existing = new Set((await db.user.findMany({ select: { username: true } })).map((u) => u.username));
  const missing = DEMO_USERS.filter((u) => !existing.has(u.username));
  // One hash per user (its own salt): equal hashes would show who still has the demo password.
  const hashes = await Promise.all(missing.map(() => bcrypt.hash(DEMO_PASSWORD, 10)));
  await db.user.createMany({
    data: missing.map((u, i) => ({
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      departmentId: u.department ? departmentId : null,
      passwordHash: hashes[i] ?? '',
      mustChangePassword: true,
    })),
    skipDuplicates: true,
  });
  const users = await db.user.findMany({ where: { username: { in: DEMO_USERS.map((u) => u.username) } } });
  await db.userUnitScope.createMany({
    data: DEMO_USERS.flatMap((u) => {
      const userId = users.find((row) => row.username === u.username)?.id;
      return userId ? u.units.map((demoUnit) => ({ userId, unitId: unitIds.get(demoUnit) ?? demoUnit })) : [];
    }),
    skipDuplicates: true,
  });
  return missing.map((u) => u.username);
}

export async function seedDemo(db: PrismaClient): Promise<{ demoLinesInserted: boolean; usersCreated: string[] }> {
  const { departmentId, unitIds, linesInserted } = await seedDepartment(db);
  const usersCreated = await seedUsers(db, departmentId, unitIds);
  await db.unitSubmission.createMany({
    data: [...unitIds.values()].map((unitId) => ({ unitId, year: YEAR, status: 'DRAFT' as const })),
    skipDuplicates: true,
  });
  await db.departmentSubmission.createMany({ data: [{ departmentId, year: YEAR, status: 'PENDING' }], skipDuplicates: true });
  return { demoLinesInserted: linesInserted, usersCreated };
}
