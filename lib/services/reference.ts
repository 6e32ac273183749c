/**
 * 基础数据 by the 系统管理员, each change audited (REFERENCE_CHANGE, before/after) in its own
 * transaction: opening or closing a year, 创建新年度 from an existing one, 分类科目 (add under an
 * existing parent, rename, delete when nothing uses it) and the 对照表. A closed year refuses
 * every change here too. Reports read the codes and the 对照表 through a per-process cache
 * (lib/db/budget-repository.ts), which every change here clears once it has committed.
 */
import type { Guarded } from '@/lib/auth/guard';
import { audited, type AuditEntry, type Tx } from '@/lib/db/audit-repository';
import { invalidateReferenceCache } from '@/lib/db/budget-repository';
import * as ref from '@/lib/db/reference-repository';
import { setFiscalYearStatus } from '@/lib/db/workflow-repository';
import {
  CODE_KIND_LABEL,
  GOV_ECON_CATEGORY_LABEL,
  codeParams,
  fiscalYearParam,
  parentCodeOf,
  type CodeKind,
  type CopyYearInput,
  type CreateCodeInput,
  type DeleteCodeInput,
  type DeleteMappingInput,
  type FiscalYearStatusInput,
  type RenameCodeInput,
  type UpsertMappingInput,
} from '@/lib/schemas/reference';
import { invalidInput, notFound, stateRefusal } from '@/lib/errors';
import { parseInput } from './input';

const ENTITY: Record<CodeKind, string> = { functional: 'FunctionalCode', deptEcon: 'DeptEconCode', govEcon: 'GovEconCode' };

const auditOf = (g: Guarded, entity: string, entityId: string, year: number, before: unknown, after: unknown, reason: string | null = null): AuditEntry => ({
  kind: 'REFERENCE_CHANGE',
  actor: { id: g.actor.id, name: g.actor.displayName },
  entity,
  entityId,
  year,
  before,
  after,
  reason,
  ip: g.actor.ip,
});

/** The year exists (400 on `field` otherwise) and is open (409). */
/**
 * A change of codes or 对照表 in its audited transaction; the cached reference data is dropped
 * after the commit (not before, or a report read in between would cache the old rows again).
 */
async function changeReference<T>(work: Parameters<typeof audited<T>>[0]): Promise<T> {
  const result = await audited(work);
  invalidateReferenceCache();
  return result;
}

async function openYear(tx: Tx, year: number, field = 'year'): Promise<void> {
  const found = await ref.findFiscalYear(tx, year);
  if (!found) throw invalidInput(field, `预算年度 ${year} 不存在`);
  if (found.status === 'CLOSED') throw stateRefusal(`${year}年度已关闭，不能修改基础数据（请先重新开放该年度）`);
}

export function changeFiscalYearStatus(g: Guarded, yearParam: string, { status }: FiscalYearStatusInput) {
  const year = parseInput(fiscalYearParam, yearParam);
  return audited(async (tx) => {
    const change = await setFiscalYearStatus(tx, year, status);
    if (!change) throw notFound(`预算年度 ${year} 不存在`);
    const audit = auditOf(g, 'FiscalYear', String(year), year, { status: change.before }, { status: change.after });
    return { result: { year, status }, audit };
  });
}

/** 创建新年度: a new open FiscalYear with a copy of another year's codes and 对照表. */
export function copyFiscalYear(g: Guarded, { fromYear, toYear }: CopyYearInput) {
  return changeReference(async (tx) => {
    if (!(await ref.findFiscalYear(tx, fromYear))) throw invalidInput('fromYear', `来源年度 ${fromYear} 不存在`);
    if (await ref.findFiscalYear(tx, toYear)) throw stateRefusal(`预算年度 ${toYear} 已存在`);
    const copied = await ref.copyYear(tx, fromYear, toYear);
    const after = { year: toYear, status: 'OPEN', copiedFrom: fromYear, ...copied };
    return { result: after, audit: auditOf(g, 'FiscalYear', String(toYear), toYear, null, after, `创建新年度（复制${fromYear}年度基础数据）`) };
  });
}

// ------------------------------------------------------------ 分类科目

/** Route parameters [kind]/[code] (400 naming the field when malformed). */
export const parseCodeParams = (params: RawCodeParams) => parseInput(codeParams, params);
type RawCodeParams = { kind: string; code: string };

const label = (kind: CodeKind, code: string) => `${CODE_KIND_LABEL[kind]}科目 ${code}`;

async function existingCode(tx: Tx, year: number, kind: CodeKind, code: string): Promise<ref.CodeRow> {
  const row = await ref.findCode(tx, year, kind, code);
  if (!row) throw notFound(`${label(kind, code)} 在${year}年度不存在`);
  return row;
}

export function createCode(g: Guarded, { year, kind, code, name }: CreateCodeInput) {
  return changeReference(async (tx) => {
    await openYear(tx, year);
    if (await ref.findCode(tx, year, kind, code)) throw invalidInput('code', `${label(kind, code)} 在${year}年度已存在`);
    const parentCode = parentCodeOf(kind, code);
    if (parentCode && !(await ref.findCode(tx, year, kind, parentCode))) {
      throw invalidInput('code', `上级科目 ${parentCode} 在${year}年度不存在，请先添加上级科目`);
    }
    const row = await ref.insertCode(tx, year, kind, { code, name, parentCode });
    return { result: { year, kind, ...row }, audit: auditOf(g, ENTITY[kind], code, year, null, { kind, ...row }, '新增科目') };
  });
}

export function renameCode(g: Guarded, params: RawCodeParams, { year, name }: RenameCodeInput) {
  const { kind, code } = parseCodeParams(params);
  return changeReference(async (tx) => {
    await openYear(tx, year);
    const before = await existingCode(tx, year, kind, code);
    const after = await ref.renameCode(tx, year, kind, code, name);
    return { result: { year, kind, ...after }, audit: auditOf(g, ENTITY[kind], code, year, { kind, ...before }, { kind, ...after }, '修改科目名称') };
  });
}

/** What uses a code, in words ("下级科目 2 个、预算明细行 3 条"), or null when nothing does. */
export function describeUsage({ children, lines, mappings }: ref.CodeUsage): string | null {
  const parts = [
    children > 0 && `下级科目 ${children} 个`,
    lines > 0 && `预算明细行 ${lines} 条`,
    mappings > 0 && `经济分类对照表 ${mappings} 行`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join('、') : null;
}

export function deleteCode(g: Guarded, params: RawCodeParams, { year }: DeleteCodeInput) {
  const { kind, code } = parseCodeParams(params);
  return changeReference(async (tx) => {
    await openYear(tx, year);
    const before = await existingCode(tx, year, kind, code);
    const usage = describeUsage(await ref.codeUsage(tx, year, kind, code));
    if (usage) throw stateRefusal(`不能删除${label(kind, code)} ${before.name}：仍被${usage}使用`);
    await ref.deleteCode(tx, year, kind, code);
    return { result: { year, kind, code, deleted: true }, audit: auditOf(g, ENTITY[kind], code, year, { kind, ...before }, null, '删除科目') };
  });
}

// ------------------------------------------------------------ 对照表

const mappingId = (deptEconCode: string, category: string) => `${deptEconCode}|${category}`;

/** One row of the 对照表: both codes must be 款 of the year. */
export function upsertMapping(g: Guarded, input: UpsertMappingInput) {
  const { year, deptEconCode, category, govEconCode } = input;
  return changeReference(async (tx) => {
    await openYear(tx, year);
    if (!(await ref.findCode(tx, year, 'deptEcon', deptEconCode))) throw invalidInput('deptEconCode', `${label('deptEcon', deptEconCode)} 在${year}年度不存在`);
    if (!(await ref.findCode(tx, year, 'govEcon', govEconCode))) throw invalidInput('govEconCode', `${label('govEcon', govEconCode)} 在${year}年度不存在`);
    const before = await ref.findMapping(tx, input);
    const after = await ref.upsertMapping(tx, input);
    const reason = before ? '修改对照关系' : '新增对照关系';
    return { result: { year, ...after }, audit: auditOf(g, 'EconMapping', mappingId(deptEconCode, category), year, before, after, reason) };
  });
}

/** Removes a row of the 对照表, unless lines of that side still take their 政府经济 code from it. */
export function deleteMapping(g: Guarded, input: DeleteMappingInput) {
  const { year, deptEconCode, category } = input;
  return changeReference(async (tx) => {
    await openYear(tx, year);
    const before = await ref.findMapping(tx, input);
    if (!before) throw notFound(`${year}年度没有部门经济分类 ${deptEconCode}（${GOV_ECON_CATEGORY_LABEL[category]}）的对照关系`);
    const lines = await ref.linesUsingMapping(tx, input);
    if (lines > 0) throw stateRefusal(`不能删除该对照关系：仍有${lines}条${GOV_ECON_CATEGORY_LABEL[category]}单位的预算明细行按它确定政府经济分类`);
    await ref.deleteMapping(tx, input);
    return { result: { year, deptEconCode, category, deleted: true }, audit: auditOf(g, 'EconMapping', mappingId(deptEconCode, category), year, before, null, '删除对照关系') };
  });
}
