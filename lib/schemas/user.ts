/** 用户管理 (系统管理员): POST /api/admin/users, PATCH /api/admin/users/[id]. */
import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { id } from './common';
import { passwordRule } from './auth';

const fields = {
  displayName: z.string({ error: '姓名不能为空' }).trim().min(1, { error: '姓名不能为空' }).max(50, { error: '姓名不能超过50字' }),
  role: z.enum(ROLES, { error: '角色须为单位财务、部门领导、财政局审核或系统管理员' }),
  departmentId: id('所属部门').nullable(),
  unitIds: z.array(id('单位'), { error: '负责单位须为单位列表' }).max(50, { error: '负责单位不能超过50个' }),
};

export const createUserSchema = z.object({
  username: z.string({ error: '用户名不能为空' }).trim().regex(/^[A-Za-z0-9_.-]{3,32}$/, { error: '用户名须为3至32位字母、数字、下划线、点或横线' }),
  ...fields,
  departmentId: fields.departmentId.optional().default(null),
  unitIds: fields.unitIds.optional().default([]),
  /** The initial password; the user must change it at first sign-in. */
  password: passwordRule('初始密码'),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** A PATCH names the user and any fields it changes (at least one). */
export const updateUserSchema = z
  .object({
    id: id('用户'),
    ...fields,
    active: z.boolean({ error: '启用状态须为 true 或 false' }),
    /** A new initial password; the user must change it at next sign-in. */
    resetPassword: passwordRule('重置密码'),
  })
  .partial()
  .required({ id: true })
  .refine((v) => Object.keys(v).some((key) => key !== 'id'), { error: '没有要修改的内容' });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
