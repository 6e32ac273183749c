/**
 * 上年数: which source wins, how an accepted year's exact 元 figures are checked against its published
 * 万元 snapshot, and the year-on-year sentences built from them. Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { yuan } from '@/lib/budget/money';
import { change, changeClause } from '@/lib/budget/narrative';
import { PRIOR_YEAR_KEYS, byPriorYearKey, priorYearSourceText, publishedValues, resolvePriorYear, type PriorYearKey, type PriorYearValues } from '@/lib/budget/prior-year';

function values(entries: Partial<Record<PriorYearKey, string>>): PriorYearValues {
  const out: Partial<PriorYearValues> = {};
  for (const k of PRIOR_YEAR_KEYS) out[k] = entries[k] === undefined ? null : yuan(entries[k]);
  return { ...emptyValues, ...out };
}
const emptyValues: PriorYearValues = {
  totalIncome: null,
  totalExpenditure: null,
  generalPublicCurrent: null,
  abroad: null,
  reception: null,
  vehiclePurchase: null,
  vehicleOperation: null,
  organOperating: null,
};
const text = (v: PriorYearValues) => byPriorYearKey((k) => v[k]?.toFixed(2) ?? null);

describe('resolvePriorYear', () => {
  it('takes every figure of the accepted report and fills the rest from the entries', () => {
    const published = { year: 2023, values: values({ totalIncome: '11856970.06', reception: '3600.00' }) };
    const entered = values({ totalIncome: '1.00', abroad: '0.00', organOperating: '574800.00' });
    const r = resolvePriorYear(published, entered);
    expect(r.figures.totalIncome?.toFixed(2)).toBe('11856970.06'); // the report wins over the entry 1.00
    expect(r.figures.threePublic.reception?.toFixed(2)).toBe('3600.00');
    expect(r.figures.threePublic.abroad?.toFixed(2)).toBe('0.00'); // entered 0 is known, not unknown
    expect(r.figures.organOperating?.toFixed(2)).toBe('574800.00');
    expect(r.figures.generalPublicCurrent).toBeNull();
    expect(r.sources).toEqual({
      totalIncome: 'PUBLISHED',
      totalExpenditure: null,
      generalPublicCurrent: null,
      abroad: 'ENTERED',
      reception: 'PUBLISHED',
      vehiclePurchase: null,
      vehicleOperation: null,
      organOperating: 'ENTERED',
    });
    expect(priorYearSourceText(r)).toBe(
      '上年数来源：收入总计、公务接待费取自2023年度批复的部门预算；因公出国（境）费、机关运行经费由部门填报；' +
        '支出总计、一般公共预算当年拨款、公务用车购置费、公务用车运行维护费未提供，不作比较。',
    );
  });

  it('without an accepted report, the entries are the 上年数', () => {
    const r = resolvePriorYear(null, values({ totalIncome: '600000.00' }));
    expect(r.publishedYear).toBeNull();
    expect(r.sources.totalIncome).toBe('ENTERED');
    expect(r.sources.reception).toBeNull();
  });
});

describe('publishedValues', () => {
  const snapshot = {
    'totalIncome.current': '1185.70', // 11,856,970.06 元 → 1,185.6970 万元 → 1,185.70
    'totalExpenditure.current': '1185.70',
    'generalPublicCurrent.current': '1069.78',
    'threePublic.items.abroad.current': '0.00',
    'threePublic.items.reception.current': '0.36',
    'threePublic.items.vehiclePurchase.current': '0.00',
    'threePublic.items.vehicleOperation.current': '4.50',
    'organOperating.current': '57.48',
  };

  it('keeps the exact 元 value where it rounds to the published 万元 figure', () => {
    const exact = values({
      totalIncome: '11856970.06',
      totalExpenditure: '11856970.06',
      generalPublicCurrent: '10697800.00',
      abroad: '0',
      reception: '3600.00',
      vehiclePurchase: '0',
      vehicleOperation: '45000.00',
      organOperating: '574849.99',
    });
    const out = publishedValues(snapshot, exact);
    expect(text(out)).toEqual({
      totalIncome: '11856970.06',
      totalExpenditure: '11856970.06',
      generalPublicCurrent: '10697800.00',
      abroad: '0.00',
      reception: '3600.00',
      vehiclePurchase: '0.00',
      vehicleOperation: '45000.00',
      organOperating: '574849.99', // 57.484999 → 57.48, as published
    });
  });

  it('takes the published figure (万元 × 10,000) where the lines no longer round to it', () => {
    const zero = Object.fromEntries(PRIOR_YEAR_KEYS.map((k) => [k, '0']));
    const exact = values({ ...zero, organOperating: '574850.00' }); // 57.485 → 57.49 ≠ 57.48 published
    const out = publishedValues(snapshot, exact);
    expect(out.organOperating?.toFixed(2)).toBe('574800.00');
    expect(out.totalIncome?.toFixed(2)).toBe('11857000.00'); // 0 ≠ 1,185.70
    expect(out.abroad?.toFixed(2)).toBe('0.00'); // 0 rounds to 0.00: the exact value
    expect(publishedValues({}, null).totalIncome).toBeNull();
    expect(publishedValues({}, values({ reception: '1.00' })).reception?.toFixed(2)).toBe('1.00'); // nothing published: the exact value
  });
});

describe('year-on-year sentences (万元 = exact 元 rounded half-up; % from 元)', () => {
  it('增加…万元、增长…%', () => {
    // 1,250,000.00 − 1,000,050.00 = 249,950.00 元 → 24.995 万元 → 25.00; 249,950 / 1,000,050 = 24.9937…% → 24.99%
    expect(changeClause(change(yuan('1250000.00'), yuan('1000050.00')))).toBe('，比上年增加25.00万元、增长24.99%');
  });
  it('减少…万元、下降…%', () => {
    // 3,600 − 3,800 = −200 元 → 0.02 万元; 200 / 3,800 = 5.263…% → 5.26%
    expect(changeClause(change(yuan('3600.00'), yuan('3800.00')))).toBe('，比上年减少0.02万元、下降5.26%');
  });
  it('持平, a zero base (no %), and an unknown year', () => {
    expect(changeClause(change(yuan('45000.00'), yuan('45000.00')))).toBe('，与上年持平');
    expect(changeClause(change(yuan('10000.00'), yuan('0')))).toBe('，比上年增加1.00万元');
    expect(changeClause(change(yuan('10000.00'), null))).toBe('');
  });
});
