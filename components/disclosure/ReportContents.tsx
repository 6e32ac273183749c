import type { RenderedReport } from '@/lib/budget/report-wire';

/** The report's 目录 on screen: a link to each of 表1–13, then the caller's own sections (anchor id → label). */
export function ReportContents({ report, sections }: { report: RenderedReport; sections: readonly (readonly [id: string, label: string])[] }) {
  return (
    <nav aria-label="报表目录" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 12px', fontSize: 13, margin: '8px 0 16px' }}>
      {report.tables.map((t) => (
        <a key={t.number} href={`#table-${t.number}`}>
          表{t.number}
        </a>
      ))}
      {sections.map(([id, label]) => (
        <a key={id} href={`#${id}`}>
          {label}
        </a>
      ))}
    </nav>
  );
}
