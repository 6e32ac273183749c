/**
 * An 审计日志 row in words: what changed on a 预算明细行, 项目 or 绩效目标申报表 (and, more
 * generically, anything else), each field by its Chinese label, codes with their names, money in
 * 元 with thousands separators, before → after. The rows hold plain JSON (lib/services/lines.ts,
 * projects.ts: the record before and after the operation); this reads it without trusting its
 * shape. Pure: the reads (lib/services/read/history.ts, audit page) supply the names.
 */
import { Dec, formatThousands } from './money';
import { DEPARTMENT_STATUS_LABEL, UNIT_STATUS_LABEL } from './workflow';

export interface AuditNames {
  /** `${year}:${code}` → name, per code list. */
  functional: ReadonlyMap<string, string>;
  deptEcon: ReadonlyMap<string, string>;
  govEcon: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  projects: ReadonlyMap<string, string>;
}

export const NO_NAMES: AuditNames = { functional: new Map(), deptEcon: new Map(), govEcon: new Map(), units: new Map(), projects: new Map() };

export interface FieldChange {
  label: string;
  /** null: the field did not exist on that side (created / deleted). */
  before: string | null;
  after: string | null;
}

type Json = unknown;
type Fmt = (value: Json, year: number | null, names: AuditNames) => string;

const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const EMPTY = '（空）';

const plain: Fmt = (v) => (v === null || v === undefined || v === '' ? EMPTY : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));
const money: Fmt = (v) => {
  if (typeof v !== 'string' && typeof v !== 'number') return EMPTY;
  try {
    return `${formatThousands(new Dec(v))} 元`;
  } catch {
    return String(v);
  }
};
const label =
  (labels: Readonly<Record<string, string>>): Fmt =>
  (v) =>
    typeof v === 'string' ? (labels[v] ?? v) : plain(v, null, NO_NAMES);
const yesNo: Fmt = (v) => (v === true ? '是' : v === false ? '否' : plain(v, null, NO_NAMES));
const coded =
  (list: keyof Pick<AuditNames, 'functional' | 'deptEcon' | 'govEcon'>): Fmt =>
  (v, year, names) => {
    if (typeof v !== 'string' || v === '') return EMPTY;
    const name = year === null ? undefined : names[list].get(`${year}:${v}`);
    return name ? `${v} ${name}` : v;
  };
const named =
  (list: 'units' | 'projects'): Fmt =>
  (v, _year, names) =>
    typeof v === 'string' && v !== '' ? (names[list].get(v) ?? '（已删除）') : EMPTY;
/** Nested values in words, never JSON: a list by its count, a record as "名称：值，…" one level deep. */
function nested(v: Json): string {
  if (Array.isArray(v)) return `共${v.length}项`;
  if (isRecord(v)) {
    return Object.entries(v)
      .map(([k, x]) => `${GENERIC_LABEL[k] ?? k}：${Array.isArray(x) ? `共${x.length}项` : isRecord(x) ? '…' : plain(x, null, NO_NAMES)}`)
      .join('，');
  }
  return plain(v, null, NO_NAMES);
}

const longText: Fmt = (v) => {
  const text = nested(v);
  return text.length > 60 ? `${text.slice(0, 60)}…（共${text.length}字）` : text;
};

export const KIND_LABEL: Readonly<Record<string, string>> = { BASIC: '基本支出', PROJECT: '项目支出' };
export const SOURCE_LABEL: Readonly<Record<string, string>> = {
  GENERAL_PUBLIC: '一般公共预算',
  GOV_FUND: '政府性基金预算',
  STATE_CAPITAL: '国有资本经营预算',
  SPECIAL_ACCOUNT: '财政专户管理资金',
  UNIT_FUNDS: '单位资金',
};
const ATTRIBUTE_LABEL: Readonly<Record<string, string>> = { ONE_OFF: '一次性项目', RECURRING: '经常性项目' };
const STATUS_LABEL: Readonly<Record<string, string>> = { ...UNIT_STATUS_LABEL, ...DEPARTMENT_STATUS_LABEL };
const ACTION_LABEL: Readonly<Record<string, string>> = { submit: '报送', approve: '审核通过', accept: '批复', return: '退回', reopen: '撤销批复' };

type Spec = readonly (readonly [field: string, label: string, fmt: Fmt])[];

const LINE: Spec = [
  ['unitId', '单位', named('units')],
  ['functionalCode', '功能分类科目', coded('functional')],
  ['deptEconCode', '部门经济分类科目', coded('deptEcon')],
  ['govEconOverride', '政府经济分类（调整）', coded('govEcon')],
  ['kind', '支出类型', label(KIND_LABEL)],
  ['projectId', '项目', named('projects')],
  ['fundingSource', '资金来源', label(SOURCE_LABEL)],
  ['carryover', '上年结转', yesNo],
  ['amountYuan', '金额', money],
  ['note', '备注', plain],
];

const PROJECT: Spec = [
  ['name', '项目名称', plain],
  ['attribute', '项目属性', label(ATTRIBUTE_LABEL)],
  ['periodYears', '项目期（年）', plain],
  ['sortOrder', '排序', plain],
];

const FUND_LABEL: Readonly<Record<string, string>> = { total: '资金总额', central: '中央财政资金', provincial: '省级财政资金', cityCounty: '市县财政资金', selfRaised: '单位自筹资金', other: '其他资金' };
const FORM_TEXTS: Spec = [
  ['overview', '项目概况', longText],
  ['basis', '立项依据', longText],
  ['necessity', '项目设立必要性', longText],
  ['safeguards', '保证项目实施的制度、措施', longText],
  ['plan', '项目实施计划', longText],
  ['goalPeriod', '实施期总体目标', longText],
  ['goalAnnual', '年度总体目标', longText],
  ['contactPerson', '经办人', plain],
  ['contactPhone', '联系电话', plain],
];

const WORKFLOW: Spec = [
  ['status', '状态', label(STATUS_LABEL)],
  ['action', '操作', label(ACTION_LABEL)],
];

function bySpec(spec: Spec, before: Json, after: Json, year: number | null, names: AuditNames): FieldChange[] {
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  return spec.flatMap(([field, name, fmt]) => {
    const was = b && field in b ? fmt(b[field], year, names) : null;
    const is = a && field in a ? fmt(a[field], year, names) : null;
    if (was === is) return [];
    // A created or deleted record lists only its filled fields.
    if ((b === null && is === EMPTY) || (a === null && was === EMPTY)) return [];
    return [{ label: name, before: was, after: is }];
  });
}

/** "产出指标/数量指标/培训人次 ≥ 100人次" */
function indicatorText(i: Record<string, Json>): string {
  const value = i.operator && i.value !== null && i.value !== undefined ? `${plain(i.operator, null, NO_NAMES)} ${plain(i.value, null, NO_NAMES)}${i.measureUnit ? plain(i.measureUnit, null, NO_NAMES) : ''}` : plain(i.text, null, NO_NAMES);
  return `${i.scope === 'PERIOD' ? '实施期' : '年度'} ${plain(i.level1, null, NO_NAMES)}/${plain(i.level2, null, NO_NAMES)}/${plain(i.name, null, NO_NAMES)} ${value}`;
}

function formChanges(before: Json, after: Json): FieldChange[] {
  const data = (v: Json) => (isRecord(v) && isRecord(v.data) ? v.data : null);
  const b = data(before);
  const a = data(after);
  const changes: FieldChange[] = [];
  for (const period of ['period', 'annual'] as const) {
    const funds = (d: Record<string, Json> | null) => (d && isRecord(d.funds) && isRecord(d.funds[period]) ? d.funds[period] : null);
    const spec: Spec = Object.entries(FUND_LABEL).map(([field, name]) => [field, `${period === 'period' ? '实施期' : '年度'}${name}`, money] as const);
    changes.push(...bySpec(spec, funds(b), funds(a), null, NO_NAMES));
  }
  changes.push(...bySpec(FORM_TEXTS, b, a, null, NO_NAMES));
  const indicators = (d: Record<string, Json> | null) => (d && Array.isArray(d.indicators) ? d.indicators.filter(isRecord).map(indicatorText) : []);
  const was = indicators(b);
  const is = indicators(a);
  const removed = was.filter((t) => !is.includes(t));
  const added = is.filter((t) => !was.includes(t));
  if (removed.length > 0 || added.length > 0) {
    changes.push({ label: '绩效指标', before: removed.length > 0 ? removed.join('；') : null, after: added.length > 0 ? added.join('；') : null });
  }
  return changes;
}

/** Field names common in the other rows' records (users, organisation, narrative, rules …). */
const GENERIC_LABEL: Readonly<Record<string, string>> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  active: '启用',
  lockedUntil: '锁定至',
  mustChangePassword: '须修改初始密码',
  departmentId: '部门',
  unitIds: '负责单位',
  name: '名称',
  code: '编码',
  title: '标题',
  body: '内容',
  status: '状态',
  action: '操作',
  year: '年度',
  severity: '级别',
  enabled: '启用',
  note: '备注',
  type: '类型',
  sortOrder: '排序',
  itemName: '采购品目',
  category: '采购类别',
  amountYuan: '金额',
};
const ROLE_LABEL: Readonly<Record<string, string>> = { UNIT_ACCOUNTANT: '单位财务', DEPT_LEADER: '部门领导', FINANCE_REVIEWER: '财政局审核', ADMIN: '系统管理员' };
const GENERIC_FMT: Readonly<Record<string, Fmt>> = {
  role: label(ROLE_LABEL),
  active: yesNo,
  enabled: yesNo,
  mustChangePassword: yesNo,
  status: label(STATUS_LABEL),
  action: label(ACTION_LABEL),
  amountYuan: money,
};

/** Anything else: its top-level fields, named where known (nested values as short JSON). */
function genericChanges(before: Json, after: Json): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null || before === undefined) return after === null || after === undefined ? [] : [{ label: '内容', before: null, after: longText(after, null, NO_NAMES) }];
    return [{ label: '内容', before: longText(before, null, NO_NAMES), after: after === null || after === undefined ? null : longText(after, null, NO_NAMES) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].flatMap((field) => {
    const fmt = GENERIC_FMT[field] ?? longText;
    const was = field in b ? fmt(b[field], null, NO_NAMES) : null;
    const is = field in a ? fmt(a[field], null, NO_NAMES) : null;
    return was === is ? [] : [{ label: GENERIC_LABEL[field] ?? field, before: was, after: is }];
  });
}

/** The record a project row describes: deletes keep `{ project, … }`, merges `{ source, into, … }`. */
function projectOf(v: Json): Json {
  if (!isRecord(v)) return v;
  if (isRecord(v.project)) return v.project;
  if (isRecord(v.source)) return v.source;
  return v;
}

export interface AuditRowLike {
  kind: string;
  entity: string | null;
  year: number | null;
  before: Json;
  after: Json;
}

/** Each changed field of a row, in words. */
export function describeChanges(row: AuditRowLike, names: AuditNames): FieldChange[] {
  switch (row.entity) {
    case 'BudgetLine':
      return bySpec(LINE, row.before, row.after, row.year, names);
    case 'Project': {
      const changes = bySpec(PROJECT, projectOf(row.before), row.kind === 'PROJECT_MERGE' ? null : projectOf(row.after), row.year, names);
      if (row.kind === 'PROJECT_MERGE' && isRecord(row.before) && isRecord(row.before.into)) {
        changes.push({ label: '合并到', before: null, after: plain(row.before.into.name, null, NO_NAMES) });
      }
      return changes;
    }
    case 'PerformanceForm':
      return formChanges(row.before, row.after);
    case 'UnitSubmission':
    case 'DepartmentSubmission':
      return bySpec(WORKFLOW, row.before, row.after, row.year, names);
    default:
      return genericChanges(row.before, row.after);
  }
}

/** One line for a list: "金额：1,000.00 元 → 1,200.00 元；备注：（空） → 调整" (the first three changes). */
export function changeSummary(changes: readonly FieldChange[], max = 3): string {
  const text = (c: FieldChange) => {
    if (c.before === null) return `${c.label}：${c.after ?? ''}`;
    if (c.after === null) return `${c.label}：${c.before}（删除）`;
    return `${c.label}：${c.before} → ${c.after}`;
  };
  const shown = changes.slice(0, max).map(text).join('；');
  return changes.length > max ? `${shown}；等${changes.length}项` : shown;
}

/** A line record as one label: "2010101 行政运行 · 30101 基本工资 · 政务服务中心" (null when it is no line record). */
export function lineLabel(record: Json, year: number | null, names: AuditNames): string | null {
  if (!isRecord(record) || typeof record.functionalCode !== 'string') return null;
  const parts = [coded('functional')(record.functionalCode, year, names), coded('deptEcon')(record.deptEconCode, year, names)];
  if (typeof record.unitId === 'string' && names.units.has(record.unitId)) parts.push(names.units.get(record.unitId) as string);
  return parts.join(' · ');
}

