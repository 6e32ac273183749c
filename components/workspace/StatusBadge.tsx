import { Badge, type Tone } from '@/components/ui/Badge';
import { DEPARTMENT_STATUS_LABEL, UNIT_STATUS_LABEL, type DepartmentStatus, type UnitStatus } from '@/lib/budget/workflow';

const UNIT_TONE: Record<UnitStatus, Tone> = { DRAFT: 'neutral', SUBMITTED: 'info', APPROVED: 'success', RETURNED: 'danger' };
export const DEPARTMENT_TONE: Record<DepartmentStatus, Tone> = { PENDING: 'neutral', SUBMITTED: 'info', ACCEPTED: 'success', RETURNED: 'danger' };

/** 草稿 / 已提交 / 已审核 / 已退回 (the return reason as a tooltip). */
export function UnitStatusBadge({ status, reason }: { status: UnitStatus; reason?: string | null }) {
  return (
    <Badge tone={UNIT_TONE[status]} title={reason ? `退回原因：${reason}` : undefined}>
      {UNIT_STATUS_LABEL[status]}
    </Badge>
  );
}

/** 待报送 / 已报送财政 / 已批复 / 已退回. */
export function DepartmentStatusBadge({ status, reason }: { status: DepartmentStatus; reason?: string | null }) {
  return (
    <Badge tone={DEPARTMENT_TONE[status]} title={reason ? `退回原因：${reason}` : undefined}>
      {DEPARTMENT_STATUS_LABEL[status]}
    </Badge>
  );
}
