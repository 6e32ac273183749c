/** Printed labels shared by several tables. */
import type { FundingSource } from '../types';

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, string>> = {
  GENERAL_PUBLIC: '一般公共预算',
  GOV_FUND: '政府性基金预算',
  STATE_CAPITAL: '国有资本经营预算',
  SPECIAL_ACCOUNT: '财政专户管理资金',
  UNIT_FUNDS: '单位资金',
};
