/**
 * The access matrix through `execute()`, the core that both generated surfaces (the route
 * handlers of lib/http/route.ts and the server actions of lib/actions/safe-action.ts) run:
 * every operation declared in lib/services × every role, on a real PostgreSQL database with
 * the demo department 045. Each role acts in its own scope (caiwu's unit, lingdao's
 * department), so the permission alone decides. An allowed call succeeds (a write leaves a
 * trace); a refused one throws FORBIDDEN and changes nothing.
 *
 * The ALLOWED column restates the role descriptions of the README and the issue (单位财务 enters
 * lines, projects, 绩效目标 and 政府采购 and submits the unit; 部门领导 approves or returns units,
 * submits the department and writes the 情况说明; 财政局审核 accepts or returns departments;
 * 系统管理员 manages users and reference data; leaders and reviewers read the audit log;
 * everyone changes their own password), independently of lib/auth/permissions.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@/lib/auth/guard';
import { findGuardUser } from '@/lib/db/auth-repository';
import { disconnect } from '@/lib/db/client';
import { execute, type Operation } from '@/lib/services/operation';
import { freezeReport } from '@/lib/services/publish';
import { acknowledgeWarnings } from '../helpers/checks';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { basicLine, digest, performanceForm, resetSubmissions } from '../http/fixtures';
import { LINE_HEADER, lineRow, xlsx } from '../workbook/support';

type Who = 'accountant' | 'leader' | 'reviewer' | 'admin';
const WHO: Who[] = ['accountant', 'leader', 'reviewer', 'admin'];
const USERNAME: Record<Who, string> = { accountant: 'caiwu', leader: 'lingdao', reviewer: 'shenhe', admin: 'admin' };
const YEAR = 2023;
/** A year without budget data, for reference changes no line depends on. */
const SPARE_YEAR = 2024;
const UNIT = 'u-045001';
/** A department of the test's own, for the organisation operations (units 777001 …). */
const SPARE_DEPARTMENT = '777';

interface Case {
  /** The operation's name (`entity.verb`); several cases when the permission depends on the input. */
  operation: string;
  allowed: readonly Who[];
  /** The state an allowed call needs; run before every call, allowed or not. */
  prepare?: () => Promise<void>;
  payload: () => unknown;
  /** False for reads: an allowed call changes nothing either. */
  mutates?: boolean;
}

let db: TestDatabase;
let seq = 0;
let dept045 = '';
let fresh: { id: string; version: number } = { id: '', version: 0 };
let ruleVersion: number | null = null;
const users = {} as Record<Who, SignedInUser>;

const newLine = async () => {
  const line = await db.prisma.budgetLine.create({ data: { ...basicLine(UNIT, '5.00'), kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC' } });
  fresh = { id: line.id, version: line.version };
};
const newProject = async () => {
  const project = await db.prisma.project.create({ data: { unitId: UNIT, year: YEAR, name: `矩阵项目${++seq}`, attribute: 'ONE_OFF' } });
  fresh = { id: project.id, version: project.version };
};
let into: { id: string; version: number } = { id: '', version: 0 };
const twoProjects = async () => {
  await newProject();
  const project = await db.prisma.project.create({ data: { unitId: UNIT, year: YEAR, name: `矩阵目标项目${++seq}`, attribute: 'ONE_OFF' } });
  into = { id: project.id, version: project.version };
};
const setUnit = (status: 'DRAFT' | 'SUBMITTED') => db.prisma.unitSubmission.update({ where: { unitId_year: { unitId: UNIT, year: YEAR } }, data: { status } }).then(() => {});
const setDepartment = (status: 'PENDING' | 'SUBMITTED' | 'ACCEPTED') =>
  db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: dept045, year: YEAR } }, data: { status } }).then(() => {});
const unitStep = (action: string, reason?: string) => () => ({ action, unitId: UNIT, year: YEAR, reason });
const departmentStep = (action: string, reason?: string) => () => ({ action, departmentId: dept045, year: YEAR, reason });

const ACCOUNTANT = ['accountant'] as const;
const LEADER = ['leader'] as const;
const REVIEWER = ['reviewer'] as const;
const ADMIN = ['admin'] as const;

const CASES: Record<string, Case> = {
  'line.create': { operation: 'line.create', allowed: ACCOUNTANT, payload: () => basicLine(UNIT, '12.34') },
  'line.update': { operation: 'line.update', allowed: ACCOUNTANT, prepare: newLine, payload: () => ({ ...fresh, amountYuan: `${++seq}.00` }) },
  'line.delete': { operation: 'line.delete', allowed: ACCOUNTANT, prepare: newLine, payload: () => fresh },
  'line.paste': {
    operation: 'line.paste',
    allowed: ACCOUNTANT,
    payload: () => {
      const { unitId, year, ...line } = basicLine(UNIT, '7.00');
      return { unitId, year, lines: [line, { ...line, amountYuan: '8.00' }] };
    },
  },
  'project.create': { operation: 'project.create', allowed: ACCOUNTANT, payload: () => ({ unitId: UNIT, year: YEAR, name: `新项目${++seq}`, attribute: 'ONE_OFF' }) },
  'project.update': { operation: 'project.update', allowed: ACCOUNTANT, prepare: newProject, payload: () => ({ ...fresh, name: `改名${++seq}` }) },
  'project.delete': { operation: 'project.delete', allowed: ACCOUNTANT, prepare: newProject, payload: () => fresh },
  'project.merge': { operation: 'project.merge', allowed: ACCOUNTANT, prepare: twoProjects, payload: () => ({ ...fresh, intoId: into.id, intoVersion: into.version }) },
  // 0.00 元: the new project has no lines, and a form whose funds differ from its lines would stop the unit's 提交 (PERF_FUNDS).
  'performance.save': { operation: 'performance.save', allowed: ACCOUNTANT, prepare: newProject, payload: () => ({ id: fresh.id, ...performanceForm('0.00') }) },
  'procurement.create': {
    operation: 'procurement.create',
    allowed: ACCOUNTANT,
    payload: () => ({ unitId: UNIT, year: YEAR, category: 'GOODS', itemName: '办公设备', amountYuan: '800.00' }),
  },
  'unit.transition submit': {
    operation: 'unit.transition',
    allowed: ACCOUNTANT,
    // 提交 needs every WARN finding of the unit acknowledged (the demo's duplicate filing, lines added by other cases).
    prepare: async () => void (await acknowledgeWarnings(db.prisma, UNIT, YEAR)),
    payload: unitStep('submit'),
  },
  'unit.transition approve': { operation: 'unit.transition', allowed: LEADER, prepare: () => setUnit('SUBMITTED'), payload: unitStep('approve') },
  'unit.transition return': { operation: 'unit.transition', allowed: LEADER, prepare: () => setUnit('SUBMITTED'), payload: unitStep('return', '请补充说明') },
  'department.transition submit': {
    operation: 'department.transition',
    allowed: LEADER,
    prepare: () => db.prisma.unitSubmission.updateMany({ where: { year: YEAR, unit: { departmentId: dept045 } }, data: { status: 'APPROVED' } }).then(() => {}),
    payload: departmentStep('submit'),
  },
  'department.transition accept': { operation: 'department.transition', allowed: REVIEWER, prepare: () => setDepartment('SUBMITTED'), payload: departmentStep('accept') },
  'department.transition return': {
    operation: 'department.transition',
    allowed: REVIEWER,
    prepare: () => setDepartment('SUBMITTED'),
    payload: departmentStep('return', '口径不一致'),
  },
  'department.transition reopen': {
    operation: 'department.transition',
    allowed: REVIEWER,
    prepare: () => setDepartment('ACCEPTED'),
    payload: departmentStep('reopen', '批复后发现错误'),
  },
  'narrative.put': { operation: 'narrative.put', allowed: LEADER, payload: () => ({ year: YEAR, key: `matrix${++seq}`, title: '矩阵测试', body: '说明' }) },
  'changeReason.put': { operation: 'changeReason.put', allowed: LEADER, payload: () => ({ year: YEAR, subject: `functional:${2010300 + ++seq}`, text: '矩阵测试原因' }) },
  'checks.list': { operation: 'checks.list', allowed: ['accountant', 'leader', 'reviewer'], payload: () => ({ year: String(YEAR), unitId: UNIT }), mutates: false },
  'checks.acknowledge': {
    operation: 'checks.acknowledge',
    allowed: ACCOUNTANT,
    prepare: async () => void (await db.prisma.findingAcknowledgement.deleteMany({ where: { unitId: UNIT, ruleId: 'PERF_DUPLICATE' } })),
    payload: () => ({ unitId: UNIT, year: YEAR, ruleId: 'PERF_DUPLICATE', findingKey: 'p-citizenCentreUpgrade-duplicate', note: '已核对' }),
  },
  'rules.update': {
    operation: 'rules.update',
    allowed: ['reviewer', 'admin'],
    prepare: async () => {
      ruleVersion = (await db.prisma.ruleSetting.findUnique({ where: { year_ruleId: { year: YEAR, ruleId: 'LINE_ZERO' } } }))?.version ?? null;
    },
    payload: () => ({ year: YEAR, ruleId: 'LINE_ZERO', enabled: true, severity: 'WARN', params: {}, version: ruleVersion }),
  },
  'audit.list': { operation: 'audit.list', allowed: ['leader', 'reviewer'], payload: () => ({}), mutates: false },
  'report.read': { operation: 'report.read', allowed: ['accountant', 'leader', 'reviewer'], payload: () => ({ department: '045', year: String(YEAR) }), mutates: false },
  'report.cell': {
    operation: 'report.cell',
    allowed: ['accountant', 'leader', 'reviewer'],
    payload: () => ({ department: '045', year: String(YEAR), table: '3', section: '0', row: '0', column: '0' }),
    mutates: false,
  },
  'county.read': { operation: 'county.read', allowed: REVIEWER, payload: () => ({ year: String(YEAR) }), mutates: false },
  'account.changePassword': {
    operation: 'account.changePassword',
    allowed: WHO,
    payload: () => ({ currentPassword: 'Demo@2023', newPassword: 'Matrix2024', confirmPassword: 'Matrix2024' }),
  },
  'user.create': {
    operation: 'user.create',
    allowed: ADMIN,
    payload: () => ({ username: `user${++seq}`, displayName: '新用户', role: 'DEPT_LEADER', departmentId: dept045, password: 'Start12345' }),
  },
  'user.update': { operation: 'user.update', allowed: ADMIN, payload: () => ({ id: users.accountant.id, displayName: `审批局财务${++seq}` }) },
  'fiscalYear.setStatus': { operation: 'fiscalYear.setStatus', allowed: ADMIN, payload: () => ({ year: String(SPARE_YEAR), status: 'OPEN' }) },
  'fiscalYear.copy': {
    operation: 'fiscalYear.copy',
    allowed: ADMIN,
    prepare: async () => void (await db.prisma.fiscalYear.deleteMany({ where: { year: 2031 } })),
    payload: () => ({ fromYear: 2099, toYear: 2031 }),
  },
  'code.list': { operation: 'code.list', allowed: ADMIN, payload: () => ({ year: String(YEAR), kind: 'functional' }), mutates: false },
  'code.create': {
    operation: 'code.create',
    allowed: ADMIN,
    prepare: async () => void (await db.prisma.functionalCode.deleteMany({ where: { year: SPARE_YEAR, code: '2010397' } })),
    payload: () => ({ year: SPARE_YEAR, kind: 'functional', code: '2010397', name: '矩阵科目' }),
  },
  'code.rename': { operation: 'code.rename', allowed: ADMIN, payload: () => ({ kind: 'functional', code: '2010301', year: SPARE_YEAR, name: `行政运行${++seq}` }) },
  'code.delete': {
    operation: 'code.delete',
    allowed: ADMIN,
    prepare: async () => {
      const row = { year: SPARE_YEAR, code: '2010396', name: '待删科目', parentCode: '20103' };
      await db.prisma.functionalCode.upsert({ where: { year_code: { year: SPARE_YEAR, code: row.code } }, create: row, update: {} });
    },
    payload: () => ({ kind: 'functional', code: '2010396', year: SPARE_YEAR }),
  },
  'mapping.list': { operation: 'mapping.list', allowed: ADMIN, payload: () => ({ year: String(YEAR) }), mutates: false },
  'mapping.put': { operation: 'mapping.put', allowed: ADMIN, payload: () => ({ year: SPARE_YEAR, deptEconCode: '30201', category: 'ORGAN', govEconCode: '50201' }) },
  'mapping.delete': {
    operation: 'mapping.delete',
    allowed: ADMIN,
    prepare: async () => {
      const key = { year: SPARE_YEAR, deptEconCode: '30201', category: 'ORGAN' as const };
      await db.prisma.econMapping.upsert({ where: { year_deptEconCode_category: key }, create: { ...key, govEconCode: '50201' }, update: {} });
    },
    payload: () => ({ year: SPARE_YEAR, deptEconCode: '30201', category: 'ORGAN' }),
  },
  'department.list': { operation: 'department.list', allowed: ADMIN, payload: () => ({}), mutates: false },
  'department.create': { operation: 'department.create', allowed: ADMIN, payload: () => ({ code: String(800 + ++seq), name: `矩阵部门${seq}`, region: '柳林县' }) },
  'department.update': { operation: 'department.update', allowed: ADMIN, payload: () => ({ code: SPARE_DEPARTMENT, region: `柳林县${++seq}` }) },
  'unit.list': { operation: 'unit.list', allowed: ADMIN, payload: () => ({}), mutates: false },
  'unit.create': {
    operation: 'unit.create',
    allowed: ADMIN,
    payload: () => ({ departmentCode: SPARE_DEPARTMENT, code: `${SPARE_DEPARTMENT}${200 + ++seq}`, name: `矩阵单位${seq}`, type: 'ADMINISTRATIVE' }),
  },
  'unit.update': { operation: 'unit.update', allowed: ADMIN, payload: () => ({ code: `${SPARE_DEPARTMENT}001`, name: `矩阵单位改名${++seq}` }) },
  // 复制上年预算 into 2024: the accountant for the own unit, the leader for any unit of the department.
  'budget.copyYear': { operation: 'budget.copyYear', allowed: ['accountant', 'leader'], payload: () => ({ toYear: SPARE_YEAR, unitId: UNIT, amounts: 'ZERO', replace: true }) },
  'priorYear.put': {
    operation: 'priorYear.put',
    allowed: LEADER,
    // The demo has 上年数 for 2023 already: a change names the version the leader saw.
    prepare: async () => {
      const row = await db.prisma.priorYearFigures.findUniqueOrThrow({ where: { departmentId_year: { departmentId: dept045, year: YEAR } } });
      fresh = { id: '', version: row.version };
    },
    payload: () => ({
      version: fresh.version,
      year: YEAR,
      figures: { totalIncome: `${++seq}00.00`, totalExpenditure: '100.00', generalPublicCurrent: null, abroad: null, reception: null, vehiclePurchase: null, vehicleOperation: null, organOperating: null },
    }),
  },
  'workbook.template': { operation: 'workbook.template', allowed: ['accountant', 'admin'], payload: () => ({ year: String(YEAR) }), mutates: false },
  'workbook.export': { operation: 'workbook.export', allowed: WHO, payload: () => ({ year: String(YEAR), departmentCode: '045' }), mutates: false },
  // The 明细 of the accountant's unit replaced by one line (a new amount each time); the admin loads the whole county.
  'workbook.import': {
    operation: 'workbook.import',
    allowed: ['accountant', 'admin'],
    prepare: async () => {
      await db.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId: dept045, year: YEAR } }, data: { status: 'PENDING' } });
      await setUnit('DRAFT');
    },
    payload: async () => ({
      year: String(YEAR),
      dryRun: 'false',
      fileName: 'budget.xlsx',
      content: new Uint8Array(await xlsx({ 明细: [LINE_HEADER, lineRow({ unitCode: '045001', amountYuan: `${++seq}.00` })] })),
    }),
  },
  // 部门预算公开: anyone (signed in or not, see below) reads a published, 已批复 department-year.
  'public.report': { operation: 'public.report', allowed: WHO, prepare: () => publishedDepartment(), payload: () => ({ department: '045', year: String(YEAR), format: 'json' }), mutates: false },
};

/** 045/2023 已批复 with a 公开快照 (published once; the status is reset after each call). */
async function publishedDepartment(): Promise<void> {
  if ((await db.prisma.publishedReport.count({ where: { departmentId: dept045, year: YEAR } })) === 0) {
    const department = await db.prisma.department.findUniqueOrThrow({ where: { id: dept045 } });
    await db.prisma.$transaction((tx) => freezeReport(tx, department, YEAR), { timeout: 30_000 });
  }
  await setDepartment('ACCEPTED');
}

/** Every operation declared in lib/services (files that call defineOperation), by name. */
async function declaredOperations(): Promise<Map<string, Operation>> {
  const root = join(import.meta.dirname, '..', '..');
  const files = readdirSync(join(root, 'lib', 'services'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(root, 'lib', 'services', file))
    .filter((path) => readFileSync(path, 'utf8').includes('defineOperation({'));
  const found = new Map<string, Operation>();
  for (const path of files) {
    const exports: Record<string, unknown> = await import(/* @vite-ignore */ path);
    for (const value of Object.values(exports)) {
      if (isOperation(value)) found.set(value.name, value);
    }
  }
  return found;
}

function isOperation(value: unknown): value is Operation {
  return typeof value === 'object' && value !== null && 'name' in value && 'permission' in value && 'input' in value && 'run' in value;
}

/** Everything a refused call must leave as it was: the budget data, users and audit log, and the reference data. */
async function snapshot(): Promise<string> {
  const reference = await db.prisma.$queryRawUnsafe<Record<string, string>[]>(`SELECT
    (SELECT string_agg(year || ':' || status, ',' ORDER BY year) FROM "FiscalYear") AS years,
    (SELECT count(*)::text || '/' || md5(string_agg(year || code || name, ',' ORDER BY year, code)) FROM "FunctionalCode") AS functional,
    (SELECT count(*)::text || '/' || md5(string_agg(year || "deptEconCode" || category || "govEconCode", ',' ORDER BY year, "deptEconCode", category)) FROM "EconMapping") AS mapping`);
  return (await digest(db.prisma)) + JSON.stringify(reference[0]);
}

let operations: Map<string, Operation>;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true, label: 'operations' });
  // The services reach the database through getPrisma(), built on first use from DATABASE_URL.
  process.env.DATABASE_URL = db.url;
  // The forced first-sign-in change is the guard's own rule (tests/http/auth.test.ts); here everyone has done it.
  await db.prisma.user.updateMany({ data: { mustChangePassword: false } });
  dept045 = (await db.prisma.department.findUniqueOrThrow({ where: { code: '045' } })).id;
  await db.prisma.fiscalYear.create({ data: { year: 2099 } });
  const spare = await db.prisma.department.create({ data: { code: SPARE_DEPARTMENT, name: '矩阵部门', region: '柳林县' } });
  await db.prisma.unit.create({ data: { departmentId: spare.id, code: `${SPARE_DEPARTMENT}001`, name: '矩阵单位', type: 'ADMINISTRATIVE', govEconCategory: 'ORGAN' } });
  for (const who of WHO) {
    const { id } = await db.prisma.user.findUniqueOrThrow({ where: { username: USERNAME[who] } });
    const user = await findGuardUser(id, db.prisma);
    if (!user) throw new Error(`demo user ${USERNAME[who]} missing`);
    users[who] = { ...user, ip: '127.0.0.1' };
  }
  operations = await declaredOperations();
});

afterAll(async () => {
  await disconnect();
  await db?.drop();
});

/** Back to the starting workflow state after an allowed transition. */
const resetWorkflow = () => resetSubmissions(db.prisma);

it('the table has a row for every declared operation, and names no other', () => {
  const named = new Set(Object.values(CASES).map((c) => c.operation));
  expect([...operations.keys()].sort()).toEqual([...named].sort());
});

describe('every operation × every role, through execute()', () => {
  for (const [name, spec] of Object.entries(CASES)) {
    for (const who of WHO) {
      const allowed = spec.allowed.includes(who);
      it(`${name} as ${who} → ${allowed ? 'done' : 'FORBIDDEN'}`, async () => {
        const operation = operations.get(spec.operation);
        if (!operation) throw new Error(`no operation named ${spec.operation}`);
        await spec.prepare?.();
        const before = await snapshot();
        const run = execute(operation, users[who], await spec.payload());
        if (allowed) {
          await expect(run).resolves.toBeDefined();
          if (spec.mutates !== false) expect(await snapshot()).not.toBe(before);
        } else {
          await expect(run).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
        }
        if (!allowed || spec.mutates === false) expect(await snapshot()).toBe(before);
        await resetWorkflow();
      });
    }
  }
});

describe('public operations', () => {
  it('public.report needs no sign-in, and still refuses what is not published', async () => {
    const operation = operations.get('public.report');
    if (!operation) throw new Error('no operation named public.report');
    await publishedDepartment();
    await expect(execute(operation, null, { department: '045', year: String(YEAR) })).resolves.toMatchObject({ format: 'json', report: { year: YEAR } });
    await resetWorkflow();
    await expect(execute(operation, null, { department: '045', year: String(YEAR) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(execute(operation, null, { department: '04', year: String(YEAR) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('a signed-in operation without a user is 401', async () => {
    const operation = operations.get('report.read');
    if (!operation) throw new Error('no operation named report.read');
    await expect(execute(operation, null, { department: '045', year: String(YEAR) })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
