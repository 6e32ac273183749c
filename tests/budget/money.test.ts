import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { displayed, formatAmount, formatThousands, percent, storedHundredths, storedYuan, sum, toWanYuan, yuan, yuanFromHundredths } from '@/lib/budget/money';
import { amountScale, CellPool, exactHundredths, fromScaled, toScaled } from '@/lib/budget/exact';

describe('toWanYuan: each cell rounded half-up on its own (the example report’s awkward cells)', () => {
  const cases: { label: string; yuan: string; wan: string }[] = [
    { label: '表13 惠企政策梳理及运营服务费 147,750元 → 14.775万 → 14.78', yuan: '147750', wan: '14.78' },
    { label: '表13 上年结转合计 147,750 + 809,600 + 201,800 = 1,159,150元 → 115.915万 → 115.92', yuan: '1159150', wan: '115.92' },
    { label: '表3 2010306 合计 10,301,840元 → 1030.184万 → 1030.18', yuan: '10301840', wan: '1030.18' },
    { label: 'exactly half a 分 of 万元 rounds up', yuan: '50', wan: '0.01' },
    { label: 'just under half rounds down', yuan: '49.99', wan: '0.00' },
    { label: 'a negative half rounds away from zero', yuan: '-50', wan: '-0.01' },
    { label: 'zero', yuan: '0', wan: '0.00' },
    { label: '分 precision survives large totals', yuan: '123456789012.35', wan: '12345678.90' },
  ];
  it.each(cases)('$label', ({ yuan: y, wan }) => {
    expect(toWanYuan(yuan(y)).toFixed(2)).toBe(wan);
    expect(formatAmount(yuan(y), '万元')).toBe(wan);
  });

  it('parts rounded separately need not add up to their rounded total (the 表3 201 kind of gap)', () => {
    // 1030.184万 + 155.514万 = 1185.698万: parts show 1030.18 + 155.51 = 1185.69, the total shows 1185.70.
    const parts = [yuan('10301840'), yuan('1555140')];
    const shownParts = parts.map((p) => toWanYuan(p).toFixed(2));
    expect(shownParts).toEqual(['1030.18', '155.51']);
    expect(toWanYuan(sum(parts)).toFixed(2)).toBe('1185.70');
  });
});

describe('yuan(): parsing 元 amounts', () => {
  it.each(['0', '12', '12.3', '12.34', '-5.01', ' 7 '])('accepts %s', (text) => {
    expect(yuan(text).toFixed(2)).toBe(new Decimal(text.trim()).toFixed(2));
  });
  it.each(['12.345', 'abc', '', '1e5', '1,000', '.5', '5.'])('rejects %j', (text) => {
    expect(() => yuan(text)).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('formats 元 with two decimals', () => {
    expect(formatAmount(yuan('147750'), '元')).toBe('147750.00');
  });
  it.each([
    ['1185.7', '1,185.70'],
    ['0', '0.00'],
    ['999.995', '1,000.00'],
    ['1234567.891', '1,234,567.89'],
    ['-1234.5', '-1,234.50'],
  ])('formatThousands(%s) = %s', (value, expected) => {
    expect(formatThousands(new Decimal(value))).toBe(expected);
  });
});

describe('percent', () => {
  it.each([
    // 319.19 / 866.51 = 0.368362… → 36.84
    ['3191900', '8665100', '36.84'],
    ['1', '3', '33.33'],
    ['2', '3', '66.67'],
    ['1', '8', '12.50'],
    ['5', '5', '100.00'],
  ])('%s / %s = %s%%', (part, whole, expected) => {
    expect(percent(yuan(part), yuan(whole))?.toFixed(2)).toBe(expected);
  });
  it('is null over a zero whole', () => {
    expect(percent(yuan('1'), yuan('0'))).toBeNull();
  });
});

describe('no global Decimal mutation', () => {
  it('leaves the global configuration as it was', () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  });
});

describe('scaled integer sums (the fast exact path of table cells)', () => {
  it.each([
    ['0', 2, 0n],
    ['1234.5', 2, 123450n],
    ['-0.07', 2, -7n],
    ['1.005', 3, 1005n],
    ['123456789012345.67', 2, 12345678901234567n],
  ])('%s at scale %i', (text, scale, scaled) => {
    const value = new Decimal(text);
    expect(toScaled(value, scale)).toBe(scaled);
    expect(fromScaled(scaled, scale).equals(value)).toBe(true);
  });
  it('picks a scale that holds every amount exactly', () => {
    expect(amountScale([new Decimal('1.5'), new Decimal('2')])).toBe(2);
    expect(amountScale([new Decimal('1.005')])).toBe(3);
  });
});

describe('formatAmount: integer rounding equals the Decimal rounding', () => {
  const amount = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, scale]) => ({ digits, scale }));

  it('for table cells (fromScaled), parsed amounts and other Decimal constructors, in 万元 and 元', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('万元' as const, '元' as const), ({ digits, scale }, unit) => {
        const cell = fromScaled(digits, scale);
        const parsed = new Decimal(cell.toFixed());
        for (const value of [cell, parsed, parsed.negated()]) {
          expect(formatAmount(value, unit)).toBe(displayed(value, unit).toFixed(2));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('on the ties and signs at the rounding boundary', () => {
    for (const text of ['50', '-50', '49.999', '-49.999', '150', '-150', '0.005', '-0.005', '0.0049', '-0', '0', '99999999.995']) {
      for (const unit of ['万元', '元'] as const) {
        expect(formatAmount(new Decimal(text), unit), `${text} ${unit}`).toBe(displayed(new Decimal(text), unit).toFixed(2));
      }
    }
  });
});

describe('exactHundredths: whole 分 as integers, anything finer or non-finite as null', () => {
  it.each([
    ['1234.5', 123450n],
    ['-0.05', -5n],
    ['0', 0n],
    ['7', 700n],
    ['1.230', 123n],
    ['0.005', null],
    ['NaN', null],
    ['Infinity', null],
  ] as const)('%s', (text, expected) => {
    expect(exactHundredths(new Decimal(text))).toBe(expected);
    if (expected !== null) expect(exactHundredths(fromScaled(expected * 10n, 3))).toBe(expected);
  });
});

describe('CellPool: one Decimal per distinct cell value, for the pool owner only', () => {
  it('shares equal values inside a pool, never across pools or outside', () => {
    const pool = new CellPool(2);
    const a = pool.cell(12345n);
    expect(pool.cell(12345n)).toBe(a);
    expect(a.toFixed(2)).toBe('123.45');
    expect(pool.cell(12346n)).not.toBe(a);
    expect(new CellPool(3).cell(12345n).toFixed(3)).toBe('12.345');
    expect(new CellPool(2).cell(12345n)).not.toBe(a);
    expect(fromScaled(12345n, 2)).not.toBe(fromScaled(12345n, 2));
  });

  it('builds cells that keep their integer form invisibly: equal to a parsed Decimal, no extra keys', () => {
    const cell = new CellPool(3).cell(-1005n);
    expect(Object.keys(cell).sort()).toEqual(Object.keys(new Decimal('-1.005')).sort());
    expect(JSON.stringify(cell)).toBe('"-1.005"');
    expect(toScaled(cell, 3)).toBe(-1005n);
    expect(toScaled(cell, 4)).toBe(-10050n);
    expect(formatAmount(cell, '元')).toBe('-1.01');
  });
});

describe('storedYuan: a NUMERIC(18,2) as the database prints it', () => {
  it('is the same value as new Decimal(text), for every 2-decimal text, and keeps its exact form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (cents) => {
        const negative = cents < 0n;
        const digits = (negative ? -cents : cents).toString().padStart(3, '0');
        const text = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
        const value = storedYuan(text);
        expect(value.eq(new Decimal(text))).toBe(true);
        expect(value.toFixed(2)).toBe(new Decimal(text).toFixed(2));
        expect(toScaled(value, 2)).toBe(cents);
      }),
    );
  });

  it('reads any other text like new Decimal', () => {
    for (const text of ['12', '0.5', '1e3', '-0.001']) expect(storedYuan(text).eq(new Decimal(text))).toBe(true);
  });

  it('storedHundredths reads the same text as an integer of 分, and yuanFromHundredths turns it back into that 元 value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (cents) => {
        const negative = cents < 0n;
        const digits = (negative ? -cents : cents).toString().padStart(3, '0');
        const text = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
        expect(storedHundredths(text)).toBe(cents);
        expect(yuanFromHundredths(cents).toFixed(2)).toBe(new Decimal(text).toFixed(2));
        expect(toScaled(yuanFromHundredths(cents), 2)).toBe(cents);
      }),
    );
    for (const text of ['12', '0.5', '1.234', '1e3', ' 1.00', '']) expect(() => storedHundredths(text)).toThrow(RangeError);
  });
});
