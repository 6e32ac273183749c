/**
 * fast-check generators of random but valid departments: several units of each type,
 * random 功能/经济 codes from the test reference set, all five sources, carryover, projects
 * (some with a 绩效目标申报表 whose funds match their lines) and 政府采购 entries.
 */
import fc from 'fast-check';
import { FUNDING_SOURCES, type BudgetLine, type DepartmentBudget, type Project, type Unit, type UnitType } from '@/lib/budget/types';
import { yuan } from '@/lib/budget/money';
import { department } from './builders';
import { BASIC_ECON_ITEMS, FUNCTIONAL_ITEMS } from './reference';
import { performanceFormFor } from './forms';

const UNIT_TYPES: UnitType[] = ['ADMINISTRATIVE', 'CIVIL_SERVICE_INSTITUTION', 'OTHER_INSTITUTION'];

/** 元 amounts with 分: mostly small, sometimes large, often on the awkward half-万元-cent (…50 元). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 100_000_00 }),
  fc.integer({ min: 0, max: 2_000 }).map((k) => k * 100_00 + 50_00),
  fc.bigInt({ min: 0n, max: 10n ** 13n }).map(Number),
).map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

const lineShape = fc.record({
  unit: fc.nat(),
  project: fc.nat(),
  isProject: fc.boolean(),
  functionalCode: fc.constantFrom(...FUNCTIONAL_ITEMS),
  deptEconCode: fc.constantFrom(...BASIC_ECON_ITEMS),
  fundingSource: fc.constantFrom(...FUNDING_SOURCES),
  carryover: fc.integer({ min: 0, max: 3 }).map((n) => n === 0), // one line in four carried over
  amount,
});

export const departmentArb: fc.Arbitrary<DepartmentBudget> = fc
  .record({
    unitCounts: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    sortOrders: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
    projects: fc.array(fc.record({ unit: fc.nat(), sortOrder: fc.integer({ min: 1, max: 3 }), name: fc.constantFrom('信息化', '热线', '搬迁', '维修'), form: fc.boolean() }), { maxLength: 6 }),
    lines: fc.array(lineShape, { maxLength: 30 }),
    procurement: fc.array(fc.record({ unit: fc.nat(), category: fc.constantFrom('GOODS' as const, 'WORKS' as const, 'SERVICES' as const), amount }), { maxLength: 3 }),
  })
  .map(({ unitCounts, sortOrders, projects: projectShapes, lines: lineShapes, procurement }) => {
    const units: Unit[] = UNIT_TYPES.flatMap((type, t) =>
      Array.from({ length: unitCounts[t] ?? 1 }, (_, k) => {
        const index = t * 2 + k;
        return {
          id: `u${index}`,
          code: `045${String(index).padStart(3, '0')}`,
          name: `单位${index}`,
          type,
          govEconCategory: type === 'ADMINISTRATIVE' ? ('ORGAN' as const) : ('INSTITUTION' as const),
          sortOrder: sortOrders[index] ?? 1,
        };
      }),
    );
    const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % items.length];
    const projects: Project[] = projectShapes.map((p, i) => ({
      id: `p${i}`,
      unitId: pick(units, p.unit)?.id ?? 'u0',
      name: `${p.name}${i}`,
      attribute: 'ONE_OFF',
      periodYears: 1,
      sortOrder: p.sortOrder,
      performanceForm: null,
    }));
    const lines: BudgetLine[] = lineShapes.map((s, i) => {
      const unitId = pick(units, s.unit)?.id ?? 'u0';
      const own = projects.filter((p) => p.unitId === unitId);
      const project = s.isProject ? pick(own, s.project) : undefined;
      return {
        id: `L${i}`,
        unitId,
        functionalCode: s.functionalCode,
        deptEconCode: s.deptEconCode,
        govEconOverride: null,
        kind: project ? 'PROJECT' : 'BASIC',
        projectId: project?.id ?? null,
        fundingSource: s.fundingSource,
        carryover: s.carryover,
        amountYuan: yuan(s.amount),
      };
    });
    const withForms = projects.map((p, i) => {
      if (!projectShapes[i]?.form) return p;
      const total = lines.filter((l) => l.projectId === p.id).reduce((acc, l) => acc.plus(l.amountYuan), yuan('0'));
      return { ...p, performanceForm: performanceFormFor(total.toFixed(2)) };
    });
    return department({
      units,
      projects: withForms,
      lines,
      procurement: procurement.map((e, i) => ({ id: `g${i}`, unitId: pick(units, e.unit)?.id ?? 'u0', projectId: null, category: e.category, itemName: `采购${i}`, amountYuan: yuan(e.amount) })),
    });
  });

/** A deterministic shuffle (seeded LCG) of a copy. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    const a = copy[i];
    const b = copy[j];
    if (a === undefined || b === undefined) continue;
    copy[i] = b;
    copy[j] = a;
  }
  return copy;
}
