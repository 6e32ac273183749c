import { Notice } from '@/components/ui/Notice';
import type { PerformanceFinding } from '@/lib/budget/performance-findings';
import { FINDING_LABEL } from './project-rows';

/** 绩效目标审核提示: ≤ on satisfaction, duplicate filings, funds ≠ the project's lines. */
export function FindingsList({ findings }: { findings: PerformanceFinding[] }) {
  if (findings.length === 0) return <Notice tone="success">未发现绩效目标申报问题。</Notice>;
  return (
    <ul aria-label="绩效目标审核提示" style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4, fontSize: 14 }}>
      {findings.map((f, k) => (
        <li key={`${f.projectId}:${f.kind}:${k}`}>
          <strong>{FINDING_LABEL[f.kind]}：</strong>
          {f.message}
        </li>
      ))}
    </ul>
  );
}
