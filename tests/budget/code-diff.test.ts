import { describe, expect, it } from 'vitest';
import { diffCodes } from '@/lib/budget/classification/code-diff';

describe('diffCodes', () => {
  it('lists added, renamed and removed codes in code order; unchanged codes are not listed', () => {
    const previous = [
      { code: '2010309', name: '参事事务' },
      { code: '2010301', name: '行政运行' },
      { code: '2010302', name: '一般行政管理事务' },
    ];
    const current = [
      { code: '2010350', name: '事业运行' },
      { code: '2010301', name: '行政运行' },
      { code: '2010302', name: '一般行政管理' },
      { code: '2010304', name: '专项服务' },
    ];
    expect(diffCodes(previous, current)).toEqual({
      added: [{ code: '2010304', name: '专项服务' }, { code: '2010350', name: '事业运行' }],
      renamed: [{ code: '2010302', before: '一般行政管理事务', after: '一般行政管理' }],
      removed: [{ code: '2010309', name: '参事事务' }],
    });
  });

  it('a copied year has no difference', () => {
    const list = [{ code: '201', name: '一般公共服务支出' }];
    expect(diffCodes(list, [...list])).toEqual({ added: [], renamed: [], removed: [] });
  });
});
