/** 情况说明 on the sample department (support/sample.ts); expectations worked out by hand in comments. */
import { describe, expect, it } from 'vitest';
import { narrativeFigures, narrativeSentences } from '@/lib/budget/narrative';
import { yuan } from '@/lib/budget/money';
import type { DepartmentBudget } from '@/lib/budget/types';
import { sampleDepartment } from './support/sample';
import { performanceFormFor } from './support/forms';

function withPriorYear(): DepartmentBudget {
  const b = sampleDepartment();
  return {
    ...b,
    projects: b.projects.map((p) => (p.id === 'p1' ? { ...p, performanceForm: performanceFormFor('300000') } : p)),
    procurement: [
      { id: 'g1', unitId: 'u1', projectId: 'p1', category: 'GOODS', itemName: '服务器', amountYuan: yuan('300000') },
      { id: 's1', unitId: 'u2', projectId: 'p2', category: 'SERVICES', itemName: '热线外包', amountYuan: yuan('40000') },
    ],
    priorYear: {
      totalIncome: yuan('600000'),
      totalExpenditure: yuan('600000'),
      generalPublicCurrent: yuan('500000'),
      threePublic: { abroad: yuan('0'), reception: yuan('3800'), vehiclePurchase: yuan('0'), vehicleOperation: yuan('1000') },
      organOperating: null,
    },
    narrative: { changeReason: '新增信息化项目。', threePublicChangeReason: null, organOperatingChangeReason: null },
  };
}

const b = withPriorYear();
const f = narrativeFigures(b);
const text = (key: string) => narrativeSentences(b, f).find((s) => s.key === key)?.text;

describe('narrative figures', () => {
  it('totals and change: 696,350.50 vs 600,000 → +96,350.50 (16.06%)', () => {
    expect(f.totalIncome.current.toFixed(2)).toBe('696350.50');
    expect(f.totalIncome.change?.toFixed(2)).toBe('96350.50');
    expect(f.totalIncome.rate?.toFixed(2)).toBe('16.06');
    expect(f.currentIncome.toFixed(2)).toBe('548600.50');
    expect(f.carryover.toFixed(2)).toBe('147750.00');
  });

  it('income shares over 收入总计 including 上年结转', () => {
    expect(f.incomeShares.GENERAL_PUBLIC.share?.toFixed(2)).toBe('73.04'); // 508,600.50 / 696,350.50
    expect(f.incomeShares.UNIT_FUNDS.share?.toFixed(2)).toBe('5.74'); // 40,000 / 696,350.50
    expect(f.incomeShares.CARRYOVER.share?.toFixed(2)).toBe('21.22'); // 147,750 / 696,350.50
    expect(f.incomeShares.GOV_FUND.share?.toFixed(2)).toBe('0.00');
    expect(f.basicShare.share?.toFixed(2)).toBe('29.96');
    expect(f.projectShare.share?.toFixed(2)).toBe('70.04');
  });

  it('一般公共预算 当年拨款, 基本支出 split and item names in code order', () => {
    expect(f.generalPublicCurrent.change?.toFixed(2)).toBe('8600.50');
    expect(f.generalPublicCurrent.rate?.toFixed(2)).toBe('1.72');
    expect(f.generalPublicByClass.map((c) => [c.code, c.amount.toFixed(2)])).toEqual([['201', '478600.50'], ['208', '30000.00']]);
    expect(f.basic.personnel.toFixed(2)).toBe('180000.00');
    expect(f.basic.personnelItems).toEqual(['基本工资', '机关事业单位基本养老保险缴费']);
    expect(f.basic.public.toFixed(2)).toBe('28600.50');
    expect(f.basic.publicItems).toEqual(['办公费', '公务接待费']);
  });

  it('三公, 机关运行经费, 政府采购, 绩效', () => {
    expect(f.threePublic.total.current.toFixed(2)).toBe('3600.00');
    expect(f.threePublic.total.change?.toFixed(2)).toBe('-1200.00'); // prior 0 + 3,800 + 0 + 1,000
    expect(f.organOperating.current.toFixed(2)).toBe('23600.50');
    expect(f.organOperating.change).toBeNull();
    expect(f.procurement.total.toFixed(2)).toBe('340000.00');
    expect(f.performance).toEqual({ projectCount: 1, generalPublicCurrent: yuan('300000') });
  });

  it('changes are null when last year is unknown', () => {
    const g = narrativeFigures(sampleDepartment());
    expect([g.totalIncome.change, g.totalIncome.rate, g.threePublic.total.prior]).toEqual([null, null, null]);
  });
});

describe('narrative sentences', () => {
  it('一、 with thousands separators, change and the department’s reason', () => {
    expect(text('changes')).toBe(
      '2023年度预算收入总计69.64万元，其中：本年收入54.86万元，上年结转14.78万元，比上年增加9.64万元、增长16.06%，主要原因是新增信息化项目；' +
        '本年部门预算支出总计69.64万元，其中：本年预算安排54.86万元，上年结转14.78万元，比上年增加9.64万元、增长16.06%，主要原因是新增信息化项目。',
    );
  });

  it('七、三公 item by item', () => {
    expect(text('threePublic')).toBe(
      // 3,600 vs 4,800 → −1,200 (−25.00%); 接待 3,600 vs 3,800 → −200, −200/3,800 = −5.263% → 5.26%;
      // 车辆运行 0 vs 1,000 → −1,000 (−100.00%); 出国 and 购置 0 vs 0 → 持平.
      '2023年财政拨款安排的“三公”经费预算0.36万元，比2022年同口径减少0.12万元、下降25.00%。' +
        '其中：因公出国（境）费0.00万元，与上年持平；公务接待费0.36万元，比上年减少0.02万元、下降5.26%；' +
        '公务用车购置费0.00万元，与上年持平；公务用车运行维护费0.00万元，比上年减少0.10万元、下降100.00%。',
    );
  });

  it('entered reasons per 功能 项 and per 三公 item are quoted where the change is stated', () => {
    // 项 totals (every line): 2010306 = 100,000 + 20,000.50 + 2,800 + 800 + 300,000 + 147,750 + 5,000 = 576,350.50
    // against 500,000 → +76,350.50 (7.64万元, 15.27%); 2080505 30,000 against 40,000 → −1.00万元, −25.00%;
    // 2010301 dropped: 0 against 10,000 → −1.00万元, −100.00%; 2010699 90,000 = 90,000: no change, not quoted.
    const withReasons: DepartmentBudget = {
      ...b,
      priorFunctional: { '2010301': yuan('10000'), '2010306': yuan('500000'), '2010699': yuan('90000'), '2080505': yuan('40000') },
      changeReasons: {
        'functional:2010301': '职能划转。',
        'functional:2010306': '新增信息化项目',
        'functional:2010699': '不应出现',
        'functional:2080505': '人员退休；',
        'threePublic:reception': '接待任务减少。',
      },
    };
    const said = (key: string) => narrativeSentences(withReasons, narrativeFigures(withReasons)).find((s) => s.key === key)?.text;
    expect(said('changes')).toBe(
      '2023年度预算收入总计69.64万元，其中：本年收入54.86万元，上年结转14.78万元，比上年增加9.64万元、增长16.06%，主要原因是新增信息化项目；' +
        '本年部门预算支出总计69.64万元，其中：本年预算安排54.86万元，上年结转14.78万元，比上年增加9.64万元、增长16.06%，主要原因是新增信息化项目。' +
        '其中，按功能分类项级科目：行政运行（2010301）0.00万元，比上年减少1.00万元、下降100.00%，主要原因是职能划转；' +
        '政务公开审批（2010306）57.64万元，比上年增加7.64万元、增长15.27%，主要原因是新增信息化项目；' +
        '机关事业单位基本养老保险缴费支出（2080505）3.00万元，比上年减少1.00万元、下降25.00%，主要原因是人员退休。',
    );
    expect(said('threePublic')).toBe(
      '2023年财政拨款安排的“三公”经费预算0.36万元，比2022年同口径减少0.12万元、下降25.00%。' +
        '其中：因公出国（境）费0.00万元，与上年持平；公务接待费0.36万元，比上年减少0.02万元、下降5.26%，主要原因是接待任务减少；' +
        '公务用车购置费0.00万元，与上年持平；公务用车运行维护费0.00万元，比上年减少0.10万元、下降100.00%。',
    );
  });

  it('without 上年数 per 项 no 项 sentence is written, even with reasons stored', () => {
    const noPrior: DepartmentBudget = { ...b, changeReasons: { 'functional:2010306': '新增信息化项目' } };
    expect(narrativeSentences(noPrior, narrativeFigures(noPrior)).find((s) => s.key === 'changes')?.text).not.toContain('功能分类项级科目');
  });

  it('leaves out comparisons when last year is unknown', () => {
    const s = sampleDepartment();
    const sentences = narrativeSentences(s, narrativeFigures(s));
    expect(sentences.find((x) => x.key === 'changes')?.text).not.toContain('比上年');
    expect(sentences.find((x) => x.key === 'organOperating')?.text).toBe('2023年机关运行经费预算2.36万元。');
  });

  it('九、政府采购 and 十、绩效', () => {
    expect(text('procurement')).toBe('2023年测试县某某局各单位政府采购预算总额34.00万元。其中：政府采购货物预算30.00万元、政府采购工程预算0.00万元、政府采购服务预算4.00万元。');
    expect(text('performance')).toBe('2023年测试县某某局实行绩效目标管理的项目1个，涉及一般公共预算当年拨款30.00万元。');
  });

  it('large amounts get thousands separators', () => {
    const big = { ...b, priorYear: { ...b.priorYear, generalPublicCurrent: yuan('123456789.00') } };
    expect(narrativeSentences(big, narrativeFigures(big)).find((x) => x.key === 'generalPublicScale')?.text).toBe(
      // 508,600.50 − 123,456,789.00 = −122,948,188.50 元 → 12,294.82万元; rate −99.59%
      '2023年度一般公共预算当年拨款50.86万元，比上年减少12,294.82万元、下降99.59%。',
    );
  });
});
