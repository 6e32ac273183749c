/** 项目 removal and merging: the project's lines, 政府采购 entries and 绩效目标申报表 move or go with it. */
import { Prisma, type Db } from './client';
import type { ProjectRecord } from './lines-repository';

/** What hangs on a project: its lines (count, sum in 元), its 政府采购 entries, whether it has a 绩效目标申报表. */
export interface ProjectContents {
  lineCount: number;
  lineTotalYuan: string;
  procurementCount: number;
  procurementTotalYuan: string;
  hasPerformanceForm: boolean;
}

export async function projectContents(db: Db, projectId: string): Promise<ProjectContents> {
  const [lines, procurement, form] = await Promise.all([
    db.budgetLine.aggregate({ where: { projectId }, _count: { _all: true }, _sum: { amountYuan: true } }),
    db.procurementEntry.aggregate({ where: { projectId }, _count: { _all: true }, _sum: { amountYuan: true } }),
    db.performanceForm.count({ where: { projectId } }),
  ]);
  return {
    lineCount: lines._count._all,
    lineTotalYuan: (lines._sum.amountYuan ?? new Prisma.Decimal(0)).toFixed(2),
    procurementCount: procurement._count._all,
    procurementTotalYuan: (procurement._sum.amountYuan ?? new Prisma.Decimal(0)).toFixed(2),
    hasPerformanceForm: form > 0,
  };
}

/** The projects of a unit and year, in their order. */
export function listUnitProjects(db: Db, unitId: string, year: number): Promise<ProjectRecord[]> {
  return db.project.findMany({
    where: { unitId, year },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, year: true, unitId: true, name: true, attribute: true, periodYears: true, sortOrder: true, version: true },
  });
}

/**
 * Deletes the project at `version` with its lines; its 政府采购 entries stay with the unit
 * (without project), its 绩效目标申报表 goes (cascade). False when the version is stale.
 */
export async function deleteProjectAtVersion(tx: Db, id: string, version: number): Promise<boolean> {
  const { count } = await tx.project.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (count !== 1) return false;
  await tx.budgetLine.deleteMany({ where: { projectId: id } });
  await tx.procurementEntry.updateMany({ where: { projectId: id }, data: { projectId: null, version: { increment: 1 } } });
  await tx.project.delete({ where: { id } });
  return true;
}

/**
 * Moves the lines and 政府采购 entries of `source` to `into`, then deletes `source` (and its
 * 绩效目标申报表); `into` keeps its own form and gets a new version. False when a version is stale.
 */
export async function mergeProjectsAtVersion(tx: Db, source: { id: string; version: number }, into: { id: string; version: number }): Promise<boolean> {
  const bumped = await tx.project.updateMany({ where: { id: { in: [source.id, into.id] }, OR: [source, into] }, data: { version: { increment: 1 } } });
  if (bumped.count !== 2) return false;
  await tx.budgetLine.updateMany({ where: { projectId: source.id }, data: { projectId: into.id, version: { increment: 1 } } });
  await tx.procurementEntry.updateMany({ where: { projectId: source.id }, data: { projectId: into.id, version: { increment: 1 } } });
  await tx.project.delete({ where: { id: source.id } });
  return true;
}
