/**
 * The benchmark's synthetic county, reproducible from a seed: 150 departments of uneven size,
 * 3 units each (行政, 参公, 其他事业), 20 projects each, 100,000 lines in 元 over the year's
 * reference codes. Amounts are generated as integer 分 and written as fixed-point strings.
 */
import type { BenchDataset, BenchLine, BenchUnit } from './repository';

export const SCALE = { departments: 150, units: 450, projects: 3000, lines: 100_000 } as const;
const UNITS_PER_DEPARTMENT = SCALE.units / SCALE.departments;
const PROJECTS_PER_DEPARTMENT = SCALE.projects / SCALE.departments;
const FIRST_CODE = 800; // synthetic department codes 800–949 at 1×, clear of real ones
/** Department codes are 3 digits (CHECK inv_department_code): one county holds at most 1,000 departments. */
export const MAX_DEPARTMENTS = 1000;

export interface CountySize {
  departments: number;
  units: number;
  projects: number;
  lines: number;
}

/**
 * The county at `factor` × SCALE (npm run bench -- --scale 0.1: 15 departments, 10,000 lines).
 * Departments scale with the lines, so a department keeps its size, up to the 1,000 that 3-digit
 * codes allow: at 10× the county has 1,000 departments (not 1,500) and 1,000,000 lines, codes
 * wrapping from 800–999 to 000–799.
 */
export function scaledCounty(factor: number): CountySize {
  if (!(factor > 0)) throw new Error(`bench: scale must be positive, got ${factor}`);
  const departments = Math.min(MAX_DEPARTMENTS, Math.max(1, Math.round(SCALE.departments * factor)));
  return {
    departments,
    units: departments * UNITS_PER_DEPARTMENT,
    projects: departments * PROJECTS_PER_DEPARTMENT,
    lines: Math.round(SCALE.lines * factor),
  };
}

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic UUID-shaped ids: kind nibble + counter. */
function id(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-800${kind}-${hex}`;
}

function cents(amount: number): string {
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

const SOURCES: readonly [BenchLine['fundingSource'], number][] = [
  ['GENERAL_PUBLIC', 0.75],
  ['GOV_FUND', 0.08],
  ['STATE_CAPITAL', 0.02],
  ['SPECIAL_ACCOUNT', 0.05],
  ['UNIT_FUNDS', 0.1],
];

export interface GeneratedCounty extends BenchDataset {
  largestDepartment: number;
  linesOf(departmentId: string): number;
}

export function generateCounty(codes: { functional: string[]; deptEcon: string[] }, seed: number, size: CountySize = SCALE): GeneratedCounty {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('bench: empty code list (is the reference data seeded?)');
    return item;
  };
  const source = (): BenchLine['fundingSource'] => {
    let r = random();
    for (const [name, weight] of SOURCES) if ((r -= weight) < 0) return name;
    return 'GENERAL_PUBLIC';
  };
  const basicEcon = codes.deptEcon.filter((c) => ['301', '302', '303', '310'].includes(c.slice(0, 3)));
  const projectEcon = codes.deptEcon.filter((c) => ['302', '310'].includes(c.slice(0, 3)));

  // Uneven department sizes (0.5×–1.5× the mean), summing to exactly size.lines.
  const weights = Array.from({ length: size.departments }, () => 0.5 + random());
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / totalWeight) * size.lines));
  sizes[0] = (sizes[0] ?? 0) + size.lines - sizes.reduce((a, b) => a + b, 0);

  const data: BenchDataset = { departments: [], units: [], projects: [], lines: [] };
  const lineCount = new Map<string, number>();
  sizes.forEach((size, d) => {
    const code = String((FIRST_CODE + d) % MAX_DEPARTMENTS).padStart(3, '0');
    const department = { id: id(1, d + 1), code, name: `基准测试部门${code}` };
    data.departments.push(department);
    lineCount.set(department.id, size);
    const types: BenchUnit['type'][] = ['ADMINISTRATIVE', 'CIVIL_SERVICE_INSTITUTION', 'OTHER_INSTITUTION'];
    const units = types.slice(0, UNITS_PER_DEPARTMENT).map((type, u) => ({
      id: id(2, d * UNITS_PER_DEPARTMENT + u + 1),
      departmentId: department.id,
      code: `${code}${String(u + 1).padStart(3, '0')}`,
      name: `${department.name}第${u + 1}单位`,
      type,
      govEconCategory: type === 'ADMINISTRATIVE' ? ('ORGAN' as const) : ('INSTITUTION' as const),
      sortOrder: u + 1,
    }));
    data.units.push(...units);
    const projects = Array.from({ length: PROJECTS_PER_DEPARTMENT }, (_, p) => {
      const unit = units[p % units.length] ?? units[0];
      if (!unit) throw new Error('bench: no unit');
      return {
        id: id(3, d * PROJECTS_PER_DEPARTMENT + p + 1),
        unitId: unit.id,
        name: `${unit.name}项目${p + 1}`,
        attribute: random() < 0.6 ? ('ONE_OFF' as const) : ('RECURRING' as const),
        sortOrder: p + 1,
      };
    });
    data.projects.push(...projects);
    // Each department spends on a handful of 功能 项.
    const functional = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(codes.functional));
    for (let i = 0; i < size; i++) {
      const isProject = random() < 0.35;
      const project = isProject ? pick(projects) : null;
      const unitId = project ? project.unitId : pick(units).id;
      data.lines.push({
        id: id(4, data.lines.length + 1),
        unitId,
        functionalCode: pick(functional),
        deptEconCode: pick(isProject ? projectEcon : basicEcon),
        kind: isProject ? 'PROJECT' : 'BASIC',
        projectId: project?.id ?? null,
        fundingSource: source(),
        carryover: isProject && random() < 0.1,
        amountYuan: cents(100_00 + Math.floor(random() * 200_000_00)),
      });
    }
  });
  const largestDepartment = sizes.indexOf(Math.max(...sizes));
  return { ...data, largestDepartment, linesOf: (departmentId) => lineCount.get(departmentId) ?? 0 };
}
