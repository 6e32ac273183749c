/**
 * 部门与单位 managed by the 系统管理员: GET/POST /api/admin/departments, PATCH
 * /api/admin/departments/[code]; the same for /api/admin/units. A department code is 3 digits;
 * a unit code is its department's code followed by 3 digits (045 → 045001).
 */
import { z } from 'zod';

export const UNIT_TYPES = ['ADMINISTRATIVE', 'CIVIL_SERVICE_INSTITUTION', 'OTHER_INSTITUTION'] as const;
export type UnitTypeValue = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_LABEL: Readonly<Record<UnitTypeValue, string>> = {
  ADMINISTRATIVE: '行政单位',
  CIVIL_SERVICE_INSTITUTION: '参公事业单位',
  OTHER_INSTITUTION: '其他事业单位',
};

/**
 * The 政府经济分类 side a new unit takes from its type: 行政单位 → 机关; 参公 and 其他事业单位 →
 * 事业 (505 对事业单位经常性补助), as in the demo department, where both centres are on that side.
 */
export const DEFAULT_GOV_ECON_CATEGORY: Readonly<Record<UnitTypeValue, 'ORGAN' | 'INSTITUTION'>> = {
  ADMINISTRATIVE: 'ORGAN',
  CIVIL_SERVICE_INSTITUTION: 'INSTITUTION',
  OTHER_INSTITUTION: 'INSTITUTION',
};

const name = (label: string) =>
  z.string({ error: `${label}不能为空` }).trim().min(1, { error: `${label}不能为空` }).max(100, { error: `${label}不能超过100字` });

export const departmentCode = z.string({ error: '部门编码不能为空' }).trim().regex(/^\d{3}$/, { error: '部门编码须为3位数字' });
export const unitCode = z.string({ error: '单位编码不能为空' }).trim().regex(/^\d{6}$/, { error: '单位编码须为6位数字（部门编码加3位顺序号）' });
const unitType = z.enum(UNIT_TYPES, { error: '单位类型须为行政单位、参公事业单位或其他事业单位' });
const active = z.boolean({ error: '启用状态须为 true 或 false' });

const includeInactive = z
  .enum(['true', 'false'], { error: 'includeInactive 须为 true 或 false' })
  .optional()
  .transform((v) => v === 'true');

/** GET /api/admin/departments[?includeInactive=true] */
export const listDepartmentsQuery = z.object({ includeInactive });

/** POST /api/admin/departments */
export const createDepartmentSchema = z.object({ code: departmentCode, name: name('部门名称'), region: name('所属地区') });
export type CreateDepartmentInput = z.infer<typeof createDepartmentSchema>;

/** PATCH /api/admin/departments/[code]: rename, change region, deactivate or reactivate. */
export const updateDepartmentSchema = z
  .object({ code: departmentCode, name: name('部门名称').optional(), region: name('所属地区').optional(), active: active.optional() })
  .refine((v) => v.name !== undefined || v.region !== undefined || v.active !== undefined, { error: '没有要修改的内容' });
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentSchema>;

/** GET /api/admin/units[?department=045&includeInactive=true] */
export const listUnitsQuery = z.object({ department: departmentCode.optional(), includeInactive });

/** POST /api/admin/units: the department is the code's first 3 digits. */
export const createUnitSchema = z
  .object({ departmentCode, code: unitCode, name: name('单位名称'), type: unitType })
  .refine((v) => v.code.startsWith(v.departmentCode), { path: ['code'], error: '单位编码须以所属部门编码开头' });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

/** PATCH /api/admin/units/[code] */
export const updateUnitSchema = z
  .object({ code: unitCode, name: name('单位名称').optional(), type: unitType.optional(), active: active.optional() })
  .refine((v) => v.name !== undefined || v.type !== undefined || v.active !== undefined, { error: '没有要修改的内容' });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;
