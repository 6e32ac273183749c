import { SeverityBadge } from '@/components/checks/severity';
import { Notice } from '@/components/ui/Notice';
import type { FindingView } from '@/lib/services/rules';

/** 绩效目标审核问题: the rule catalogue's findings about the projects (致命 / 警告 / 提示), as on the lines page. */
export function FindingsList({ findings }: { findings: readonly FindingView[] }) {
  if (findings.length === 0) return <Notice tone="success">未发现绩效目标申报问题。</Notice>;
  return (
    <ul aria-label="绩效目标审核提示" style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4, fontSize: 14 }}>
      {findings.map((f) => (
        <li key={`${f.ruleId}:${f.key}`}>
          <SeverityBadge severity={f.severity} /> <strong>{f.ruleName}：</strong>
          {f.message}
          {f.acknowledgement ? `（已确认：${f.acknowledgement.userName}）` : ''}
        </li>
      ))}
    </ul>
  );
}
