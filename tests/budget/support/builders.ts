/** Hand-built departments for tests: defaults for every field, amounts always as 元 strings. */
import { yuan } from '@/lib/budget/money';
import type { BudgetLine, DepartmentBudget, Project, Unit, UnitType } from '@/lib/budget/types';
import { testReference } from './reference';

export function unit(id: string, type: UnitType, sortOrder = 1, name = `单位${id}`): Unit {
  return {
    id,
    code: `045${String(sortOrder).padStart(3, '0')}`,
    name,
    type,
    govEconCategory: type === 'ADMINISTRATIVE' ? 'ORGAN' : 'INSTITUTION',
    sortOrder,
  };
}

export function project(id: string, unitId: string, name: string, sortOrder = 1): Project {
  return { id, unitId, name, attribute: 'ONE_OFF', periodYears: 1, sortOrder, performanceForm: null };
}

type LineInput = Partial<Omit<BudgetLine, 'amountYuan'>> & { amount: string };

let lineCounter = 0;
export function line(input: LineInput): BudgetLine {
  lineCounter += 1;
  const { amount, ...rest } = input;
  return {
    id: `L${lineCounter}`,
    unitId: 'u1',
    functionalCode: '2010306',
    deptEconCode: '30101',
    govEconOverride: null,
    kind: 'BASIC',
    projectId: null,
    fundingSource: 'GENERAL_PUBLIC',
    carryover: false,
    ...rest,
    amountYuan: yuan(amount),
  };
}

export function department(parts: Partial<DepartmentBudget> = {}): DepartmentBudget {
  return {
    department: { code: '045', name: '测试县某某局' },
    year: 2023,
    units: [unit('u1', 'ADMINISTRATIVE')],
    lines: [],
    projects: [],
    procurement: [],
    priorYear: {
      totalIncome: null,
      totalExpenditure: null,
      generalPublicCurrent: null,
      threePublic: { abroad: null, reception: null, vehiclePurchase: null, vehicleOperation: null },
      organOperating: null,
    },
    narrative: { changeReason: null, threePublicChangeReason: null, organOperatingChangeReason: null },
    reference: testReference(),
    ...parts,
  };
}
