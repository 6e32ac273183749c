/**
 * Access through HTTP, as an attacker would try it: every role × every action × own scope /
 * other unit of the same department / other department, against the real Next.js server on a
 * real PostgreSQL database. A refusal is 403 and changes nothing (row counts, amounts,
 * versions, statuses, users and the audit log are compared before and after); anonymous is 401.
 * The expected answers below restate the role descriptions, independently of
 * lib/auth/permissions.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient, HttpResult } from './client';
import { acknowledgeWarnings } from '../helpers/checks';
import { YEAR, addLine, addProject, basicLine, createWorld, digest, performanceForm, resetSubmissions, type World } from './fixtures';
import { LINE_HEADER, lineRow, xlsx } from '../workbook/support';

type Role = 'accountant' | 'leader' | 'reviewer' | 'admin';
type Target = 'own' | 'sibling' | 'foreign';
const USERNAME: Record<Role, string> = { accountant: 'caiwu', leader: 'lingdao', reviewer: 'shenhe', admin: 'admin' };
const ROLES: Role[] = ['accountant', 'leader', 'reviewer', 'admin'];

interface Case {
  /** Which targets make sense (department-level actions have no "sibling"). */
  targets: Target[];
  allowed: (role: Role, target: Target) => boolean;
  /** Sets the state an allowed call needs (run before every call, allowed or not, before the digest). */
  prepare?: (w: World, target: Target) => Promise<void>;
  call: (c: HttpClient, w: World, target: Target) => Promise<HttpResult>;
  success: number;
  /** False for reads: an allowed call changes nothing either. */
  mutates?: boolean;
}

const UNIT_TARGETS: Target[] = ['own', 'sibling', 'foreign'];
const DEPT_TARGETS: Target[] = ['own', 'foreign'];
const ownUnitOnly = (role: Role, target: Target) => role === 'accountant' && target === 'own';
const leaderInDepartment = (role: Role, target: Target) => role === 'leader' && target !== 'foreign';
const departmentOf = (w: World, target: Target) => (target === 'foreign' ? w.dept099 : w.dept045);

let seq = 0;
let freshLine: { id: string; version: number } | undefined;
let freshProjects: { id: string; version: number }[] = [];
const lineIds: Partial<Record<Target, string>> = {};
const projectIds: Partial<Record<Target, string>> = {};
const lineVersion = async (w: World, id: string) => (await w.prisma.budgetLine.findUniqueOrThrow({ where: { id } })).version;
const setUnit = (w: World, unitId: string, status: 'DRAFT' | 'SUBMITTED' | 'APPROVED') =>
  w.prisma.unitSubmission.update({ where: { unitId_year: { unitId, year: YEAR } }, data: { status } });
const setDepartment = (w: World, departmentId: string, status: 'PENDING' | 'SUBMITTED' | 'ACCEPTED') =>
  w.prisma.departmentSubmission.update({ where: { departmentId_year: { departmentId, year: YEAR } }, data: { status } });

/** A 明细 workbook with one line of the target unit, its amount new on every call. */
async function importForm(w: World, t: Target): Promise<FormData> {
  const { code } = await w.prisma.unit.findUniqueOrThrow({ where: { id: w.units[t] } });
  const file = await xlsx({ 明细: [LINE_HEADER, lineRow({ unitCode: code, amountYuan: `${++seq}.00` })] });
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(file)]), 'budget.xlsx');
  form.set('year', String(YEAR));
  form.set('dryRun', 'false');
  return form;
}

const CASES: Record<string, Case> = {
  'POST /api/lines': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: (c, w, t) => c.post('/api/lines', basicLine(w.units[t], '12.34')),
    success: 201,
  },
  'PATCH /api/lines/[id]': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: async (c, w, t) => c.patch(`/api/lines/${lineIds[t]}`, { version: await lineVersion(w, lineIds[t]!), amountYuan: `${++seq}.00` }),
    success: 200,
  },
  'DELETE /api/lines/[id]': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    prepare: async (w, t) => {
      freshLine = await addLine(w.prisma, w.units[t], '5.00');
    },
    call: (c) => c.delete(`/api/lines/${freshLine!.id}`, { version: freshLine!.version }),
    success: 200,
  },
  'POST /api/lines/paste': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: (c, w, t) => {
      const { unitId, year, ...line } = basicLine(w.units[t], '12.34');
      return c.post('/api/lines/paste', { unitId, year, lines: [line, { ...line, amountYuan: `${++seq}.00` }] });
    },
    success: 201,
  },
  'POST /api/projects': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: (c, w, t) => c.post('/api/projects', { unitId: w.units[t], year: YEAR, name: `矩阵项目${++seq}`, attribute: 'ONE_OFF' }),
    success: 201,
  },
  'PATCH /api/projects/[id]': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: async (c, w, t) => {
      const project = await w.prisma.project.findUniqueOrThrow({ where: { id: projectIds[t]! } });
      return c.patch(`/api/projects/${project.id}`, { version: project.version, name: `改名${++seq}` });
    },
    success: 200,
  },
  'DELETE /api/projects/[id]': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    prepare: async (w, t) => {
      freshProjects = [await addProject(w.prisma, w.units[t], `待删项目${++seq}`)];
    },
    call: (c) => c.delete(`/api/projects/${freshProjects[0]!.id}`, { version: freshProjects[0]!.version }),
    success: 200,
  },
  'POST /api/projects/[id]/merge': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    prepare: async (w, t) => {
      freshProjects = [await addProject(w.prisma, w.units[t], `合并源${++seq}`), await addProject(w.prisma, w.units[t], `合并目标${seq}`)];
    },
    call: (c) => {
      const [source, into] = freshProjects;
      return c.post(`/api/projects/${source!.id}/merge`, { version: source!.version, intoId: into!.id, intoVersion: into!.version });
    },
    success: 200,
  },
  'PUT /api/projects/[id]/performance': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: async (c, w, t) => {
      const form = await w.prisma.performanceForm.findUnique({ where: { projectId: projectIds[t]! } });
      return c.put(`/api/projects/${projectIds[t]}/performance`, { ...performanceForm(`${++seq}.00`), ...(form && { version: form.version }) });
    },
    success: 200,
  },
  'POST /api/procurement': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    call: (c, w, t) => c.post('/api/procurement', { unitId: w.units[t], year: YEAR, category: 'GOODS', itemName: '办公设备', amountYuan: '800.00' }),
    success: 201,
  },
  'POST /api/submissions/unit submit': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    // 提交 needs no FATAL finding — the performance case above leaves a form whose funds are not its project's lines
    // (PERF_FUNDS) — and every WARN finding acknowledged (tests/http/checks.test.ts takes both steps through the API).
    prepare: async (w, t) => {
      await w.prisma.performanceForm.deleteMany({ where: { projectId: projectIds[t]! } });
      await acknowledgeWarnings(w.prisma, w.units[t], YEAR);
    },
    call: (c, w, t) => c.post('/api/submissions/unit', { action: 'submit', unitId: w.units[t], year: YEAR }),
    success: 200,
  },
  'POST /api/submissions/unit approve': {
    targets: UNIT_TARGETS,
    allowed: leaderInDepartment,
    prepare: async (w, t) => void (await setUnit(w, w.units[t], 'SUBMITTED')),
    call: (c, w, t) => c.post('/api/submissions/unit', { action: 'approve', unitId: w.units[t], year: YEAR }),
    success: 200,
  },
  'POST /api/submissions/unit return': {
    targets: UNIT_TARGETS,
    allowed: leaderInDepartment,
    prepare: async (w, t) => void (await setUnit(w, w.units[t], 'SUBMITTED')),
    call: (c, w, t) => c.post('/api/submissions/unit', { action: 'return', unitId: w.units[t], year: YEAR, reason: '请补充说明' }),
    success: 200,
  },
  'POST /api/submissions/department submit': {
    targets: DEPT_TARGETS,
    allowed: leaderInDepartment,
    prepare: async (w, t) => {
      const departmentId = departmentOf(w, t);
      await w.prisma.unitSubmission.updateMany({ where: { year: YEAR, unit: { departmentId } }, data: { status: 'APPROVED' } });
    },
    call: (c, w, t) => c.post('/api/submissions/department', { action: 'submit', departmentId: departmentOf(w, t), year: YEAR }),
    success: 200,
  },
  'POST /api/submissions/department return': {
    targets: DEPT_TARGETS,
    allowed: (role) => role === 'reviewer',
    prepare: async (w, t) => void (await setDepartment(w, departmentOf(w, t), 'SUBMITTED')),
    call: (c, w, t) => c.post('/api/submissions/department', { action: 'return', departmentId: departmentOf(w, t), year: YEAR, reason: '口径不一致' }),
    success: 200,
  },
  'POST /api/submissions/department accept': {
    targets: DEPT_TARGETS,
    allowed: (role) => role === 'reviewer',
    prepare: async (w, t) => void (await setDepartment(w, departmentOf(w, t), 'SUBMITTED')),
    call: (c, w, t) => c.post('/api/submissions/department', { action: 'accept', departmentId: departmentOf(w, t), year: YEAR }),
    success: 200,
  },
  'POST /api/submissions/department reopen': {
    targets: DEPT_TARGETS,
    allowed: (role) => role === 'reviewer',
    prepare: async (w, t) => void (await setDepartment(w, departmentOf(w, t), 'ACCEPTED')),
    call: (c, w, t) => c.post('/api/submissions/department', { action: 'reopen', departmentId: departmentOf(w, t), year: YEAR, reason: '批复有误' }),
    success: 200,
  },
  'GET /api/audit': {
    targets: DEPT_TARGETS,
    allowed: (role, t) => role === 'reviewer' || (role === 'leader' && t === 'own'),
    call: (c, w, t) => c.get(`/api/audit?departmentId=${departmentOf(w, t)}`),
    success: 200,
    mutates: false,
  },
  'GET /api/checks': {
    targets: UNIT_TARGETS,
    allowed: (role, t) => (role === 'accountant' && t === 'own') || (role === 'leader' && t !== 'foreign') || role === 'reviewer',
    call: (c, w, t) => c.get(`/api/checks?year=${YEAR}&unitId=${w.units[t]}`),
    success: 200,
    mutates: false,
  },
  'POST /api/checks/acknowledge': {
    targets: UNIT_TARGETS,
    allowed: ownUnitOnly,
    prepare: async (w) => void (await w.prisma.findingAcknowledgement.deleteMany({ where: { ruleId: 'PERF_DUPLICATE' } })),
    call: (c, w, t) =>
      c.post('/api/checks/acknowledge', { unitId: w.units[t], year: YEAR, ruleId: 'PERF_DUPLICATE', findingKey: 'p-citizenCentreUpgrade-duplicate', note: '矩阵测试' }),
    success: 201,
  },
  'PUT /api/rules': {
    targets: ['own'],
    allowed: (role) => role === 'reviewer' || role === 'admin',
    call: async (c, w) => {
      const stored = await w.prisma.ruleSetting.findUnique({ where: { year_ruleId: { year: YEAR, ruleId: 'LINE_ZERO' } } });
      return c.put('/api/rules', { year: YEAR, ruleId: 'LINE_ZERO', enabled: true, severity: 'WARN', params: {}, version: stored?.version ?? null });
    },
    success: 200,
  },
  'PUT /api/narrative': {
    targets: ['own'],
    allowed: (role) => role === 'leader',
    call: (c) => c.put('/api/narrative', { year: YEAR, key: `matrix${++seq}`, title: '矩阵测试', body: '说明' }),
    success: 200,
  },
  'PUT /api/change-reasons': {
    targets: ['own'],
    allowed: (role) => role === 'leader',
    call: (c) => c.put('/api/change-reasons', { year: YEAR, subject: `functional:${2010300 + ++seq}`, text: '矩阵测试原因' }),
    success: 200,
  },
  'POST /api/admin/users': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c, w) =>
      c.post('/api/admin/users', { username: `user${++seq}`, displayName: '新用户', role: 'DEPT_LEADER', departmentId: w.dept099, password: 'Start12345' }),
    success: 201,
  },
  'PATCH /api/admin/users/[id]': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c, w) => c.patch(`/api/admin/users/${w.users.caiwu2}`, { displayName: `政务服务中心财务${++seq}` }),
    success: 200,
  },
  'GET /api/admin/departments': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c) => c.get('/api/admin/departments'),
    success: 200,
    mutates: false,
  },
  'POST /api/admin/departments': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c) => c.post('/api/admin/departments', { code: String(500 + ++seq), name: `矩阵部门${seq}`, region: '柳林县' }),
    success: 201,
  },
  'POST /api/admin/units': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c) => c.post('/api/admin/units', { departmentCode: '099', code: `099${String(100 + ++seq)}`, name: `矩阵单位${seq}`, type: 'OTHER_INSTITUTION' }),
    success: 201,
  },
  'PATCH /api/admin/units/[code]': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c) => c.patch('/api/admin/units/099002', { name: `柳林县测试中心${++seq}` }),
    success: 200,
  },
  'PUT /api/prior-year': {
    targets: ['own'],
    allowed: (role) => role === 'leader',
    call: async (c, w) => {
      const row = await w.prisma.priorYearFigures.findUnique({ where: { departmentId_year: { departmentId: w.dept045, year: YEAR } } });
      const amount = `${++seq}.00`;
      const figures = { totalIncome: amount, totalExpenditure: amount, generalPublicCurrent: amount, abroad: null, reception: null, vehiclePurchase: null, vehicleOperation: null, organOperating: null };
      return c.put('/api/prior-year', { year: YEAR, figures, ...(row && { version: row.version }) });
    },
    success: 200,
  },
  'POST /api/copy-year': {
    targets: UNIT_TARGETS,
    allowed: (role, target) => ownUnitOnly(role, target) || leaderInDepartment(role, target),
    call: (c, w, t) => c.post('/api/copy-year', { toYear: YEAR + 1, unitId: w.units[t], amounts: 'KEEP', replace: true }),
    success: 200,
  },
  'POST /api/import': {
    targets: UNIT_TARGETS,
    // the 单位财务 their own units; the 系统管理员 the whole county (bulk loading)
    allowed: (role, t) => ownUnitOnly(role, t) || role === 'admin',
    call: async (c, w, t) => {
      const res = await c.postForm('/api/import', await importForm(w, t));
      // the import replaced the unit's lines: give the line cases that run later (anonymous) a line again
      if (res.status === 200) lineIds[t] = (await addLine(w.prisma, w.units[t])).id;
      return res;
    },
    success: 200,
  },
  'GET /api/import/template': {
    targets: ['own'],
    allowed: (role) => role === 'accountant' || role === 'admin',
    call: (c) => c.get(`/api/import/template?year=${YEAR}`),
    success: 200,
    mutates: false,
  },
  'GET /api/export': {
    targets: DEPT_TARGETS,
    // everyone reads a workbook of what they may read: own department (the accountant: own units), the reviewer and admin all
    allowed: (role, t) => role === 'reviewer' || role === 'admin' || t === 'own',
    call: (c, w, t) => c.get(`/api/export?year=${YEAR}&departmentCode=${t === 'own' ? '045' : '099'}`),
    success: 200,
    mutates: false,
  },
  'PATCH /api/admin/fiscal-years/[year]': {
    targets: ['own'],
    allowed: (role) => role === 'admin',
    call: (c) => c.patch(`/api/admin/fiscal-years/${YEAR}`, { status: 'OPEN' }),
    success: 200,
  },
};

let w: World;
const clients = {} as Record<Role, HttpClient>;

beforeAll(async () => {
  w = await createWorld('http_access');
  for (const t of UNIT_TARGETS) {
    lineIds[t] = (await addLine(w.prisma, w.units[t])).id;
    projectIds[t] = (await addProject(w.prisma, w.units[t])).id;
  }
  for (const role of ROLES) clients[role] = await w.signedIn(USERNAME[role]);
}, 600_000);

afterAll(async () => {
  await w?.close();
});

/** Back to the starting workflow state after an allowed transition (an accepted department through its audited 撤销批复). */
const resetWorkflow = () => resetSubmissions(w.prisma);

describe('every role × every action × scope', () => {
  for (const [name, spec] of Object.entries(CASES)) {
    for (const role of ROLES) {
      for (const target of spec.targets) {
        const allowed = spec.allowed(role, target);
        it(`${name} as ${role} on ${target} → ${allowed ? spec.success : 403}`, async () => {
          await spec.prepare?.(w, target);
          const before = await digest(w.prisma);
          const res = await spec.call(clients[role], w, target);
          if (allowed) {
            expect(res.status, JSON.stringify(res.body)).toBe(spec.success);
            if (spec.mutates !== false) expect(await digest(w.prisma)).not.toBe(before);
          } else {
            expect(res.status, JSON.stringify(res.body)).toBe(403);
            expect(res.body.error).toMatch(/[\u4e00-\u9fa5]/);
            expect(await digest(w.prisma)).toBe(before);
          }
          await resetWorkflow();
        });
      }
    }
  }
});

describe('anonymous', () => {
  for (const [name, spec] of Object.entries(CASES)) {
    it(`${name} → 401`, async () => {
      await spec.prepare?.(w, 'own');
      const before = await digest(w.prisma);
      const res = await spec.call(w.client(), w, 'own');
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('请先登录');
      expect(await digest(w.prisma)).toBe(before);
      await resetWorkflow();
    });
  }

  it('a page redirects to /login', async () => {
    const res = await w.client().raw('GET', '/approval');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toContain('/login?callbackUrl=%2Fapproval');
  });
});

describe('pages through the guard', () => {
  it('a forbidden page shows a Chinese refusal, not the content', async () => {
    const res = await clients.accountant.raw('GET', '/admin/users');
    const html = await res.text();
    expect(html).toContain('单位财务无权管理用户、角色与权限范围');
    expect(html).not.toContain('新建用户');
  });

  it('the administrator manages users; the reviewer sees every department; the leader reads the audit log', async () => {
    const admin = await (await clients.admin.raw('GET', '/admin/users')).text();
    expect(admin).toContain('新建用户');
    expect(admin).toContain('修改角色与范围');
    const approval = await (await clients.reviewer.raw('GET', '/approval')).text();
    expect(approval).toContain('柳林县测试局');
    expect(approval).toContain('柳林县行政审批服务管理局');
    const audit = await (await clients.leader.raw('GET', '/audit')).text();
    expect(audit).toContain('审计日志');
    const refused = await (await clients.accountant.raw('GET', '/audit')).text();
    expect(refused).toContain('单位财务无权查看审计日志');
  });

  it('the project page offers 删除项目 and 合并到… to the unit’s accountant only', async () => {
    const path = `/projects/${projectIds.own}`;
    const own = await (await clients.accountant.raw('GET', path)).text();
    expect(own).toContain('删除项目');
    expect(own).toContain('合并到…');
    const leader = await (await clients.leader.raw('GET', path)).text();
    expect(leader).toContain('绩效目标申报表');
    expect(leader).not.toContain('删除项目');
  });

  it('the leader sees the approval page of the department', async () => {
    const res = await clients.leader.raw('GET', '/approval');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('所属单位');
  });
});
