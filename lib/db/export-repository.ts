/**
 * The rows of a workbook export (unit, department or county; a year), in the import format's
 * terms: codes and names, never ids. Ordered as the report orders them (unit, project sortOrder;
 * 政府采购 by creation), so export → import keeps every table's row order.
 */
import type { Workbook } from '@/lib/workbook/types';
import type { PriorFigure } from '@/lib/workbook/format';
import type { Db } from './client';

/** null departmentIds = the whole county. */
export interface ExportFilter {
  departmentIds: readonly string[] | null;
  unitIds?: readonly string[];
}

const PRIOR_FIGURES: readonly PriorFigure[] = [
  'totalIncome', 'totalExpenditure', 'generalPublicCurrent', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation', 'organOperating',
];

export async function loadExport(db: Db, year: number, filter: ExportFilter): Promise<Workbook> {
  const unitWhere = {
    ...(filter.departmentIds !== null && { departmentId: { in: [...filter.departmentIds] } }),
    ...(filter.unitIds && { id: { in: [...filter.unitIds] } }),
  };
  const units = await db.unit.findMany({
    where: unitWhere,
    select: { id: true, code: true, name: true, type: true, department: { select: { id: true, code: true, name: true } } },
    orderBy: [{ department: { code: 'asc' } }, { sortOrder: 'asc' }, { code: 'asc' }],
  });
  const ids = units.map((u) => u.id);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const [projects, lines, procurement, prior] = await Promise.all([
    db.project.findMany({ where: { year, unitId: { in: ids } }, orderBy: [{ unit: { code: 'asc' } }, { sortOrder: 'asc' }, { id: 'asc' }] }),
    db.budgetLine.findMany({
      where: { year, unitId: { in: ids } },
      include: { project: { select: { name: true } } },
      orderBy: [{ unit: { code: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.procurementEntry.findMany({ where: { year, unitId: { in: ids } }, include: { project: { select: { name: true } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    filter.unitIds
      ? Promise.resolve([])
      : db.priorYearFigures.findMany({ where: { year, departmentId: { in: [...new Set(units.map((u) => u.department.id))] } }, include: { department: { select: { code: true } } } }),
  ]);
  const code = (unitId: string) => codeOf.get(unitId) ?? '';
  const numbered = <T>(list: readonly T[]) => list.map((item, i) => ({ ...item, row: i + 2 }));
  return {
    sheets: ['单位', '科目', '项目', '明细', '政府采购', '上年数'],
    units: numbered(units.map((u) => ({ departmentCode: u.department.code, departmentName: u.department.name, unitCode: u.code, unitName: u.name, unitType: u.type }))),
    codes: [],
    projects: numbered(uniqueByName(projects).map((p) => ({ unitCode: code(p.unitId), name: p.name, attribute: p.attribute, periodYears: p.periodYears }))),
    lines: numbered(lines.map((l) => ({
      unitCode: code(l.unitId),
      functionalCode: l.functionalCode,
      deptEconCode: l.deptEconCode,
      kind: l.kind,
      projectName: l.project?.name ?? null,
      fundingSource: l.fundingSource,
      carryover: l.carryover,
      amountYuan: l.amountYuan.toFixed(2),
      note: l.note,
    }))),
    procurement: numbered(procurement.map((p) => ({
      unitCode: code(p.unitId), projectName: p.project?.name ?? null, category: p.category, itemName: p.itemName, amountYuan: p.amountYuan.toFixed(2),
    }))),
    priorYear: numbered(
      prior.flatMap((p) =>
        PRIOR_FIGURES.flatMap((figure) => {
          const value = p[figure];
          return value === null ? [] : [{ departmentCode: p.department.code, figure, amountYuan: value.toFixed(2) }];
        }),
      ),
    ),
  };
}

/**
 * The workbook names a project by unit + name, so a name filed twice in a unit (a duplicate
 * filing, which validation reports as 项目重复申报) is written once: the first by sortOrder.
 */
function uniqueByName<T extends { unitId: string; name: string }>(projects: readonly T[]): T[] {
  const seen = new Set<string>();
  return projects.filter((p) => {
    const key = `${p.unitId}\u0000${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function findDepartmentByCode(db: Db, code: string) {
  return db.department.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
}
