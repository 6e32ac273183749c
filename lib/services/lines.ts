/**
 * 预算明细行: create, update, delete. Each runs in one transaction with its audit row
 * (before and after values); updates and deletes name the version the user saw.
 */
import type { Guarded } from '@/lib/auth/guard';
import { audited, type Tx } from '@/lib/db/audit-repository';
import * as lines from '@/lib/db/lines-repository';
import { createLineSchema, deleteLineSchema, pasteLinesSchema, updateLineSchema, type UpdateLineInput } from '@/lib/schemas/line';
import { refuseEdit } from '@/lib/auth/edit-access';
import { getPrisma } from '@/lib/db/client';
import { lineIssues, validationContext } from '@/lib/budget/validation-line';
import { yuan } from '@/lib/budget/money';
import { invalidInput, notFound, staleVersion } from '@/lib/errors';
import { defineOperation } from './operation';
import { editableUnit, formatYuan } from './unit-access';

const audit = (g: Guarded, kind: 'LINE_CREATE' | 'LINE_UPDATE' | 'LINE_DELETE', line: lines.LineRecord, before: unknown, after: unknown) => ({
  kind,
  actor: { id: g.actor.id, name: g.actor.displayName },
  entity: 'BudgetLine',
  entityId: line.id,
  departmentId: line.departmentId,
  unitId: line.unitId,
  year: line.year,
  before,
  after,
  ip: g.actor.ip,
});

/**
 * The domain's line rules (lib/budget/validation-line.ts, docs/domain.md §1.1) against the year's
 * cached reference data, the unit and the named project: the first issue is the 400, on its field.
 */
async function checkReferences(tx: Tx, line: lines.LineData, knownUnit?: lines.UnitForRules): Promise<void> {
  const issue = await referenceIssue(tx, line, knownUnit);
  if (issue) throw invalidInput(issue.field, issue.message);
}

async function referenceIssue(db: Tx, line: lines.LineData, knownUnit?: lines.UnitForRules) {
  const { reference, unit, project } = await lines.lineRuleData(db, line, knownUnit);
  const ctx = validationContext({ year: line.year, units: unit ? [unit] : [], projects: project ? [project] : [], reference });
  return lineIssues({ ...line, amountYuan: yuan(line.amountYuan) }, ctx)[0] ?? null;
}

/** The 409 for a stale version, showing what the line holds now and who changed it. */
async function conflict(tx: Tx, id: string): Promise<never> {
  const current = await lines.findLine(tx, id);
  if (!current) throw staleVersion('该明细行已被删除，请刷新后重试', null);
  const who = (await lines.userDisplayName(tx, current.updatedById)) ?? '其他用户';
  throw staleVersion(`当前金额为 ${formatYuan(current.amountYuan)} 元，已被 ${who} 修改，请刷新后重试`, current);
}

/** POST /api/lines, createLineAction: a new line (单位财务, own unit, while 草稿/已退回). */
export const createLine = defineOperation({
  name: 'line.create',
  permission: 'line.edit',
  input: createLineSchema,
  kind: 'write',
  run: (g, input) =>
    audited(async (tx) => {
      const unit = await editableUnit(tx, g.scope, input.unitId, input.year);
      await checkReferences(tx, input, unit);
      const line = await lines.insertLine(tx, input, g.actor.id);
      return { result: line, audit: audit(g, 'LINE_CREATE', line, null, line) };
    }),
});

type LinePatch = Omit<UpdateLineInput, 'id' | 'version'>;

/**
 * The save as most saves go: the line read without locks, every check made on what was read, then
 * the update and its audit row as ONE statement that applies only while the line's version, the
 * year, the unit and both 报送 states are still as read (lines-repository.ts updateLineAsSeen; the
 * states locked FOR SHARE there). 2 round trips instead of a transaction's 5. Null whenever
 * anything is not plainly allowed or moved in between: the caller then runs the transactional
 * path, which decides with the locks held and says why (403/404/409/400, audited refusals alike).
 */
async function saveAsSeen(g: Guarded, id: string, version: number, patch: LinePatch): Promise<lines.LineRecord | null> {
  const db = getPrisma();
  const found = await lines.findLineForEdit(db, id, { lock: false });
  if (!found?.states || found.yearStatus !== 'OPEN' || found.line.version !== version) return null;
  const before = found.line;
  const { unit, states } = found;
  if (!unit.active || refuseEdit(g.scope, { kind: 'unit', unit, year: { year: before.year, closed: false }, ...states })) return null;
  const merged = { ...before, ...patch };
  if (patch.kind === 'BASIC' && patch.projectId === undefined) merged.projectId = null;
  if ((await referenceIssue(db, merged, unit)) !== null) return null;
  const entry = audit(g, 'LINE_UPDATE', before, before, undefined);
  const seen = { unitId: unit.id, departmentId: unit.departmentId, year: before.year, ...states };
  return lines.updateLineAsSeen(db, { id, version }, { ...patch, projectId: merged.projectId }, g.actor.id, seen, entry);
}

/** PATCH /api/lines/[id], updateLineAction: `{ id, version, …changed fields }`; a stale version → 409. */
export const updateLine = defineOperation({
  name: 'line.update',
  permission: 'line.edit',
  input: updateLineSchema,
  kind: 'write',
  run: async (g, { id, version, ...patch }) =>
    (await saveAsSeen(g, id, version, patch)) ??
    audited(async (tx) => {
      const found = await lines.findLineForEdit(tx, id);
      if (!found) throw notFound('明细行不存在');
      const before = found.line;
      const unit = await editableUnit(tx, g.scope, before.unitId, before.year, found);
      if (before.version !== version) await conflict(tx, id);
      const merged = { ...before, ...patch };
      if (patch.kind === 'BASIC' && patch.projectId === undefined) merged.projectId = null;
      await checkReferences(tx, merged, unit);
      const after = await lines.updateLineAtVersion(tx, id, version, { ...patch, projectId: merged.projectId }, g.actor.id, before.departmentId);
      if (!after) return conflict(tx, id);
      return { result: after, audit: audit(g, 'LINE_UPDATE', after, before, after) };
    }),
});

/** DELETE /api/lines/[id], deleteLineAction: `{ id, version }`. */
export const deleteLine = defineOperation({
  name: 'line.delete',
  permission: 'line.edit',
  input: deleteLineSchema,
  kind: 'write',
  run: (g, { id, version }) =>
    audited(async (tx) => {
      const found = await lines.findLineForEdit(tx, id);
      if (!found) throw notFound('明细行不存在');
      const before = found.line;
      await editableUnit(tx, g.scope, before.unitId, before.year, found);
      if (before.version !== version || !(await lines.deleteLineAtVersion(tx, id, version))) return conflict(tx, id);
      return { result: { id, deleted: true }, audit: audit(g, 'LINE_DELETE', before, before, null) };
    }),
});

/**
 * Every pasted row against the domain's line rules at once (one reference load, one unit, each
 * named project once): the first problem is the 400, named `lines.<i>.<field>`, and the message
 * lists the rows that fail so the grid can show what the server saw.
 */
async function checkPasted(tx: Tx, unitId: string, year: number, rows: readonly lines.LineData[]): Promise<void> {
  const { reference, unit } = await lines.lineRuleData(tx, { unitId, year, projectId: null });
  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
  const projects = (await Promise.all(projectIds.map((pid) => lines.findProject(tx, pid)))).filter((p) => p !== null);
  const ctx = validationContext({ year, units: unit ? [unit] : [], projects, reference });
  const failing = rows.flatMap((row, i) => {
    const [issue] = lineIssues({ ...row, amountYuan: yuan(row.amountYuan) }, ctx);
    return issue ? [{ i, issue }] : [];
  });
  const [first] = failing;
  if (!first) return;
  const listed = failing.slice(0, 5).map(({ i, issue }) => `第${i + 1}行：${issue.message}`).join('；');
  const more = failing.length > 5 ? `等${failing.length}行` : '';
  throw invalidInput(`lines.${first.i}.${first.issue.field}`, `${listed}${more}。没有保存任何一行，请修正后重试`);
}

/**
 * POST /api/lines/paste, pasteLinesAction: rows pasted from a spreadsheet (or typed as new rows)
 * for one unit-year, saved in one transaction only when every row is valid, one LINE_CREATE
 * audit row per line (so each line's history starts with its paste).
 */
export const pasteLines = defineOperation({
  name: 'line.paste',
  permission: 'line.edit',
  input: pasteLinesSchema,
  kind: 'write',
  run: (g, { unitId, year, lines: pasted }) =>
    audited(async (tx) => {
      await editableUnit(tx, g.scope, unitId, year);
      const rows = pasted.map((r) => ({ unitId, year, ...r }));
      await checkPasted(tx, unitId, year, rows);
      const created: lines.LineRecord[] = [];
      for (const row of rows) created.push(await lines.insertLine(tx, row, g.actor.id));
      return {
        result: { created: created.length, ids: created.map((l) => l.id) },
        audit: created.map((l) => audit(g, 'LINE_CREATE', l, null, l)),
      };
    }),
});
