/** 报送流程 requests: POST /api/submissions/unit and /api/submissions/department. */
import { z } from 'zod';
import { DEPARTMENT_ACTIONS, UNIT_ACTIONS } from '@/lib/budget/workflow';
import { id, reason, year } from './common';

export const unitTransitionSchema = z.object({
  action: z.enum(UNIT_ACTIONS, { error: '操作须为提交（submit）、审核（approve）或退回（return）' }),
  unitId: id('单位'),
  year,
  reason: reason.nullable().optional(),
});
export type UnitTransitionRequest = z.infer<typeof unitTransitionSchema>;

export const departmentTransitionSchema = z.object({
  action: z.enum(DEPARTMENT_ACTIONS, { error: '操作须为报送（submit）、批复（accept）、退回（return）或撤销批复（reopen）' }),
  departmentId: id('部门'),
  year,
  reason: reason.nullable().optional(),
});
export type DepartmentTransitionRequest = z.infer<typeof departmentTransitionSchema>;
