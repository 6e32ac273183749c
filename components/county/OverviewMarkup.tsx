'use client';

import styles from '@/components/ui/ui.module.css';
import { overviewMarkupFromData, type OverviewTableData } from './overview-markup-data';

/**
 * The 全县部门概况 table built from its texts, in the server's HTML render and again on hydration:
 * the page's RSC payload carries the texts (≈ ¼ of the markup) instead of the markup beside the
 * HTML (docs/benchmarks.md, "Fourth round").
 */
export function OverviewMarkup({ data }: { data: OverviewTableData }) {
  // Escaped text only: every string is escaped by overviewMarkupFromData (lib/export/escape.ts).
  return <div className={styles.tableWrap} dangerouslySetInnerHTML={{ __html: overviewMarkupFromData(data) }} />;
}
