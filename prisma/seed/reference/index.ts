/**
 * Reference data (科目 and the 经济分类 对照) for fiscal year 2023. The database stores reference
 * data per year; this edition seeds 2023 and serves as the starting point for other years.
 */
import type { ReferenceData } from '../../../lib/budget/types';
import { deptEconCodes } from './dept-econ';
import { econMapping } from './econ-mapping';
import { functionalCodes } from './functional';
import { govEconCodes } from './gov-econ';

export { deptEconCodes } from './dept-econ';
export { econMapping, type EconMappingRow } from './econ-mapping';
export { functionalCodes } from './functional';
export { govEconCodes } from './gov-econ';

/** The fiscal year this edition was compiled for. */
export const REFERENCE_EDITION_YEAR = 2023;

export const reference2023: ReferenceData = {
  functional: functionalCodes,
  deptEcon: deptEconCodes,
  govEcon: govEconCodes,
  econMapping,
};
