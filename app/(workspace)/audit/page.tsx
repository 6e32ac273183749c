import { guardPage } from '@/lib/auth/page-guard';
import { AUDIT_KINDS, AUDIT_KIND_LABEL, auditQuerySchema, type AuditKind } from '@/lib/schemas/audit';
import { firstIssue } from '@/lib/schemas/common';
import { readAuditLog } from '@/lib/services/audit';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { Table, Td, Th } from '@/components/ui/Table';
import { PageHeader } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { readParams, type SearchParams } from '../_data/params';
import { AuditChanges } from './audit-changes';

export const dynamic = 'force-dynamic';

const TITLE = '审计日志';

const label = (kind: string) => (kind in AUDIT_KIND_LABEL ? AUDIT_KIND_LABEL[kind as AuditKind] : kind);

/** 审计日志 of the reader's scope, filtered by unit, user, date range and kind. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('audit.read', '/audit');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const params = await readParams(searchParams);
  const parsed = auditQuerySchema.safeParse(params);
  const entries = parsed.success ? await readAuditLog(access.guarded, parsed.data) : [];

  return (
    <>
      <PageHeader title={TITLE} subtitle={`本账户权限范围内的操作记录（只增不改），最近${entries.length}条`} />
      <form method="get" aria-label="筛选审计日志" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'end', marginBottom: 12 }}>
        <Field label="单位ID">
          <Input name="unitId" defaultValue={params.unitId ?? ''} />
        </Field>
        <Field label="用户ID">
          <Input name="userId" defaultValue={params.userId ?? ''} />
        </Field>
        <Field label="类型">
          <Select name="kind" defaultValue={params.kind ?? ''} placeholder="全部" options={AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABEL[k] }))} />
        </Field>
        <Field label="起始日期">
          <Input type="date" name="from" defaultValue={params.from ?? ''} />
        </Field>
        <Field label="截止日期">
          <Input type="date" name="to" defaultValue={params.to ?? ''} />
        </Field>
        <Button type="submit" variant="primary">
          查询
        </Button>
      </form>
      {!parsed.success && <Notice tone="danger">{firstIssue(parsed.error).message}</Notice>}
      {entries.length === 0 ? (
        <Notice tone="info">没有符合条件的记录。</Notice>
      ) : (
        <Table aria-label="审计日志">
          <thead>
            <tr>
              <Th>时间</Th>
              <Th>操作人</Th>
              <Th>类型</Th>
              <Th>对象</Th>
              <Th>原因</Th>
              <Th>变更（修改前 → 修改后）</Th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <Td style={{ whiteSpace: 'nowrap' }}>{new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}</Td>
                <Td>{e.actorName ?? ''}</Td>
                <Td style={{ whiteSpace: 'nowrap' }}>{label(e.kind)}</Td>
                <Td style={{ overflowWrap: 'anywhere', maxWidth: 220 }}>
                  {e.entity ?? ''} {e.entityId ?? ''}
                </Td>
                <Td>{e.reason ?? ''}</Td>
                <Td>
                  <AuditChanges before={e.before} after={e.after} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
