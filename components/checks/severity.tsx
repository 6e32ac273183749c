import { Badge, type Tone } from '@/components/ui/Badge';
import { SEVERITY_LABEL, type Severity } from '@/lib/budget/rules/types';

const TONE: Readonly<Record<Severity, Tone>> = { FATAL: 'danger', WARN: 'warning', INFO: 'info' };

/** 致命 / 警告 / 提示 as a badge. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <Badge tone={TONE[severity]}>{SEVERITY_LABEL[severity]}</Badge>;
}
