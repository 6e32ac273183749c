/**
 * 报送流程 as a pure state machine. No framework, no database: the services load the
 * current states, ask here, and write what comes back.
 *
 * 单位预算: 草稿 → 已提交 → 已审核 | 已退回 (reason) → (edit, resubmit) …
 * 部门预算: 待报送 → 已报送财政 → 已批复 | 已退回 (reason) …
 *   已批复 → 已退回 only by 撤销批复 (reopen, reason): the 部门领导 gets it back as after a 退回
 *   (returns units for correction or resubmits), the old 公开快照 stays, the next 批复 adds a version;
 * - a department is submitted only when every unit is 已审核;
 * - a unit can be returned (even after approval) only while the department is not
 *   with the finance bureau (待报送 or 已退回);
 * - unit data changes only in 草稿/已退回 and while the department is not 已报送/已批复.
 */

export const UNIT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const DEPARTMENT_STATUSES = ['PENDING', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type DepartmentStatus = (typeof DEPARTMENT_STATUSES)[number];

export const UNIT_STATUS_LABEL: Readonly<Record<UnitStatus, string>> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  APPROVED: '已审核',
  RETURNED: '已退回',
};
export const DEPARTMENT_STATUS_LABEL: Readonly<Record<DepartmentStatus, string>> = {
  PENDING: '待报送',
  SUBMITTED: '已报送财政',
  ACCEPTED: '已批复',
  RETURNED: '已退回',
};

export const UNIT_ACTIONS = ['submit', 'approve', 'return'] as const;
export type UnitAction = (typeof UNIT_ACTIONS)[number];
export const DEPARTMENT_ACTIONS = ['submit', 'accept', 'return', 'reopen'] as const;
export type DepartmentAction = (typeof DEPARTMENT_ACTIONS)[number];

export type Transition<S> = { ok: true; to: S; reason: string | null } | { ok: false; message: string };

const refuse = (message: string) => ({ ok: false as const, message });
const normalizeReason = (reason: string | null | undefined) => reason?.trim() || null;
export const REASON_REQUIRED = '退回时必须填写原因';
export const REOPEN_REASON_REQUIRED = '撤销批复时必须填写原因';

/** The department is with the finance bureau (or already accepted): its units are frozen. */
function departmentHolds(status: DepartmentStatus): boolean {
  return status === 'SUBMITTED' || status === 'ACCEPTED';
}

export interface UnitTransitionInput {
  from: UnitStatus;
  action: UnitAction;
  departmentStatus: DepartmentStatus;
  reason?: string | null;
}

export function transitionUnit({ from, action, departmentStatus, reason }: UnitTransitionInput): Transition<UnitStatus> {
  if (departmentHolds(departmentStatus)) {
    const verb = { submit: '提交', approve: '审核', return: '退回' }[action];
    return refuse(`部门预算${DEPARTMENT_STATUS_LABEL[departmentStatus]}，不能${verb}单位预算`);
  }
  const state = UNIT_STATUS_LABEL[from];
  switch (action) {
    case 'submit':
      if (from === 'DRAFT' || from === 'RETURNED') return { ok: true, to: 'SUBMITTED', reason: null };
      return refuse(`单位预算${state}，不能重复提交`);
    case 'approve':
      if (from === 'SUBMITTED') return { ok: true, to: 'APPROVED', reason: null };
      return refuse(`单位预算为${state}状态，只有已提交的单位预算才能审核`);
    case 'return': {
      if (from !== 'SUBMITTED' && from !== 'APPROVED') return refuse(`单位预算为${state}状态，不能退回`);
      const why = normalizeReason(reason);
      return why ? { ok: true, to: 'RETURNED', reason: why } : refuse(REASON_REQUIRED);
    }
  }
}

export interface DepartmentTransitionInput {
  from: DepartmentStatus;
  action: DepartmentAction;
  /** Every unit of the department with its submission status (missing submission = 草稿). */
  units: readonly { name: string; status: UnitStatus }[];
  reason?: string | null;
}

export function transitionDepartment({ from, action, units, reason }: DepartmentTransitionInput): Transition<DepartmentStatus> {
  const state = DEPARTMENT_STATUS_LABEL[from];
  switch (action) {
    case 'submit': {
      if (from !== 'PENDING' && from !== 'RETURNED') return refuse(`部门预算${state}，不能重复报送`);
      if (units.length === 0) return refuse('部门下没有单位，不能报送');
      const pending = units.filter((u) => u.status !== 'APPROVED');
      if (pending.length > 0) {
        const list = pending.map((u) => `${u.name}（${UNIT_STATUS_LABEL[u.status]}）`).join('、');
        return refuse(`尚有单位预算未审核：${list}，不能报送财政`);
      }
      return { ok: true, to: 'SUBMITTED', reason: null };
    }
    case 'accept':
      if (from === 'SUBMITTED') return { ok: true, to: 'ACCEPTED', reason: null };
      return refuse(`部门预算为${state}状态，只有已报送财政的部门预算才能批复`);
    case 'return': {
      if (from !== 'SUBMITTED') return refuse(`部门预算为${state}状态，不能退回`);
      const why = normalizeReason(reason);
      return why ? { ok: true, to: 'RETURNED', reason: why } : refuse(REASON_REQUIRED);
    }
    case 'reopen': {
      if (from !== 'ACCEPTED') return refuse(`部门预算为${state}状态，只有已批复的部门预算才能撤销批复`);
      const why = normalizeReason(reason);
      return why ? { ok: true, to: 'RETURNED', reason: why } : refuse(REOPEN_REASON_REQUIRED);
    }
  }
}

/**
 * Why the unit's data (lines, projects, 绩效目标, 政府采购) may not change now, naming the
 * state; null when editing is allowed.
 */
export function editRefusal(unitStatus: UnitStatus, departmentStatus: DepartmentStatus): string | null {
  if (departmentHolds(departmentStatus)) return `部门预算${DEPARTMENT_STATUS_LABEL[departmentStatus]}，不能修改`;
  if (unitStatus === 'DRAFT' || unitStatus === 'RETURNED') return null;
  return `单位预算${UNIT_STATUS_LABEL[unitStatus]}，不能修改`;
}

export function canEditUnitData(unitStatus: UnitStatus, departmentStatus: DepartmentStatus): boolean {
  return editRefusal(unitStatus, departmentStatus) === null;
}

/** Department-level texts (情况说明) may change only while the department is not with the bureau. */
export function narrativeRefusal(departmentStatus: DepartmentStatus): string | null {
  return departmentHolds(departmentStatus) ? `部门预算${DEPARTMENT_STATUS_LABEL[departmentStatus]}，不能修改情况说明` : null;
}
