/** 项目 and 政府采购 on the wire: POST /api/projects, PATCH /api/projects/[id], POST /api/procurement. */
import { z } from 'zod';
import { id, money, version, year } from './common';

const projectFields = {
  name: z.string({ error: '项目名称不能为空' }).trim().min(1, { error: '项目名称不能为空' }).max(200, { error: '项目名称不能超过200字' }),
  attribute: z.enum(['ONE_OFF', 'RECURRING'], { error: '项目属性须为一次性项目（ONE_OFF）或经常性项目（RECURRING）' }),
  periodYears: z.number({ error: '项目期须为整数（年）' }).int({ error: '项目期须为整数（年）' }).min(1, { error: '项目期至少1年' }).max(20, { error: '项目期不能超过20年' }),
  sortOrder: z.number({ error: '排序号须为整数' }).int({ error: '排序号须为整数' }).min(0, { error: '排序号不能为负' }),
};

export const createProjectSchema = z.object({
  unitId: id('单位'),
  year,
  ...projectFields,
  periodYears: projectFields.periodYears.optional().default(1),
  sortOrder: projectFields.sortOrder.optional().default(0),
});
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

/** A PATCH names the project, the version the user saw and any fields it changes. */
export const updateProjectSchema = z.object({ id: id('项目'), version, ...projectFields }).partial().required({ id: true, version: true });
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

/** DELETE /api/projects/[id]: the project and the version the user saw. */
export const deleteProjectSchema = z.object({ id: id('项目'), version });

/** POST /api/projects/[id]/merge: the project merged away, and the project of the same unit it goes into, each with its version. */
export const mergeProjectSchema = z.object({ id: id('项目'), version, intoId: id('目标项目'), intoVersion: version });

export const createProcurementSchema = z.object({
  unitId: id('单位'),
  year,
  projectId: id('项目').nullable().optional().default(null),
  category: z.enum(['GOODS', 'WORKS', 'SERVICES'], { error: '采购类别须为货物（GOODS）、工程（WORKS）或服务（SERVICES）' }),
  itemName: z.string({ error: '采购项目名称不能为空' }).trim().min(1, { error: '采购项目名称不能为空' }).max(200, { error: '采购项目名称不能超过200字' }),
  amountYuan: money('采购金额'),
});
export type CreateProcurementInput = z.infer<typeof createProcurementSchema>;
