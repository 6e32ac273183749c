import Link from 'next/link';
import { readPublicList } from '@/lib/services/read/public';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const date = (d: Date) => d.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * 部门预算公开 list: the county's published (已批复) department-years, searchable by department
 * name (?q=) and filterable by year (?year=) with a plain GET form. Nothing unpublished is listed.
 */
export default async function PublicListPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { q, year, years, entries, error } = await readPublicList({ q: first(params.q), year: first(params.year) });
  return (
    <main>
      <h1 style={{ fontSize: 18, margin: '8px 0' }}>部门预算公开目录</h1>
      <form method="get" action="/public" role="search" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0 16px' }}>
        <label>
          部门名称 <input type="search" name="q" defaultValue={q ?? ''} maxLength={50} placeholder="输入部门名称关键词" />
        </label>
        <label>
          年度{' '}
          <select name="year" defaultValue={year === null ? '' : String(year)}>
            <option value="">全部年度</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <button type="submit">查询</button>
        {(q || year !== null) && <Link prefetch={false} href="/public">清除条件</Link>}
      </form>
      {error && <p role="alert">{error}，已显示全部已公开部门。</p>}
      {entries.length === 0 ? (
        <p>没有符合条件的已公开部门预算。</p>
      ) : (
        <table className="public-list" style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
          <caption style={{ textAlign: 'left', padding: '4px 0' }}>共 {entries.length} 项</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">部门代码</th>
              <th scope="col">部门名称</th>
              <th scope="col">公开日期</th>
              <th scope="col">下载</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const path = `/public/${e.departmentCode}/${e.year}`;
              const download = new URLSearchParams({ department: e.departmentCode, year: String(e.year), format: 'xlsx' });
              return (
                <tr key={`${e.departmentCode}/${e.year}`}>
                  <td>{e.year}</td>
                  <td>{e.departmentCode}</td>
                  <td>
                    <a href={path}>
                      {e.departmentName}
                      {e.year}年部门预算公开报告
                    </a>
                  </td>
                  <td>{date(e.publishedAt)}</td>
                  <td>
                    <a href={`/api/public/report?${download}`}>Excel</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
