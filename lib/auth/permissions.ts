/**
 * 权限表: who may do what. This file is the ONLY place that says which role may take
 * which action; the guard (lib/auth/guard.ts) reads it before any action body runs.
 *
 * How far a role reaches (its scope) is in ROLE_REACH below; the guard returns that
 * scope and every query takes it. Whether the data may still change (草稿/已退回 only)
 * is the workflow's business (lib/budget/workflow.ts), not this table's.
 */
import type { DepartmentAction, UnitAction } from '@/lib/budget/workflow';
import type { Role } from './roles';

export type Action =
  | 'line.edit'
  | 'project.edit'
  | 'procurement.edit'
  | 'unit.submit'
  | 'unit.read'
  | 'report.read'
  | 'unit.approve'
  | 'unit.return'
  | 'department.submit'
  | 'narrative.edit'
  | 'department.read'
  | 'department.accept'
  | 'department.return'
  | 'department.reopen'
  | 'consolidated.read'
  | 'audit.read'
  | 'user.manage'
  | 'reference.manage'
  | 'organisation.manage'
  | 'budget.copy'
  | 'workbook.import'
  | 'workbook.export'
  | 'rules.manage'
  | 'account.password';

const ACCOUNTANT = 'UNIT_ACCOUNTANT';
const LEADER = 'DEPT_LEADER';
const REVIEWER = 'FINANCE_REVIEWER';
const ADMIN = 'ADMIN';
const EVERYONE: readonly Role[] = [ACCOUNTANT, LEADER, REVIEWER, ADMIN];

/** One row per action: 说明 (what it is) and the roles allowed to take it. */
export const PERMISSIONS: Readonly<Record<Action, { description: string; roles: readonly Role[] }>> = {
  'line.edit': { description: '新增、修改、删除预算明细行', roles: [ACCOUNTANT] },
  'project.edit': { description: '新增、修改项目及其绩效目标', roles: [ACCOUNTANT] },
  'procurement.edit': { description: '填报政府采购预算', roles: [ACCOUNTANT] },
  'unit.submit': { description: '提交单位预算', roles: [ACCOUNTANT] },
  'budget.copy': { description: '复制上年预算（单位财务：本人负责的单位；部门领导：本部门）', roles: [ACCOUNTANT, LEADER] },
  'unit.read': { description: '查看单位预算', roles: [ACCOUNTANT, LEADER, REVIEWER] },
  'report.read': { description: '查看部门预算公开报表', roles: [ACCOUNTANT, LEADER, REVIEWER] },
  'unit.approve': { description: '审核通过单位预算', roles: [LEADER] },
  'unit.return': { description: '退回单位预算（须填写原因）', roles: [LEADER] },
  'department.submit': { description: '部门预算报送财政（各单位均已审核后）', roles: [LEADER] },
  'narrative.edit': { description: '编辑部门情况说明', roles: [LEADER] },
  'department.read': { description: '查看部门预算及报送状态', roles: [LEADER, REVIEWER] },
  'department.accept': { description: '批复部门预算', roles: [REVIEWER] },
  'department.return': { description: '退回部门预算（须填写原因）', roles: [REVIEWER] },
  'department.reopen': { description: '撤销批复（须填写原因；原公开快照保留，再次批复生成新版本）', roles: [REVIEWER] },
  'consolidated.read': { description: '查看全县汇总表', roles: [REVIEWER] },
  'audit.read': { description: '查看审计日志', roles: [LEADER, REVIEWER] },
  'user.manage': { description: '管理用户、角色与权限范围', roles: [ADMIN] },
  'reference.manage': { description: '管理预算年度、分类科目与对照表', roles: [ADMIN] },
  'organisation.manage': { description: '管理部门与单位', roles: [ADMIN] },
  'workbook.import': { description: '导入预算工作簿（单位财务：本人负责的单位；系统管理员：全县）', roles: [ACCOUNTANT, ADMIN] },
  'workbook.export': { description: '导出预算工作簿', roles: EVERYONE },
  'rules.manage': { description: '设置年度审核规则（启用、严重程度、参数）', roles: [REVIEWER, ADMIN] },
  'account.password': { description: '修改本人密码', roles: EVERYONE },
};

/** The permission each 报送流程 step asks for (提交/审核/退回 a unit; 报送/批复/退回/撤销批复 a department). */
export const UNIT_STEP_PERMISSION: Readonly<Record<UnitAction, Action>> = { submit: 'unit.submit', approve: 'unit.approve', return: 'unit.return' };
export const DEPARTMENT_STEP_PERMISSION: Readonly<Record<DepartmentAction, Action>> = {
  submit: 'department.submit',
  accept: 'department.accept',
  return: 'department.return',
  reopen: 'department.reopen',
};

/** 各角色的权限范围: how far each role's reach extends. */
export const ROLE_REACH: Readonly<Record<Role, string>> = {
  UNIT_ACCOUNTANT: '本人负责的单位；可查看本部门报表',
  DEPT_LEADER: '本部门所有单位',
  FINANCE_REVIEWER: '全县所有部门',
  ADMIN: '不涉及预算数据（只管理用户与基础数据）；工作簿导入导出：全县',
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[action].roles.includes(role);
}

/** The actions a role may take, e.g. to show or hide navigation. */
export function actionsOf(role: Role): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(role, action));
}
