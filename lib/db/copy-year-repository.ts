/**
 * 复制上年预算, the writing half: what a unit-year holds now, clearing it (when the user confirmed
 * replacing it) and inserting the planned copy (lib/budget/copy-year.ts) with new ids. Call inside
 * the service's transaction.
 */
import { randomUUID } from 'node:crypto';
import type { CopyPlan } from '@/lib/budget/copy-year';
import type { PerformanceForm } from '@/lib/budget/types';
import type { Db } from './client';
import { performanceFormColumns } from './performance-form-row';

export interface UnitYearCounts {
  lines: number;
  projects: number;
  procurement: number;
}

export async function unitYearCounts(db: Db, unitId: string, year: number): Promise<UnitYearCounts> {
  const where = { unitId, year };
  const [lines, projects, procurement] = await Promise.all([db.budgetLine.count({ where }), db.project.count({ where }), db.procurementEntry.count({ where })]);
  return { lines, projects, procurement };
}

/** Removes the unit-year's 采购, lines and projects (forms and indicators go with their project). */
export async function clearUnitYear(tx: Db, unitId: string, year: number): Promise<void> {
  const where = { unitId, year };
  await tx.procurementEntry.deleteMany({ where });
  await tx.budgetLine.deleteMany({ where });
  await tx.project.deleteMany({ where });
}

const money = (v: { toFixed(dp: number): string }) => v.toFixed(2);

function formData(projectId: string, form: PerformanceForm) {
  const indicators = form.indicators.map(({ scope, level1, level2, name, operator, value, measureUnit, text, sortOrder }) => ({ scope, level1, level2, name, operator, value, measureUnit, text, sortOrder }));
  return { ...performanceFormColumns(projectId, form), indicators: { create: indicators } };
}

/** Inserts the plan into the unit's new year; returns the number of rows of each kind. */
export async function insertUnitYear(tx: Db, unitId: string, year: number, plan: CopyPlan, actorId: string): Promise<UnitYearCounts> {
  const projectId = new Map(plan.projects.map((p) => [p.id, randomUUID()]));
  const newId = (id: string | null) => (id === null ? null : (projectId.get(id) ?? null));
  for (const p of plan.projects) {
    const id = newId(p.id) ?? randomUUID();
    await tx.project.create({ data: { id, year, unitId, name: p.name, attribute: p.attribute, periodYears: p.periodYears, sortOrder: p.sortOrder } });
    if (p.performanceForm) await tx.performanceForm.create({ data: formData(id, p.performanceForm) });
  }
  await tx.budgetLine.createMany({
    data: plan.lines.map((l) => ({
      year,
      unitId,
      functionalCode: l.functionalCode,
      deptEconCode: l.deptEconCode,
      govEconOverride: l.govEconOverride,
      kind: l.kind,
      projectId: newId(l.projectId),
      fundingSource: l.fundingSource,
      carryover: l.carryover,
      amountYuan: money(l.amountYuan),
      createdById: actorId,
      updatedById: actorId,
    })),
  });
  await tx.procurementEntry.createMany({
    data: plan.procurement.map((e) => ({ year, unitId, projectId: newId(e.projectId), category: e.category, itemName: e.itemName, amountYuan: money(e.amountYuan) })),
  });
  return { lines: plan.lines.length, projects: plan.projects.length, procurement: plan.procurement.length };
}
