/** The code rules shared by the 基础数据 forms and server: levels by length, parent = prefix, input checks. No database. */
import { describe, expect, it } from 'vitest';
import { codeLevel, copyYearSchema, createCodeSchema, parentCodeOf, upsertMappingSchema, type CodeKind } from '@/lib/schemas/reference';

describe('codeLevel and parentCodeOf', () => {
  const cases: [label: string, kind: CodeKind, code: string, level: '类' | '款' | '项' | null, parent: string | null][] = [
    ['功能 类', 'functional', '201', '类', null],
    ['功能 款', 'functional', '20103', '款', '201'],
    ['功能 项', 'functional', '2010306', '项', '20103'],
    ['功能: 4 digits is no level', 'functional', '2010', null, null],
    ['部门经济 类', 'deptEcon', '302', '类', null],
    ['部门经济 款', 'deptEcon', '30201', '款', '302'],
    ['部门经济 has no 项', 'deptEcon', '3020101', null, null],
    ['政府经济 款', 'govEcon', '50201', '款', '502'],
    ['not digits', 'govEcon', '502a1', null, '502'],
  ];
  it.each(cases)('%s', (_label, kind, code, level, parent) => {
    expect(codeLevel(kind, code)).toBe(level);
    expect(parentCodeOf(kind, code)).toBe(parent);
  });
});

describe('createCodeSchema', () => {
  const parse = (input: object) => createCodeSchema.safeParse({ year: 2023, kind: 'functional', code: '2010370', name: '测试', ...input });

  it('accepts a code of a length its kind has, trimming the name', () => {
    expect(parse({ name: ' 测试 ' }).data).toEqual({ year: 2023, kind: 'functional', code: '2010370', name: '测试' });
  });

  it.each([
    ['a 7-digit 经济 code', { kind: 'deptEcon' }, 'code', '部门经济分类编码须为类3位/款5位数字'],
    ['a 6-digit 功能 code', { code: '201037' }, 'code', '功能分类编码须为类3位/款5位/项7位数字'],
    ['letters', { code: '20103a' }, 'code', '科目编码须为数字'],
    ['an empty name', { name: '  ' }, 'name', '科目名称不能为空'],
    ['an unknown kind', { kind: 'other' }, 'kind', '科目类别须为功能分类、部门经济分类或政府经济分类'],
  ])('refuses %s, naming the field', (_label, input, field, message) => {
    const issue = parse(input).error?.issues[0];
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toBe(message);
  });
});

describe('other inputs', () => {
  it('a 对照表 row takes 款 codes and a side', () => {
    expect(upsertMappingSchema.safeParse({ year: 2023, deptEconCode: '30201', category: 'ORGAN', govEconCode: '50201' }).success).toBe(true);
    expect(upsertMappingSchema.safeParse({ year: 2023, deptEconCode: '302', category: 'ORGAN', govEconCode: '50201' }).error?.issues[0]?.path).toEqual(['deptEconCode']);
    expect(upsertMappingSchema.safeParse({ year: 2023, deptEconCode: '30201', category: 'BOTH', govEconCode: '50201' }).error?.issues[0]?.path).toEqual(['category']);
  });

  it('a new year differs from its source', () => {
    expect(copyYearSchema.safeParse({ fromYear: 2023, toYear: 2024 }).success).toBe(true);
    expect(copyYearSchema.safeParse({ fromYear: 2023, toYear: 2023 }).error?.issues[0]).toMatchObject({ path: ['toYear'], message: '新年度不能与来源年度相同' });
  });
});
