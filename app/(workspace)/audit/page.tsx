import { guardPage } from '@/lib/auth/page-guard';
import { AUDIT_KINDS, AUDIT_KIND_LABEL, auditQuerySchema, type AuditKind } from '@/lib/schemas/audit';
import { firstIssue } from '@/lib/schemas/common';
import { readAuditLog } from '@/lib/services/audit';
import { PageFrame, Refused } from '../account/page-frame';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const label = (kind: string) => (kind in AUDIT_KIND_LABEL ? AUDIT_KIND_LABEL[kind as AuditKind] : kind);
const show = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** 审计日志 of the reader's scope, filtered by unit, user, date range and kind. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('audit.read', '/audit');
  if (!access.ok) return <Refused message={access.message} />;
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditQuerySchema.safeParse(params);
  const entries = parsed.success ? await readAuditLog(access.guarded, parsed.data) : [];

  return (
    <PageFrame title="审计日志">
      <form method="get" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <label>单位ID <input name="unitId" defaultValue={params.unitId ?? ''} /></label>
        <label>用户ID <input name="userId" defaultValue={params.userId ?? ''} /></label>
        <label>
          类型{' '}
          <select name="kind" defaultValue={params.kind ?? ''}>
            <option value="">全部</option>
            {AUDIT_KINDS.map((k) => <option key={k} value={k}>{AUDIT_KIND_LABEL[k]}</option>)}
          </select>
        </label>
        <label>起始日期 <input type="date" name="from" defaultValue={params.from ?? ''} /></label>
        <label>截止日期 <input type="date" name="to" defaultValue={params.to ?? ''} /></label>
        <button type="submit">查询</button>
      </form>
      {!parsed.success && <p role="alert" style={{ color: 'var(--accent)' }}>{firstIssue(parsed.error).message}</p>}
      <table border={1} cellPadding={4} style={{ fontSize: 13 }}>
        <thead><tr><th>时间</th><th>操作人</th><th>类型</th><th>对象</th><th>原因</th><th>修改前</th><th>修改后</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td>
              <td>{e.actorName ?? ''}</td>
              <td>{label(e.kind)}</td>
              <td>{e.entity ?? ''} {e.entityId ?? ''}</td>
              <td>{e.reason ?? ''}</td>
              <td><code>{show(e.before)}</code></td>
              <td><code>{show(e.after)}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p>没有符合条件的记录。</p>}
    </PageFrame>
  );
}
