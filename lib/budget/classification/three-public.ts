/**
 * 三公经费 items by 部门经济 款. The codes are *unverified* (docs/domain.md §4.6): these are
 * defaults, and a year's ReferenceData.threePublicCodes replaces them.
 */
import type { ReferenceData, ThreePublicCodes } from '../types';

export const DEFAULT_THREE_PUBLIC_CODES: Readonly<ThreePublicCodes> = {
  abroad: '30212', // 因公出国（境）费用
  reception: '30217', // 公务接待费
  vehiclePurchase: '31013', // 公务用车购置
  vehicleOperation: '30231', // 公务用车运行维护费
};

export type ThreePublicItem = keyof ThreePublicCodes;
export const THREE_PUBLIC_ITEMS: readonly ThreePublicItem[] = ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'];

export const THREE_PUBLIC_LABELS: Readonly<Record<ThreePublicItem, string>> = {
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};

export function threePublicCodes(reference: ReferenceData): ThreePublicCodes {
  return reference.threePublicCodes ?? { ...DEFAULT_THREE_PUBLIC_CODES };
}

/** The 三公 item of a 部门经济 款, or null. */
export function threePublicItemOf(deptEconCode: string, codes: ThreePublicCodes): ThreePublicItem | null {
  return THREE_PUBLIC_ITEMS.find((item) => codes[item] === deptEconCode) ?? null;
}
