/**
 * Demo department-year: 柳林县行政审批服务管理局 (045), 2023 — the department of the example report
 * (docs/domain.md §10), rebuilt as REAL input data in 元:
 * units, budget lines, projects with their 绩效目标申报表, 政府采购 entries, 上年数 and narrative texts.
 * Nothing here is a derived figure: the disclosure tables and the 情况说明 are derived from it by
 * lib/budget, and tests/budget/golden.test.ts checks that they come out exactly as printed.
 *
 * How the 元 amounts were chosen (the rounding puzzle) is explained in ./liulin-2023/lines.ts.
 */
import { yuan } from '../../../lib/budget/money';
import type {
  BudgetLine,
  Department,
  DepartmentBudget,
  NarrativeTexts,
  PriorYearFigures,
  ProcurementCategory,
  ProcurementEntry,
  Project,
  ProjectAttribute,
  ReferenceData,
  Unit,
} from '../../../lib/budget/types';
import { demoLines, type ProjectKey, type UnitKey } from './liulin-2023/lines';
import { citizenCentreEmptyFiling, performanceForms } from './liulin-2023/performance-forms';
import {
  CHANGE_REASON,
  ORGAN_OPERATING_CHANGE_REASON,
  THREE_PUBLIC_CHANGE_REASON,
} from './liulin-2023/narrative';

export { demoLines, type DemoLine, type ProjectKey, type UnitKey } from './liulin-2023/lines';
export { basicSpendingForms, type BasicSpendingForm } from './liulin-2023/performance-forms';
export { narrativeSections as liulin2023NarrativeSections, type NarrativeSectionSeed } from './liulin-2023/narrative';

export const LIULIN_2023_YEAR = 2023;

export const liulin2023Department: Readonly<Department> = { code: '045', name: '柳林县行政审批服务管理局' };

/** Where the seed needs more than the domain Unit: staffing and vehicles, from 说明 一/二/十一. */
export interface UnitFacts {
  /** 编制数; null where the report gives none. */
  staffingQuota: number | null;
  /** 实有（在职）人数. */
  actualStaff: number | null;
  /** 公务用车数. */
  vehicles: number;
}

interface DemoUnit extends Unit {
  key: UnitKey;
  facts: UnitFacts;
}

/**
 * Both centres are 参公事业单位 (参照公务员法管理) and sit on the 事业 side of the 经济分类 对照
 * (their 表6 rows are 50501/50502), but as 参公 units their 公用经费 counts as 机关运行经费 (表11).
 *
 * Staffing: the bureau has 机关行政编制 15 and 在职公务员 10 (说明二). The same paragraph says
 * "在职事业人员40名"; the bureau itself is an organ, so these 40 are recorded as the staff of
 * 政务服务中心 (whose own paragraph gives no figures). 政府采购中心: 编制 10, 在职 10.
 * Vehicles (说明十一): 2 in total, 1 at the bureau, 1 at 政府采购中心.
 */
const units: readonly DemoUnit[] = [
  {
    key: 'bureau',
    id: 'u-045001',
    code: '045001',
    name: '柳林县行政审批服务管理局',
    type: 'ADMINISTRATIVE',
    govEconCategory: 'ORGAN',
    sortOrder: 1,
    facts: { staffingQuota: 15, actualStaff: 10, vehicles: 1 },
  },
  {
    key: 'serviceCentre',
    id: 'u-045002',
    code: '045002',
    name: '柳林县政务服务中心',
    type: 'CIVIL_SERVICE_INSTITUTION',
    govEconCategory: 'INSTITUTION',
    sortOrder: 2,
    facts: { staffingQuota: null, actualStaff: 40, vehicles: 0 },
  },
  {
    key: 'procurementCentre',
    id: 'u-045003',
    code: '045003',
    name: '柳林县政府采购中心',
    type: 'CIVIL_SERVICE_INSTITUTION',
    govEconCategory: 'INSTITUTION',
    sortOrder: 3,
    facts: { staffingQuota: 10, actualStaff: 10, vehicles: 1 },
  },
];

const unitIdOf = (key: UnitKey): string => {
  const unit = units.find((u) => u.key === key);
  if (!unit) throw new Error(`unknown unit ${key}`);
  return unit.id;
};

/** Unit facts by unit id (for the seed). */
export const liulin2023UnitFacts: Readonly<Record<string, UnitFacts>> = Object.fromEntries(
  units.map((u) => [u.id, { ...u.facts }]),
);

interface DemoProject {
  key: ProjectKey;
  unit: UnitKey;
  name: string;
  attribute: ProjectAttribute;
  periodYears: number;
  sortOrder: number;
}

/** 表12 (本年) and 表13 (上年结转) projects, in printed order per unit. All are 一次性项目（1年结束）. */
const projects: readonly DemoProject[] = [
  { key: 'citizenCentreUpgrade', unit: 'bureau', name: '拨付市民服务中心信息化升级改造搬迁及政务服务标准化项目资金', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 1 },
  { key: 'workFunds', unit: 'bureau', name: '工作经费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 2 },
  { key: 'equipmentMaintenance', unit: 'bureau', name: '设备维修及保养费用', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 3 },
  { key: 'bureauOfficeEquipment', unit: 'bureau', name: '办公设备购置', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 4 },
  { key: 'enterprisePolicy', unit: 'bureau', name: '惠企政策梳理及运营服务费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 5 },
  { key: 'hallRelocation', unit: 'bureau', name: '政务大厅搬迁经费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 6 },
  { key: 'hotline12345', unit: 'serviceCentre', name: '12345热线保障经费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 1 },
  { key: 'centreOfficeEquipment', unit: 'serviceCentre', name: '办公设备购置', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 2 },
  { key: 'dailyRepairs', unit: 'serviceCentre', name: '日常维修', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 3 },
  { key: 'centreBusinessFunds', unit: 'serviceCentre', name: '业务经费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 4 },
  { key: 'caCertificates', unit: 'procurementCentre', name: 'CA数字证书服务费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 1 },
  { key: 'specialBusinessFunds', unit: 'procurementCentre', name: '专项业务工作经费', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 2 },
];

const projectIdOf = (key: ProjectKey): string => `p-${key}`;

/**
 * THE DUPLICATE FILING. The example files 拨付市民服务中心信息化升级改造搬迁及政务服务标准化项目资金 twice:
 * once with 0 元 (and no 年度 indicators), once with 1,680,000 元. A project has at most one form
 * (PerformanceForm.projectId is unique), so the 0-元 filing is what the source system evidently had: a
 * second project record with the same name in the same unit, without budget lines. It is kept as such
 * (id below, sortOrder after the real one) so that validation can report "项目重复申报" and the 0-元 form;
 * having no lines, it contributes nothing to any table (the example's 表12 lists the project once).
 */
export const DUPLICATE_FILING_PROJECT_ID = 'p-citizenCentreUpgrade-duplicate';

/**
 * 政府采购预算 (说明九: 总额 280.75 = 货物 250.75 + 工程 0 + 服务 30.00 万元). The report gives only the
 * totals; the items are designed to fit the projects and lines: goods are the 办公设备/信息化 purchases
 * (31002/31007 lines), services the CA certificates and maintenance contracts.
 */
const procurement: ReadonlyArray<{ unit: UnitKey; project: ProjectKey | null; category: ProcurementCategory; itemName: string; amountYuan: string }> = [
  { unit: 'bureau', project: 'citizenCentreUpgrade', category: 'GOODS', itemName: '政务服务平台软件、网络设备及窗口终端', amountYuan: '1500000.00' },
  { unit: 'bureau', project: 'bureauOfficeEquipment', category: 'GOODS', itemName: '办公设备（计算机、打印机、复印机等）', amountYuan: '500000.00' },
  { unit: 'bureau', project: 'hallRelocation', category: 'GOODS', itemName: '新政务大厅排队叫号系统及自助终端', amountYuan: '447463.20' },
  { unit: 'bureau', project: null, category: 'GOODS', itemName: '办公设备（基本支出）', amountYuan: '10000.00' },
  { unit: 'serviceCentre', project: 'centreOfficeEquipment', category: 'GOODS', itemName: '办公设备', amountYuan: '50000.00' },
  { unit: 'bureau', project: 'equipmentMaintenance', category: 'SERVICES', itemName: '设备维修及保养服务', amountYuan: '80000.00' },
  { unit: 'serviceCentre', project: 'dailyRepairs', category: 'SERVICES', itemName: '办公场所日常维修服务', amountYuan: '20000.00' },
  { unit: 'procurementCentre', project: 'caCertificates', category: 'SERVICES', itemName: 'CA数字证书服务', amountYuan: '200000.00' },
];

/**
 * 上年数 (2022 budget). Only the comparisons are printed: 收支总计 +319.19 (+36.84%), 一般公共预算当年拨款
 * 1,069.78 +203.27 (+23.46%), 三公 4.86 vs 4.88 (接待 −0.02, 车 same, others 0). 8,665,083.27 元 (866.51 万元)
 * reproduces all four figures whether the difference is taken in 元 or between displayed values:
 * 11,856,970.06 − 8,665,083.27 = 3,191,886.79 (319.19, 36.84%); 10,697,820.06 − 8,665,083.27 = 2,032,736.79
 * (203.27, 23.46%). 2022 had no 上年结转, so 收入总计 = 一般公共预算当年拨款. 机关运行经费 of 2022 is not
 * printed and cannot be derived: null.
 */
const PRIOR_TOTAL = '8665083.27';

/** The department's free-text reasons (情况说明 一, 七, 八). */
export const liulin2023Narrative: Readonly<NarrativeTexts> = {
  changeReason: CHANGE_REASON,
  threePublicChangeReason: THREE_PUBLIC_CHANGE_REASON,
  organOperatingChangeReason: ORGAN_OPERATING_CHANGE_REASON,
};

/** Fresh Unit objects (without the demo-only key and facts). */
export function liulin2023Units(): Unit[] {
  return units.map(({ id, code, name, type, govEconCategory, sortOrder }) => ({ id, code, name, type, govEconCategory, sortOrder }));
}

export function liulin2023Lines(): BudgetLine[] {
  return demoLines.map((line, index) => ({
    id: `l-045-${String(index + 1).padStart(3, '0')}`,
    unitId: unitIdOf(line.unit),
    functionalCode: line.functionalCode,
    deptEconCode: line.deptEconCode,
    govEconOverride: null,
    kind: line.kind,
    projectId: line.project ? projectIdOf(line.project) : null,
    fundingSource: 'GENERAL_PUBLIC',
    carryover: line.carryover,
    amountYuan: yuan(line.amountYuan),
  }));
}

export function liulin2023Projects(): Project[] {
  const real: Project[] = projects.map((p) => ({
    id: projectIdOf(p.key),
    unitId: unitIdOf(p.unit),
    name: p.name,
    attribute: p.attribute,
    periodYears: p.periodYears,
    sortOrder: p.sortOrder,
    performanceForm: performanceForms[p.key] ?? null,
  }));
  const original = projects[0]!;
  const duplicate: Project = {
    id: DUPLICATE_FILING_PROJECT_ID,
    unitId: unitIdOf(original.unit),
    name: original.name,
    attribute: original.attribute,
    periodYears: original.periodYears,
    sortOrder: projects.filter((p) => p.unit === original.unit).length + 1,
    performanceForm: citizenCentreEmptyFiling,
  };
  return [...real, duplicate];
}

export function liulin2023Procurement(): ProcurementEntry[] {
  return procurement.map((entry, index) => ({
    id: `gp-045-${String(index + 1).padStart(2, '0')}`,
    unitId: unitIdOf(entry.unit),
    projectId: entry.project ? projectIdOf(entry.project) : null,
    category: entry.category,
    itemName: entry.itemName,
    amountYuan: yuan(entry.amountYuan),
  }));
}

export function liulin2023PriorYear(): PriorYearFigures {
  return {
    totalIncome: yuan(PRIOR_TOTAL),
    totalExpenditure: yuan(PRIOR_TOTAL),
    generalPublicCurrent: yuan(PRIOR_TOTAL),
    threePublic: {
      abroad: yuan('0'),
      reception: yuan('3800.00'),
      vehiclePurchase: yuan('0'),
      vehicleOperation: yuan('45000.00'),
    },
    organOperating: null,
  };
}

/** The pure input of the derivation for 045 / 2023. Every call returns fresh lines, units, projects and entries (the form objects are shared: treat them as immutable). */
export function liulin2023Budget(reference: ReferenceData): DepartmentBudget {
  return {
    department: { ...liulin2023Department },
    year: LIULIN_2023_YEAR,
    units: liulin2023Units(),
    lines: liulin2023Lines(),
    projects: liulin2023Projects(),
    procurement: liulin2023Procurement(),
    priorYear: liulin2023PriorYear(),
    narrative: { ...liulin2023Narrative },
    // 2022 is not in the system as an accepted budget: no 上年数 per 功能 项. The 三公 items move by
    // less than 10 % (接待 3,800 → 3,600, −5.26 %; the others unchanged), so no reason is required.
    priorFunctional: null,
    changeReasons: {},
    reference,
  };
}
