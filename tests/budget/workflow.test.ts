// The 报送流程 state machine, without a database: every transition, legal and illegal.
import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_ACTIONS,
  DEPARTMENT_STATUSES,
  UNIT_ACTIONS,
  UNIT_STATUSES,
  canEditUnitData,
  editRefusal,
  narrativeRefusal,
  transitionDepartment,
  transitionUnit,
  type DepartmentAction,
  type DepartmentStatus,
  type UnitAction,
  type UnitStatus,
} from '@/lib/budget/workflow';

// Expected outcome of every (unit status × action) while the department is still in the department's hands.
const UNIT_TABLE: Record<UnitStatus, Record<UnitAction, UnitStatus | null>> = {
  DRAFT: { submit: 'SUBMITTED', approve: null, return: null },
  SUBMITTED: { submit: null, approve: 'APPROVED', return: 'RETURNED' },
  APPROVED: { submit: null, approve: null, return: 'RETURNED' },
  RETURNED: { submit: 'SUBMITTED', approve: null, return: null },
};

const DEPARTMENT_TABLE: Record<DepartmentStatus, Record<DepartmentAction, DepartmentStatus | null>> = {
  PENDING: { submit: 'SUBMITTED', accept: null, return: null, reopen: null },
  SUBMITTED: { submit: null, accept: 'ACCEPTED', return: 'RETURNED', reopen: null },
  // Only 撤销批复 leaves 已批复, and it hands the department back as a 退回 does.
  ACCEPTED: { submit: null, accept: null, return: null, reopen: 'RETURNED' },
  RETURNED: { submit: 'SUBMITTED', accept: null, return: null, reopen: null },
};

const approvedUnits = [
  { name: '柳林县行政审批服务管理局', status: 'APPROVED' as const },
  { name: '柳林县政务服务中心', status: 'APPROVED' as const },
];

describe('unit submission', () => {
  for (const departmentStatus of ['PENDING', 'RETURNED'] as const) {
    for (const from of UNIT_STATUSES) {
      for (const action of UNIT_ACTIONS) {
        const expected = UNIT_TABLE[from][action];
        it(`${from} --${action}--> ${expected ?? 'refused'} (department ${departmentStatus})`, () => {
          const result = transitionUnit({ from, action, departmentStatus, reason: '数据有误' });
          if (expected) expect(result).toEqual({ ok: true, to: expected, reason: action === 'return' ? '数据有误' : null });
          else expect(result.ok).toBe(false);
        });
      }
    }
  }

  for (const departmentStatus of ['SUBMITTED', 'ACCEPTED'] as const) {
    for (const from of UNIT_STATUSES) {
      for (const action of UNIT_ACTIONS) {
        it(`${from} --${action}--> refused while the department is ${departmentStatus}`, () => {
          expect(transitionUnit({ from, action, departmentStatus, reason: '数据有误' }).ok).toBe(false);
        });
      }
    }
  }

  it('approving a draft is refused with a message naming the state', () => {
    expect(transitionUnit({ from: 'DRAFT', action: 'approve', departmentStatus: 'PENDING' })).toEqual({
      ok: false,
      message: '单位预算为草稿状态，只有已提交的单位预算才能审核',
    });
  });

  it('returning needs a reason (blank is no reason)', () => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(transitionUnit({ from: 'SUBMITTED', action: 'return', departmentStatus: 'PENDING', reason })).toEqual({
        ok: false,
        message: '退回时必须填写原因',
      });
    }
    expect(transitionUnit({ from: 'SUBMITTED', action: 'return', departmentStatus: 'PENDING', reason: '  缺少附件 ' })).toEqual({
      ok: true,
      to: 'RETURNED',
      reason: '缺少附件',
    });
  });

  it('an approved unit can be returned while the department is pending, not after it went to the bureau', () => {
    expect(transitionUnit({ from: 'APPROVED', action: 'return', departmentStatus: 'PENDING', reason: '复核' }).ok).toBe(true);
    expect(transitionUnit({ from: 'APPROVED', action: 'return', departmentStatus: 'RETURNED', reason: '复核' }).ok).toBe(true);
    expect(transitionUnit({ from: 'APPROVED', action: 'return', departmentStatus: 'SUBMITTED', reason: '复核' })).toEqual({
      ok: false,
      message: '部门预算已报送财政，不能退回单位预算',
    });
  });

  it('walks a full round: draft → submitted → returned → submitted → approved', () => {
    let status: UnitStatus = 'DRAFT';
    const steps: [UnitAction, UnitStatus][] = [
      ['submit', 'SUBMITTED'],
      ['return', 'RETURNED'],
      ['submit', 'SUBMITTED'],
      ['approve', 'APPROVED'],
    ];
    for (const [action, to] of steps) {
      const result = transitionUnit({ from: status, action, departmentStatus: 'PENDING', reason: '补充说明' });
      expect(result).toMatchObject({ ok: true, to });
      if (result.ok) status = result.to;
    }
    expect(status).toBe('APPROVED');
  });
});

describe('department submission', () => {
  for (const from of DEPARTMENT_STATUSES) {
    for (const action of DEPARTMENT_ACTIONS) {
      const expected = DEPARTMENT_TABLE[from][action];
      it(`${from} --${action}--> ${expected ?? 'refused'}`, () => {
        const result = transitionDepartment({ from, action, units: approvedUnits, reason: '口径不符' });
        const withReason = action === 'return' || action === 'reopen';
        if (expected) expect(result).toEqual({ ok: true, to: expected, reason: withReason ? '口径不符' : null });
        else expect(result.ok).toBe(false);
      });
    }
  }

  it('is not submitted while a unit is still a draft, naming the unit', () => {
    const units = [approvedUnits[0]!, { name: '柳林县政务服务中心', status: 'DRAFT' as const }];
    expect(transitionDepartment({ from: 'PENDING', action: 'submit', units })).toEqual({
      ok: false,
      message: '尚有单位预算未审核：柳林县政务服务中心（草稿），不能报送财政',
    });
  });

  it('is not submitted with a unit submitted or returned but not approved', () => {
    for (const status of ['SUBMITTED', 'RETURNED'] as const) {
      const units = [{ name: '某单位', status }];
      expect(transitionDepartment({ from: 'RETURNED', action: 'submit', units }).ok).toBe(false);
    }
  });

  it('is not submitted without any unit', () => {
    expect(transitionDepartment({ from: 'PENDING', action: 'submit', units: [] }).ok).toBe(false);
  });

  it('returning needs a reason', () => {
    expect(transitionDepartment({ from: 'SUBMITTED', action: 'return', units: approvedUnits, reason: ' ' })).toEqual({
      ok: false,
      message: '退回时必须填写原因',
    });
  });

  it('an accepted department is final except for 撤销批复', () => {
    for (const action of DEPARTMENT_ACTIONS.filter((a) => a !== 'reopen')) {
      expect(transitionDepartment({ from: 'ACCEPTED', action, units: approvedUnits, reason: '重新审核' }).ok).toBe(false);
    }
  });

  it('撤销批复 needs a reason (blank is no reason) and is kept trimmed', () => {
    for (const reason of [undefined, null, '', '  ']) {
      expect(transitionDepartment({ from: 'ACCEPTED', action: 'reopen', units: approvedUnits, reason })).toEqual({
        ok: false,
        message: '撤销批复时必须填写原因',
      });
    }
    expect(transitionDepartment({ from: 'ACCEPTED', action: 'reopen', units: approvedUnits, reason: ' 批复后发现错误 ' })).toEqual({
      ok: true,
      to: 'RETURNED',
      reason: '批复后发现错误',
    });
  });

  it('only an accepted department can be reopened, naming the state', () => {
    expect(transitionDepartment({ from: 'SUBMITTED', action: 'reopen', units: approvedUnits, reason: '重新审核' })).toEqual({
      ok: false,
      message: '部门预算为已报送财政状态，只有已批复的部门预算才能撤销批复',
    });
  });

  it('walks 批复 → 撤销批复 → 报送 → 批复 again', () => {
    const steps: [DepartmentAction, DepartmentStatus][] = [
      ['accept', 'ACCEPTED'],
      ['reopen', 'RETURNED'],
      ['submit', 'SUBMITTED'],
      ['accept', 'ACCEPTED'],
    ];
    let status: DepartmentStatus = 'SUBMITTED';
    for (const [action, to] of steps) {
      const result = transitionDepartment({ from: status, action, units: approvedUnits, reason: '更正' });
      expect(result.ok && result.to).toBe(to);
      status = to;
    }
  });
});

describe('editing unit data', () => {
  const EDITABLE: Record<DepartmentStatus, Record<UnitStatus, boolean>> = {
    PENDING: { DRAFT: true, SUBMITTED: false, APPROVED: false, RETURNED: true },
    RETURNED: { DRAFT: true, SUBMITTED: false, APPROVED: false, RETURNED: true },
    SUBMITTED: { DRAFT: false, SUBMITTED: false, APPROVED: false, RETURNED: false },
    ACCEPTED: { DRAFT: false, SUBMITTED: false, APPROVED: false, RETURNED: false },
  };
  for (const dept of DEPARTMENT_STATUSES) {
    for (const unit of UNIT_STATUSES) {
      it(`unit ${unit} / department ${dept}: ${EDITABLE[dept][unit] ? 'editable' : 'frozen'}`, () => {
        expect(canEditUnitData(unit, dept)).toBe(EDITABLE[dept][unit]);
        expect(editRefusal(unit, dept) === null).toBe(EDITABLE[dept][unit]);
      });
    }
  }

  it('names the state that freezes the data', () => {
    expect(editRefusal('APPROVED', 'PENDING')).toBe('单位预算已审核，不能修改');
    expect(editRefusal('SUBMITTED', 'PENDING')).toBe('单位预算已提交，不能修改');
    expect(editRefusal('APPROVED', 'ACCEPTED')).toBe('部门预算已批复，不能修改');
    expect(editRefusal('APPROVED', 'SUBMITTED')).toBe('部门预算已报送财政，不能修改');
  });

  it('narrative texts freeze once the department is with the bureau', () => {
    expect(narrativeRefusal('PENDING')).toBeNull();
    expect(narrativeRefusal('RETURNED')).toBeNull();
    expect(narrativeRefusal('SUBMITTED')).toBe('部门预算已报送财政，不能修改情况说明');
    expect(narrativeRefusal('ACCEPTED')).toBe('部门预算已批复，不能修改情况说明');
  });
});
