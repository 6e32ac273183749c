import { describe, expect, it } from 'vitest';
import type { CodeName, GovEconCategory } from '../../lib/budget/types';
import {
  deptEconCodes,
  econMapping,
  functionalCodes,
  govEconCodes,
  reference2023,
} from '../../prisma/seed/reference';

/** The 30 功能 类 as printed, in order, in 预算公开表1 of the example report. */
const TABLE1_CLASSES: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

const CATEGORIES: GovEconCategory[] = ['ORGAN', 'INSTITUTION'];

function byCode(list: CodeName[]): Map<string, string> {
  return new Map(list.map((c) => [c.code, c.name]));
}

function expectWellFormed(list: CodeName[], lengths: number[]) {
  const codes = list.map((c) => c.code);
  expect(new Set(codes).size, 'codes are unique').toBe(codes.length);
  for (const { code, name } of list) {
    expect(code, `code ${code}`).toMatch(/^\d+$/);
    expect(lengths, `length of ${code}`).toContain(code.length);
    expect(name.trim(), `name of ${code}`).not.toBe('');
    expect(name, `name of ${code} has no surrounding spaces`).toBe(name.trim());
  }
}

function expectParentsExist(list: CodeName[], levels: number[]) {
  const codes = new Set(list.map((c) => c.code));
  for (const { code } of list) {
    const i = levels.indexOf(code.length);
    if (i > 0) {
      const parent = code.slice(0, levels[i - 1]);
      expect(codes.has(parent), `parent ${parent} of ${code}`).toBe(true);
    }
  }
}

describe('功能分类 (functional.ts)', () => {
  it('has exactly the 30 类 of 表1, in order, with the printed names', () => {
    const classes = functionalCodes.filter((c) => c.code.length === 3).map((c) => [c.code, c.name]);
    expect(classes).toEqual(TABLE1_CLASSES);
  });

  it('has well-formed unique 3/5/7-digit codes', () => {
    expectWellFormed(functionalCodes, [3, 5, 7]);
  });

  it('has a 类 for every 款 and a 款 for every 项', () => {
    expectParentsExist(functionalCodes, [3, 5, 7]);
  });

  it('contains the codes used by the example and the common county families', () => {
    const names = byCode(functionalCodes);
    expect(names.get('20103')).toBe('政府办公厅（室）及相关机构事务');
    expect(names.get('2010306')).toBe('政务公开审批');
    expect(names.get('20106')).toBe('财政事务');
    expect(names.get('2010699')).toBe('其他财政事务支出');
    expect(names.get('2080505')).toBe('机关事业单位基本养老保险缴费支出');
    expect(names.get('2101101')).toBe('行政单位医疗');
    expect(names.get('2101102')).toBe('事业单位医疗');
    expect(names.get('2101103')).toBe('公务员医疗补助');
    expect(names.get('2210201')).toBe('住房公积金');
    expect(names.get('2210202')).toBe('提租补贴');
    expect(names.get('2210203')).toBe('购房补贴');
    expect(functionalCodes.length).toBeGreaterThanOrEqual(150);
  });
});

describe('部门经济分类 (dept-econ.ts)', () => {
  it('has well-formed unique 3/5-digit codes and a 类 for every 款', () => {
    expectWellFormed(deptEconCodes, [3, 5]);
    expectParentsExist(deptEconCodes, [3, 5]);
  });

  it('contains the 类 and the 款 used by the example', () => {
    const names = byCode(deptEconCodes);
    expect(names.get('301')).toBe('工资福利支出');
    expect(names.get('302')).toBe('商品和服务支出');
    expect(names.get('303')).toBe('对个人和家庭的补助');
    expect(names.get('310')).toBe('资本性支出');
    const used: [string, string][] = [
      ['30101', '基本工资'],
      ['30102', '津贴补贴'],
      ['30103', '奖金'],
      ['30107', '绩效工资'],
      ['30108', '机关事业单位基本养老保险缴费'],
      ['30110', '职工基本医疗保险缴费'],
      ['30111', '公务员医疗补助缴费'],
      ['30112', '其他社会保障缴费'],
      ['30113', '住房公积金'],
      ['30201', '办公费'],
      ['30202', '印刷费'],
      ['30207', '邮电费'],
      ['30211', '差旅费'],
      ['30212', '因公出国（境）费用'],
      ['30217', '公务接待费'],
      ['30226', '劳务费'],
      ['30229', '福利费'],
      ['30231', '公务用车运行维护费'],
      ['30239', '其他交通费用'],
      ['31002', '办公设备购置'],
      ['31013', '公务用车购置'],
    ];
    for (const [code, name] of used) expect(names.get(code), code).toBe(name);
  });
});

describe('政府经济分类 (gov-econ.ts)', () => {
  it('has well-formed unique 3/5-digit codes and a 类 for every 款', () => {
    expectWellFormed(govEconCodes, [3, 5]);
    expectParentsExist(govEconCodes, [3, 5]);
  });

  it('contains the names printed in the example', () => {
    const names = byCode(govEconCodes);
    const printed: [string, string][] = [
      ['50101', '工资奖金津补贴'],
      ['50102', '社会保障缴费'],
      ['50103', '住房公积金'],
      ['50201', '办公经费'],
      ['50205', '委托业务费'],
      ['50206', '公务接待费'],
      ['50208', '公务用车运行维护费'],
      ['50306', '设备购置'],
      ['50501', '工资福利支出'],
      ['50502', '商品和服务支出'],
    ];
    for (const [code, name] of printed) expect(names.get(code), code).toBe(name);
  });
});

describe('经济分类对照 (econ-mapping.ts)', () => {
  const dept = byCode(deptEconCodes);
  const gov = byCode(govEconCodes);
  const target = (deptEconCode: string, category: GovEconCategory) =>
    econMapping.find((r) => r.deptEconCode === deptEconCode && r.category === category)?.govEconCode;

  it('has exactly one row per 部门经济 款 and category', () => {
    const deptKuan = deptEconCodes.filter((c) => c.code.length === 5).map((c) => c.code);
    for (const code of deptKuan) {
      for (const category of CATEGORIES) {
        const rows = econMapping.filter((r) => r.deptEconCode === code && r.category === category);
        expect(rows.length, `${code} ${category}`).toBe(1);
      }
    }
    expect(econMapping.length).toBe(deptKuan.length * CATEGORIES.length);
  });

  it('maps only existing 部门经济 款 to existing 政府经济 款', () => {
    for (const row of econMapping) {
      expect(row.deptEconCode, 'source is a 款').toHaveLength(5);
      expect(dept.has(row.deptEconCode), `source ${row.deptEconCode}`).toBe(true);
      expect(row.govEconCode, 'target is a 款').toHaveLength(5);
      expect(gov.has(row.govEconCode), `target ${row.govEconCode} of ${row.deptEconCode}`).toBe(true);
      expect(CATEGORIES).toContain(row.category);
    }
  });

  it('reproduces the pairs printed in the example', () => {
    const pairs: [string, GovEconCategory, string, string][] = [
      ['30101', 'ORGAN', '50101', '工资奖金津补贴'],
      ['30101', 'INSTITUTION', '50501', '工资福利支出'],
      ['30107', 'INSTITUTION', '50501', '工资福利支出'],
      ['30108', 'ORGAN', '50102', '社会保障缴费'],
      ['30113', 'ORGAN', '50103', '住房公积金'],
      ['30201', 'ORGAN', '50201', '办公经费'],
      ['30201', 'INSTITUTION', '50502', '商品和服务支出'],
      ['30217', 'ORGAN', '50206', '公务接待费'],
      ['30217', 'INSTITUTION', '50206', '公务接待费'],
      ['30231', 'ORGAN', '50208', '公务用车运行维护费'],
      ['30231', 'INSTITUTION', '50208', '公务用车运行维护费'],
      ['30226', 'ORGAN', '50205', '委托业务费'],
      ['30226', 'INSTITUTION', '50502', '商品和服务支出'],
      ['30229', 'ORGAN', '50201', '办公经费'],
      ['30239', 'ORGAN', '50201', '办公经费'],
      ['31002', 'ORGAN', '50306', '设备购置'],
    ];
    for (const [deptCode, category, govCode, govName] of pairs) {
      expect(target(deptCode, category), `${deptCode} ${category}`).toBe(govCode);
      expect(gov.get(govCode)).toBe(govName);
    }
  });

  it('keeps 三公 items on their own 政府经济 code on both sides', () => {
    for (const category of CATEGORIES) {
      expect(target('30212', category)).toBe('50207');
      expect(target('30217', category)).toBe('50206');
      expect(target('30231', category)).toBe('50208');
    }
  });

  it('sends 事业单位 301/302/310 to 505/506 (三公 excepted) and 机关 to 501–503', () => {
    const sanGong = new Set(['30212', '30217', '30231']);
    for (const row of econMapping) {
      const cls = row.deptEconCode.slice(0, 3);
      const govCls = row.govEconCode.slice(0, 3);
      if (cls === '303') {
        expect(govCls, row.deptEconCode).toBe('509');
      } else if (row.category === 'ORGAN') {
        expect({ '301': '501', '302': '502', '310': '503' }[cls], row.deptEconCode).toBe(govCls);
      } else if (!sanGong.has(row.deptEconCode)) {
        expect({ '301': '50501', '302': '50502', '310': '50601' }[cls], row.deptEconCode).toBe(row.govEconCode);
      }
    }
  });
});

describe('reference2023', () => {
  it('bundles the four lists', () => {
    expect(reference2023.functional).toBe(functionalCodes);
    expect(reference2023.deptEcon).toBe(deptEconCodes);
    expect(reference2023.govEcon).toBe(govEconCodes);
    expect(reference2023.econMapping).toBe(econMapping);
  });
});
