import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { readPublicSnapshot } from '@/lib/services/read/public';
import { PublicReport } from './public-report';

export const dynamic = 'force-dynamic';

type Params = Promise<{ department: string; year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const dateTime = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * One published department-year, read-only from its 公开快照 (sha256 checked on this read): the
 * report in 万元 or 元 (?unit=), the publication date, the sha256 and the downloads. Unknown,
 * unpublished, draft or submitted department-years are one and the same 404 (app/public/not-found.tsx);
 * a snapshot that fails its check shows the alarm and nothing else.
 */
export default async function PublicReportPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { department, year } = await params;
  const unitParam = (await searchParams).unit;
  const unit = unitParam === '元' ? '元' : '万元';
  let snapshot;
  try {
    snapshot = await readPublicSnapshot({ department, year, unit });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof AppError && error.code === 'SNAPSHOT_INTEGRITY') {
      return (
        <main>
          <h1 style={{ fontSize: 18 }}>部门预算公开报告</h1>
          <p role="alert" style={{ border: '1px solid #c00', background: '#fff0f0', color: '#900', padding: 12 }}>
            {error.message}
          </p>
          <p>
            <Link prefetch={false} href="/public">返回公开目录</Link>
          </p>
        </main>
      );
    }
    throw error;
  }
  const report = snapshot.reports[unit];
  const query = (extra: Record<string, string>) => new URLSearchParams({ department: snapshot.departmentCode, year: String(snapshot.year), unit, ...extra }).toString();
  const self = `/public/${snapshot.departmentCode}/${snapshot.year}`;
  return (
    <main>
      <p style={{ fontSize: 13 }}>
        <Link prefetch={false} href="/public">← 返回公开目录</Link>
      </p>
      <h1 style={{ fontSize: 18, margin: '8px 0' }}>
        {report.department.name}
        {snapshot.year}年部门预算公开报告
      </h1>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', fontSize: 13, margin: '8px 0' }}>
        <dt>部门代码</dt>
        <dd style={{ margin: 0 }}>{snapshot.departmentCode}</dd>
        <dt>公开日期</dt>
        <dd style={{ margin: 0 }}>
          <time dateTime={snapshot.publishedAt.toISOString()}>{dateTime(snapshot.publishedAt)}</time>（第 {snapshot.version} 版）
        </dd>
        <dt>SHA-256</dt>
        <dd style={{ margin: 0, fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="content-hash">
          {snapshot.contentHash}
        </dd>
      </dl>
      <p style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
        <span role="group" aria-label="金额单位">
          金额单位：
          {(['万元', '元'] as const).map((u) =>
            u === unit ? (
              <strong key={u} aria-current="true" style={{ marginRight: 8 }}>
                {u}
              </strong>
            ) : (
              <a key={u} href={`${self}?unit=${encodeURIComponent(u)}`} style={{ marginRight: 8 }}>
                {u}
              </a>
            ),
          )}
        </span>
        <a href={`/api/public/report?${query({ format: 'xlsx' })}`}>下载Excel</a>
        <a href={`/api/public/report?${query({ format: 'html' })}`} target="_blank" rel="noopener">
          打印版（HTML）
        </a>
        <a href={`/api/public/report?${query({ format: 'pdf' })}`}>下载PDF</a>
      </p>
      <PublicReport report={report} />
    </main>
  );
}
