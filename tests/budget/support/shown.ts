/** Tables as printed in 万元: [code, name, ...cells] per row, for readable expectations. */
import { formatCell } from '@/lib/budget/money';
import type { DisclosureTable } from '@/lib/budget/types';

export type ShownRow = (string | null)[];

export function shown(table: DisclosureTable, section = 0): ShownRow[] {
  const rows = table.sections[section]?.rows ?? [];
  return rows.map((r) => [r.code, r.name, ...r.values.map((v) => formatCell(v, '万元'))]);
}
