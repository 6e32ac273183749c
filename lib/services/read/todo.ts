/**
 * 待办: what is waiting for the caller in a year, by role, each entry a link to the page where it
 * is done. 单位财务: returned units to fix, worked drafts to submit, 绩效目标 findings of the units
 * still editable (findingsTodo, from budgets the page has loaded); 部门领导: submitted units to
 * approve, a returned department, a department ready to 报送财政; 财政局审核: departments to review.
 * The year a page opens on is the newest year with such work (lib/services/read/years.ts).
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { performanceFindings } from '@/lib/budget/performance-findings';
import type { DepartmentBudget } from '@/lib/budget/types';
import { reachedUnitRows, scopeDepartments } from './reach';

export interface TodoItem {
  /** What to do, in Chinese. */
  text: string;
  /** Where it is done (carries ?year=). */
  href: string;
  /** The return reason, for returned units and departments. */
  reason: string | null;
  /** Someone waits on the caller (a return, a submission to approve or review); a draft not yet submitted is not. */
  waiting: boolean;
}

/** The guard's result: the scope decides what is reached, the role what counts as work. */
export type TodoReader = Pick<Guarded, 'scope'> & { actor: Pick<Guarded['actor'], 'role'> };

const link = (path: string, query: Record<string, string | number>) => `${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;

async function accountantTodo(g: TodoReader, year: number, open: boolean): Promise<TodoItem[]> {
  const units = await reachedUnitRows(g, year);
  return units.flatMap((u): TodoItem[] => {
    const href = link('/lines', { unit: u.unitId, year });
    if (u.status === 'RETURNED') return [{ text: `${u.unitName}：预算已退回，请按退回原因修改后重新提交审核`, href, reason: u.returnReason, waiting: true }];
    if (u.status === 'DRAFT' && open && u.updatedAt !== null) return [{ text: `${u.unitName}：预算尚未提交审核`, href, reason: null, waiting: false }];
    return [];
  });
}

async function leaderTodo(g: TodoReader, year: number): Promise<TodoItem[]> {
  const [units, departments] = await Promise.all([reachedUnitRows(g, year), scopeDepartments(g, year)]);
  const approval = link('/approval', { year });
  const items: TodoItem[] = units.filter((u) => u.status === 'SUBMITTED').map((u) => ({ text: `${u.unitName}：已提交，待审核`, href: approval, reason: null, waiting: true }));
  for (const d of departments) {
    if (d.status === 'RETURNED') items.push({ text: `${d.name}：部门预算已被财政退回，请修改后重新报送`, href: approval, reason: d.returnReason, waiting: true });
    const own = units.filter((u) => u.departmentId === d.id);
    const ready = own.length > 0 && own.every((u) => u.status === 'APPROVED');
    if (ready && (d.status === 'PENDING' || d.status === 'RETURNED')) items.push({ text: `${d.name}：所属单位已全部审核，可报送财政`, href: approval, reason: null, waiting: true });
  }
  return items;
}

async function reviewerTodo(g: TodoReader, year: number): Promise<TodoItem[]> {
  const departments = await scopeDepartments(g, year);
  return departments
    .filter((d) => d.status === 'SUBMITTED')
    .map((d) => ({ text: `${d.code} ${d.name}：已报送财政，待审核`, href: link('/approval', { year }), reason: null, waiting: true }));
}

/** The caller's 待办 in `year` (`open`: the fiscal year still accepts edits). */
export async function readTodo(g: TodoReader, year: number, open: boolean): Promise<TodoItem[]> {
  switch (g.actor.role) {
    case 'UNIT_ACCOUNTANT':
      return accountantTodo(g, year, open);
    case 'DEPT_LEADER':
      return leaderTodo(g, year);
    case 'FINANCE_REVIEWER':
      return reviewerTodo(g, year);
    case 'ADMIN':
      return [];
  }
}

/** 单位财务: the 绩效目标 findings on projects of its units that may still change (草稿, 已退回), each linking to the project's form. */
export async function findingsTodo(g: TodoReader, year: number, budgets: ReadonlyMap<string, DepartmentBudget | null>): Promise<TodoItem[]> {
  if (g.actor.role !== 'UNIT_ACCOUNTANT') return [];
  const editable = new Set((await reachedUnitRows(g, year)).filter((u) => u.status === 'DRAFT' || u.status === 'RETURNED').map((u) => u.unitId));
  return [...budgets.values()].flatMap((budget) => {
    if (!budget) return [];
    const projects = new Map(budget.projects.map((p) => [p.id, p]));
    return performanceFindings(budget).flatMap((f): TodoItem[] => {
      const project = projects.get(f.projectId);
      if (!project || !editable.has(project.unitId)) return [];
      return [{ text: `绩效目标审核提示：${f.message}`, href: `/projects/${encodeURIComponent(project.id)}?year=${year}`, reason: null, waiting: false }];
    });
  });
}
