/** 审计日志 filters: GET /api/audit and the /audit page (query-string values). */
import { z } from 'zod';

/** A real calendar day (2023-02-29 and 2023-99-99 are not), from 1900 on. */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

const date = (label: string) =>
  z
    .string({ error: `${label}格式须为 YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式须为 YYYY-MM-DD` })
    .refine(isCalendarDate, { error: `${label}不是有效的日期` });

export const AUDIT_KINDS = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'LOCKOUT',
  'SIGN_OUT',
  'PASSWORD_CHANGE',
  'LINE_CREATE',
  'LINE_UPDATE',
  'LINE_DELETE',
  'PROJECT_CREATE',
  'PROJECT_UPDATE',
  'PROJECT_DELETE',
  'PROJECT_MERGE',
  'PERFORMANCE_UPDATE',
  'PROCUREMENT_CREATE',
  'NARRATIVE_UPDATE',
  'WORKFLOW',
  'PUBLISH',
  'USER_CHANGE',
  'REFERENCE_CHANGE',
  'ORGANISATION_CHANGE',
  'PRIOR_YEAR_UPDATE',
  'BUDGET_COPY',
  'IMPORT',
  'FINDING_ACKNOWLEDGE',
  'RULE_CHANGE',
  'REQUEST_REFUSED',
  'SNAPSHOT_TAMPERED',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABEL: Readonly<Record<AuditKind, string>> = {
  SIGN_IN: '登录',
  SIGN_IN_FAILED: '登录失败',
  LOCKOUT: '账户锁定',
  SIGN_OUT: '退出登录',
  PASSWORD_CHANGE: '修改密码',
  LINE_CREATE: '新增明细行',
  LINE_UPDATE: '修改明细行',
  LINE_DELETE: '删除明细行',
  PROJECT_CREATE: '新增项目',
  PROJECT_UPDATE: '修改项目',
  PROJECT_DELETE: '删除项目',
  PROJECT_MERGE: '合并项目',
  PERFORMANCE_UPDATE: '修改绩效目标',
  PROCUREMENT_CREATE: '新增政府采购',
  NARRATIVE_UPDATE: '修改情况说明',
  WORKFLOW: '报送流程',
  PUBLISH: '报表公开快照',
  USER_CHANGE: '用户变更',
  REFERENCE_CHANGE: '基础数据变更',
  ORGANISATION_CHANGE: '部门与单位变更',
  PRIOR_YEAR_UPDATE: '填报上年数',
  BUDGET_COPY: '复制上年预算',
  IMPORT: '导入工作簿',
  FINDING_ACKNOWLEDGE: '确认审核警告',
  RULE_CHANGE: '审核规则变更',
  REQUEST_REFUSED: '请求被拒绝',
  SNAPSHOT_TAMPERED: '公开快照校验失败',
};

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const auditQuerySchema = z.object({
  departmentId: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  unitId: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  userId: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  kind: z.preprocess(blankToUndefined, z.enum(AUDIT_KINDS, { error: '日志类型不正确' }).optional()),
  from: z.preprocess(blankToUndefined, date('起始日期').optional()),
  to: z.preprocess(blankToUndefined, date('截止日期').optional()),
  page: z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number({ error: '页码须为正整数' }).int({ error: '页码须为正整数' }).min(1, { error: '页码须为正整数' }).max(100000, { error: '页码须为正整数' }).optional(),
  ),
  limit: z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number({ error: '条数须为1至500的整数' }).int({ error: '条数须为1至500的整数' }).min(1, { error: '条数须为1至500的整数' }).max(500, { error: '条数须为1至500的整数' }).optional(),
  ),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The /audit page shows this many rows per page. */
export const AUDIT_PAGE_SIZE = 50;
