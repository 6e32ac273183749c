/**
 * 柳林县行政审批服务管理局 2023 — the budget lines (预算明细行), in 元.
 *
 * Every printed 万元 cell of 表1–13 of the example is the exact 元 sum of some of these lines ÷ 10,000,
 * rounded half-up to 2 decimals on its own (docs/domain.md §3). The amounts were chosen so that all
 * of them — including the cells that do not foot — come out exactly as printed:
 *
 * - 表3 2010306 基本 606.27 + 项目 423.92 but 合计 1030.18: basic 2010306 is 6,062,689.63 元
 *   (606.268963) and the projects 4,239,150 元 (423.915), together 10,301,839.63 (1030.183963).
 * - 表3 201 1185.70 although 1030.18 + 155.51 = 1185.69: 2010699 is 1,555,130.43 (155.513043), so the
 *   类 is 11,856,970.06 (1185.697006).
 * - 表6 合计 731.78 although 人员 674.31 + 公用 57.48 = 731.79: 人员经费 6,743,065.70 (674.30657) and
 *   公用经费 574,754.36 (57.475436) sum to 7,317,820.06 (731.782006).
 * - 表6 the 302 rows print 56.47 in all under a subtotal of 56.48: the rows' own rounding errors add up
 *   to +0.005436 万元 (564,754.36 元 = 56.475436).
 * - Half-up matters: 福利费 (30229) of the bureau is 124,850.00 元 = 12.485 万元, printed 12.49 (half-even
 *   or truncation would print 12.48); the carried-over 惠企政策 project is 147,750 元 = 14.775 → 14.78 and the
 *   bureau's 上年结转 957,350 元 = 95.735 → 95.74.
 *
 * All lines are 一般公共预算 (the example has no other funding source).
 */
import type { SpendingKind } from '../../../../lib/budget/types';

/** Short unit keys used in this demo: the bureau and the two 参公 centres. */
export type UnitKey = 'bureau' | 'serviceCentre' | 'procurementCentre';

export type ProjectKey =
  | 'citizenCentreUpgrade'
  | 'workFunds'
  | 'equipmentMaintenance'
  | 'bureauOfficeEquipment'
  | 'enterprisePolicy'
  | 'hallRelocation'
  | 'hotline12345'
  | 'centreOfficeEquipment'
  | 'dailyRepairs'
  | 'centreBusinessFunds'
  | 'caCertificates'
  | 'specialBusinessFunds';

export interface DemoLine {
  unit: UnitKey;
  functionalCode: string;
  deptEconCode: string;
  kind: SpendingKind;
  project: ProjectKey | null;
  carryover: boolean;
  /** 元, 2 decimals. */
  amountYuan: string;
  /** What the line is (for readers of the seed; not part of the domain input). */
  note: string;
}

const GOV_AFFAIRS = '2010306'; // 政务公开审批
const OTHER_FINANCE = '2010699'; // 其他财政事务支出

const basic = (unit: UnitKey, functionalCode: string, deptEconCode: string, amountYuan: string, note: string): DemoLine => ({
  unit,
  functionalCode,
  deptEconCode,
  kind: 'BASIC',
  project: null,
  carryover: false,
  amountYuan,
  note,
});

const projectLine = (
  unit: UnitKey,
  functionalCode: string,
  project: ProjectKey,
  deptEconCode: string,
  amountYuan: string,
  note: string,
  carryover = false,
): DemoLine => ({ unit, functionalCode, deptEconCode, kind: 'PROJECT', project, carryover, amountYuan, note });

/**
 * 基本支出, 一般公共预算, 本年. The bureau (行政, 机关 side) produces the 表6 rows with 政府经济 501xx/502xx/503xx;
 * the two centres (参公事业, 事业 side) produce the 50501/50502 rows, except 公务接待费 and 公务用车运行维护费
 * which keep 50206/50208. 政务服务中心 is on 2010306 with the bureau; 政府采购中心 is on 2010699.
 */
const basicLines: DemoLine[] = [
  // ---------------------------------------------------------- bureau, 人员经费 (392.158319 万元)
  basic('bureau', GOV_AFFAIRS, '30101', '1902873.45', '基本工资'),
  basic('bureau', GOV_AFFAIRS, '30102', '587164.80', '津贴补贴'),
  basic('bureau', GOV_AFFAIRS, '30103', '75196.50', '奖金（年终一次性奖金）'),
  basic('bureau', GOV_AFFAIRS, '30108', '571021.60', '机关事业单位基本养老保险缴费'),
  basic('bureau', GOV_AFFAIRS, '30110', '231962.38', '职工基本医疗保险缴费'),
  basic('bureau', GOV_AFFAIRS, '30111', '21424.90', '公务员医疗补助缴费'),
  basic('bureau', GOV_AFFAIRS, '30112', '17907.44', '其他社会保障缴费（工伤、失业）'),
  basic('bureau', GOV_AFFAIRS, '30113', '514032.12', '住房公积金'),
  // ---------------------------------------------------------- bureau, 公用经费 (36.3159 万元 = 表11 36.32)
  basic('bureau', GOV_AFFAIRS, '30201', '55000.00', '办公费'),
  basic('bureau', GOV_AFFAIRS, '30202', '10000.00', '印刷费'),
  basic('bureau', GOV_AFFAIRS, '30207', '4996.40', '邮电费'),
  basic('bureau', GOV_AFFAIRS, '30211', '10000.00', '差旅费'),
  basic('bureau', GOV_AFFAIRS, '30217', '2800.00', '公务接待费'),
  basic('bureau', GOV_AFFAIRS, '30226', '50000.00', '劳务费（窗口辅助人员）'),
  basic('bureau', GOV_AFFAIRS, '30229', '124850.00', '福利费（12.485 万元: printed 12.49 only with half-up）'),
  basic('bureau', GOV_AFFAIRS, '30231', '25000.00', '公务用车运行维护费（1 辆）'),
  basic('bureau', GOV_AFFAIRS, '30239', '70512.60', '其他交通费用（公务交通补贴）'),
  basic('bureau', GOV_AFFAIRS, '31002', '10000.00', '办公设备购置'),

  // ---------------------------------------------------------- 政务服务中心, 人员经费 (171.453714 万元)
  basic('serviceCentre', GOV_AFFAIRS, '30101', '369012.34', '基本工资'),
  basic('serviceCentre', GOV_AFFAIRS, '30102', '274026.71', '津贴补贴'),
  basic('serviceCentre', GOV_AFFAIRS, '30103', '71003.00', '奖金'),
  basic('serviceCentre', GOV_AFFAIRS, '30107', '722968.15', '绩效工资'),
  basic('serviceCentre', GOV_AFFAIRS, '30108', '108212.56', '机关事业单位基本养老保险缴费'),
  basic('serviceCentre', GOV_AFFAIRS, '30110', '44010.84', '职工基本医疗保险缴费'),
  basic('serviceCentre', GOV_AFFAIRS, '30111', '20296.05', '公务员医疗补助缴费'),
  basic('serviceCentre', GOV_AFFAIRS, '30112', '2004.74', '其他社会保障缴费'),
  basic('serviceCentre', GOV_AFFAIRS, '30113', '103002.75', '住房公积金'),
  // ---------------------------------------------------------- 政务服务中心, 公用经费 (6.34103 万元 = 表11 6.34)
  basic('serviceCentre', GOV_AFFAIRS, '30201', '10000.00', '办公费'),
  basic('serviceCentre', GOV_AFFAIRS, '30207', '1000.00', '邮电费'),
  basic('serviceCentre', GOV_AFFAIRS, '30217', '800.00', '公务接待费'),
  basic('serviceCentre', GOV_AFFAIRS, '30229', '23641.30', '福利费'),
  basic('serviceCentre', GOV_AFFAIRS, '30239', '27969.00', '其他交通费用'),

  // ---------------------------------------------------------- 政府采购中心, 人员经费 (110.694537 万元)
  basic('procurementCentre', OTHER_FINANCE, '30101', '237691.20', '基本工资'),
  basic('procurementCentre', OTHER_FINANCE, '30102', '175988.00', '津贴补贴'),
  basic('procurementCentre', OTHER_FINANCE, '30103', '45700.00', '奖金'),
  basic('procurementCentre', OTHER_FINANCE, '30107', '465905.40', '绩效工资'),
  basic('procurementCentre', OTHER_FINANCE, '30108', '69703.42', '机关事业单位基本养老保险缴费'),
  basic('procurementCentre', OTHER_FINANCE, '30110', '28262.38', '职工基本医疗保险缴费'),
  basic('procurementCentre', OTHER_FINANCE, '30111', '13131.90', '公务员医疗补助缴费'),
  basic('procurementCentre', OTHER_FINANCE, '30112', '1281.22', '其他社会保障缴费'),
  basic('procurementCentre', OTHER_FINANCE, '30113', '69281.85', '住房公积金'),
  // ---------------------------------------------------------- 政府采购中心, 公用经费 (14.818506 万元)
  basic('procurementCentre', OTHER_FINANCE, '30201', '14038.70', '办公费'),
  basic('procurementCentre', OTHER_FINANCE, '30207', '1000.00', '邮电费'),
  basic('procurementCentre', OTHER_FINANCE, '30211', '2000.00', '差旅费'),
  basic('procurementCentre', OTHER_FINANCE, '30226', '14000.00', '劳务费（评标辅助人员）'),
  basic('procurementCentre', OTHER_FINANCE, '30229', '15302.80', '福利费'),
  basic('procurementCentre', OTHER_FINANCE, '30231', '20000.00', '公务用车运行维护费（1 辆）'),
  basic('procurementCentre', OTHER_FINANCE, '30239', '81843.56', '其他交通费用（公务交通补贴）'),
];

/** 项目支出, 一般公共预算: 本年 (表12) and 上年结转 (表13). No project line uses a 三公 款 (表10 is basic only). */
const projectLines: DemoLine[] = [
  // ---------------------------------------------------------- bureau, 本年 (288.00 万元)
  projectLine('bureau', GOV_AFFAIRS, 'citizenCentreUpgrade', '31007', '1080000.00', '政务服务平台软件及网络设备'),
  projectLine('bureau', GOV_AFFAIRS, 'citizenCentreUpgrade', '31002', '420000.00', '市民服务中心窗口终端设备'),
  projectLine('bureau', GOV_AFFAIRS, 'citizenCentreUpgrade', '30227', '180000.00', '政务服务标准化咨询（委托）'),
  projectLine('bureau', GOV_AFFAIRS, 'workFunds', '30201', '200000.00', '办公费'),
  projectLine('bureau', GOV_AFFAIRS, 'workFunds', '30211', '80000.00', '差旅费'),
  projectLine('bureau', GOV_AFFAIRS, 'workFunds', '30226', '240000.00', '劳务费（窗口服务人员）'),
  projectLine('bureau', GOV_AFFAIRS, 'workFunds', '30239', '100000.00', '其他交通费用（现场勘验）'),
  projectLine('bureau', GOV_AFFAIRS, 'equipmentMaintenance', '30213', '80000.00', '设备维修及保养'),
  projectLine('bureau', GOV_AFFAIRS, 'bureauOfficeEquipment', '31002', '500000.00', '办公设备购置'),
  // ---------------------------------------------------------- bureau, 上年结转 (95.735 万元 → 95.74)
  projectLine('bureau', GOV_AFFAIRS, 'enterprisePolicy', '30227', '147750.00', '惠企政策梳理及运营服务（委托）', true),
  projectLine('bureau', GOV_AFFAIRS, 'hallRelocation', '31002', '447463.20', '新政务大厅叫号及自助终端设备', true),
  projectLine('bureau', GOV_AFFAIRS, 'hallRelocation', '30227', '362136.80', '政务大厅搬迁服务（委托）', true),

  // ---------------------------------------------------------- 政务服务中心, 本年 (20.00 万元)
  projectLine('serviceCentre', GOV_AFFAIRS, 'hotline12345', '30227', '50000.00', '为企业免费刻制印章服务'),
  projectLine('serviceCentre', GOV_AFFAIRS, 'hotline12345', '30207', '40000.00', '免费邮寄服务及 12345 热线'),
  projectLine('serviceCentre', GOV_AFFAIRS, 'hotline12345', '30201', '30000.00', '政务大厅运转'),
  projectLine('serviceCentre', GOV_AFFAIRS, 'centreOfficeEquipment', '31002', '50000.00', '办公设备购置'),
  projectLine('serviceCentre', GOV_AFFAIRS, 'dailyRepairs', '30213', '30000.00', '日常维修'),
  // ---------------------------------------------------------- 政务服务中心, 上年结转 (20.18 万元)
  projectLine('serviceCentre', GOV_AFFAIRS, 'centreBusinessFunds', '30201', '101800.00', '业务经费：办公费', true),
  projectLine('serviceCentre', GOV_AFFAIRS, 'centreBusinessFunds', '30226', '100000.00', '业务经费：劳务费', true),

  // ---------------------------------------------------------- 政府采购中心, 本年 (30.00 万元, 2010699)
  projectLine('procurementCentre', OTHER_FINANCE, 'caCertificates', '30227', '200000.00', 'CA 数字证书服务'),
  projectLine('procurementCentre', OTHER_FINANCE, 'specialBusinessFunds', '30226', '100000.00', '专项业务劳务费'),
];

export const demoLines: readonly DemoLine[] = [...basicLines, ...projectLines];
