import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { AUDIT_KINDS, AUDIT_KIND_LABEL, AUDIT_PAGE_SIZE, auditQuerySchema } from '@/lib/schemas/audit';
import { firstIssue } from '@/lib/schemas/common';
import { readAuditPage, type AuditPageView } from '@/lib/services/read/audit';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { AuditEntries } from '@/components/workspace/AuditEntries';
import { PageHeader } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { href, readParams, type Params, type SearchParams } from '../_data/params';

export const dynamic = 'force-dynamic';

const TITLE = '审计日志';
const FILTERS = ['unitId', 'userId', 'kind', 'from', 'to'] as const;

/** Page links: 上一页, the pages around the current one, 下一页 — each keeping the filter. */
function Pager({ params, view }: { params: Params; view: AuditPageView }) {
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params[k]]));
  const to = (page: number) => href('/audit', { ...filter, page: page === 1 ? null : page });
  const pages = [...new Set([1, view.page - 2, view.page - 1, view.page, view.page + 1, view.page + 2, view.pageCount])].filter((p) => p >= 1 && p <= view.pageCount).sort((a, b) => a - b);
  if (view.pageCount <= 1) return null;
  return (
    <nav aria-label="分页" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', margin: '12px 0' }}>
      {view.page > 1 && <Link href={to(view.page - 1)}>上一页</Link>}
      {pages.map((p, i) => (
        <span key={p}>
          {i > 0 && (pages[i - 1] ?? p) < p - 1 && '… '}
          {p === view.page ? <strong aria-current="page">{p}</strong> : <Link href={to(p)}>{p}</Link>}
        </span>
      ))}
      {view.page < view.pageCount && <Link href={to(view.page + 1)}>下一页</Link>}
    </nav>
  );
}

/** 审计日志 of the reader's scope: filtered by unit, user, kind and dates (pickers, GET), 50 rows a page, in words. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('audit.read', '/audit');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const params = await readParams(searchParams);
  const parsed = auditQuerySchema.safeParse(params);
  let view: AuditPageView;
  try {
    view = await readAuditPage(access.guarded, parsed.success ? parsed.data : {});
  } catch (error) {
    if (error instanceof AppError) return <Refused title={TITLE} message={error.message} />;
    throw error;
  }
  const first = (view.page - 1) * AUDIT_PAGE_SIZE + 1;

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={view.total === 0 ? '本账户权限范围内的操作记录（只增不改）' : `本账户权限范围内的操作记录（只增不改）：共 ${view.total} 条，第 ${first}–${first + view.entries.length - 1} 条`}
      />
      <form method="get" action="/audit" aria-label="筛选审计日志" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'end', marginBottom: 12 }}>
        <Field label="单位">
          <Select name="unitId" defaultValue={params.unitId ?? ''} placeholder="全部单位" options={view.units.map((u) => ({ value: u.id, label: u.label }))} />
        </Field>
        <Field label="操作人">
          <Select name="userId" defaultValue={params.userId ?? ''} placeholder="全部用户" options={view.users.map((u) => ({ value: u.id, label: u.label }))} />
        </Field>
        <Field label="类型">
          <Select name="kind" defaultValue={params.kind ?? ''} placeholder="全部类型" options={AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABEL[k] }))} />
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
        <Link href="/audit">清除筛选</Link>
      </form>
      {!parsed.success && <Notice tone="danger">{firstIssue(parsed.error).message}（已显示全部记录）</Notice>}
      {view.entries.length === 0 ? <Notice tone="info">没有符合条件的记录。</Notice> : <AuditEntries entries={view.entries} label="审计日志" />}
      <Pager params={params} view={view} />
    </>
  );
}
