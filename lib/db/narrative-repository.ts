/** Reads of a department-year's 情况说明 sections, in their printed order. */
import { getPrisma, type Db } from './client';

export interface NarrativeSectionRow {
  key: string;
  title: string;
  body: string;
  sortOrder: number;
  version: number;
}

export function listNarrativeSections(departmentId: string, year: number, db: Db = getPrisma()): Promise<NarrativeSectionRow[]> {
  return db.narrativeSection.findMany({
    where: { departmentId, year },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: { key: true, title: true, body: true, sortOrder: true, version: true },
  });
}
