/**
 * The 审计日志 page and the 修改历史 of one line, project or 绩效目标申报表, in words: each row
 * with who, when, what kind, about which record (named), why, and its changes before → after
 * (lib/budget/audit-text.ts). Scoped like every read: departments (and a 单位财务's units) of the
 * caller only; the row list itself comes from lib/services/audit.ts (the page) or entityAudit.
 */
import 'server-only';
import type { Guarded } from '@/lib/auth/guard';
import { departmentFilter } from '@/lib/auth/scope';
import { changeSummary, describeChanges, lineLabel, type AuditNames, type FieldChange } from '@/lib/budget/audit-text';
import { entityAudit, type AuditRow } from '@/lib/db/audit-repository';
import { auditNames, auditPickers, type PickerEntry } from '@/lib/db/audit-names-repository';
import { AUDIT_KIND_LABEL, AUDIT_PAGE_SIZE, type AuditKind, type AuditQuery } from '@/lib/schemas/audit';
import { readAuditLog } from '../audit';

export const ENTITY_LABEL: Readonly<Record<string, string>> = {
  BudgetLine: '预算明细行',
  Project: '项目',
  PerformanceForm: '绩效目标申报表',
  ProcurementEntry: '政府采购',
  UnitSubmission: '单位报送',
  DepartmentSubmission: '部门报送',
  PublishedReport: '公开快照',
  NarrativeSection: '情况说明',
  PriorYearFigures: '上年数',
  User: '用户',
  Department: '部门',
  Unit: '单位',
  RuleSetting: '审核规则',
  FindingAcknowledgement: '审核警告确认',
};

export type HistoryEntity = 'line' | 'project' | 'form';
const HISTORY_ENTITY: Readonly<Record<HistoryEntity, string>> = { line: 'BudgetLine', project: 'Project', form: 'PerformanceForm' };

/** /history?entity=…&id=… for a row's record, when it has a history page. */
export function historyHref(entity: string | null, entityId: string | null): string | null {
  if (!entity || !entityId) return null;
  const key = (Object.keys(HISTORY_ENTITY) as HistoryEntity[]).find((k) => HISTORY_ENTITY[k] === entity);
  return key ? `/history?entity=${key}&id=${encodeURIComponent(entityId)}` : null;
}

export interface AuditView {
  id: string;
  at: string;
  actorName: string | null;
  kind: string;
  kindLabel: string;
  /** "预算明细行", "项目 搬迁" … */
  subject: string;
  unitName: string | null;
  reason: string | null;
  changes: FieldChange[];
  summary: string;
  historyHref: string | null;
}

async function views(rows: readonly AuditRow[]): Promise<AuditView[]> {
  return viewsWith(rows, await auditNames(rows));
}

function viewsWith(rows: readonly AuditRow[], names: AuditNames): AuditView[] {
  return rows.map((row) => {
    const changes = describeChanges(row, names);
    const projectName = row.entity === 'Project' || row.entity === 'PerformanceForm' ? (row.entityId && names.projects.get(row.entityId)) : null;
    return {
      id: row.id,
      at: row.at,
      actorName: row.actorName,
      kind: row.kind,
      kindLabel: row.kind in AUDIT_KIND_LABEL ? AUDIT_KIND_LABEL[row.kind as AuditKind] : row.kind,
      subject: [row.entity ? (ENTITY_LABEL[row.entity] ?? row.entity) : '', projectName ?? ''].filter(Boolean).join(' '),
      unitName: row.unitId ? (names.units.get(row.unitId) ?? null) : null,
      reason: row.reason,
      changes,
      summary: changeSummary(changes),
      historyHref: historyHref(row.entity, row.entityId),
    };
  });
}

export interface AuditPageView {
  entries: AuditView[];
  total: number;
  page: number;
  pageCount: number;
  units: PickerEntry[];
  users: PickerEntry[];
}

/** The /audit page: one page of 50 rows of the filter, and the unit and user pickers of the scope. */
export async function readAuditPage(g: Guarded, query: AuditQuery): Promise<AuditPageView> {
  const [page, pickers] = await Promise.all([readAuditLog(g, { ...query, limit: AUDIT_PAGE_SIZE }), auditPickers(departmentFilter(g.scope), g.scope.kind === 'units' ? g.scope.unitIds : null)]);
  return {
    entries: await views(page.entries),
    total: page.total,
    page: page.page,
    pageCount: Math.max(1, Math.ceil(page.total / AUDIT_PAGE_SIZE)),
    ...pickers,
  };
}

export interface History {
  entity: HistoryEntity;
  /** What the history is of: "预算明细行", "项目 搬迁" … */
  subject: string;
  entries: AuditView[];
}

/**
 * Who changed a line, a project (with its 绩效目标申报表) or a form, and how, oldest first;
 * nothing outside the caller's scope (a 单位财务: its own units' records only).
 */
export async function readHistory(g: Pick<Guarded, 'scope'>, entity: HistoryEntity, id: string): Promise<History> {
  const scope = { departmentIds: departmentFilter(g.scope), unitIds: g.scope.kind === 'units' ? g.scope.unitIds : null };
  const targets = entity === 'project' ? [{ entity: 'Project', entityId: id }, { entity: 'PerformanceForm', entityId: id }] : [{ entity: HISTORY_ENTITY[entity], entityId: id }];
  const rows = await entityAudit(targets, scope);
  const names = await auditNames(rows);
  const entries = viewsWith(rows, names);
  if (entity === 'line') {
    const last = rows.at(-1);
    const described = last ? lineLabel(last.after ?? last.before, last.year, names) : null;
    return { entity, subject: described ? `${ENTITY_LABEL.BudgetLine} ${described}` : ENTITY_LABEL.BudgetLine!, entries };
  }
  const named = entries.find((e) => e.subject !== ENTITY_LABEL[HISTORY_ENTITY[entity]])?.subject;
  return { entity, subject: named ?? ENTITY_LABEL[HISTORY_ENTITY[entity]]!, entries };
}
