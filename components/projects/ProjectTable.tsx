import Link from 'next/link';
import { Badge } from '@/components/ui/Badge';
import { Table, Td, Th } from '@/components/ui/Table';
import { sumYuan, yuanText } from '@/components/workspace/money-text';
import type { ProjectRow } from './project-rows';

export interface ProjectTableProps {
  rows: ProjectRow[];
  /** Query of the page ("unit=…&year=…") for the 修改 links; null when read-only. */
  editQuery: string | null;
}

/** 项目 of a unit with 本年/上年结转 amounts from its lines, the 绩效目标申报表 link and findings. */
export function ProjectTable({ rows, editQuery }: ProjectTableProps) {
  const total = (pick: (r: ProjectRow) => string) => yuanText(sumYuan(rows.map(pick)));
  return (
    <Table aria-label="项目列表">
      <thead>
        <tr>
          <Th>项目名称</Th>
          <Th>项目属性</Th>
          <Th>项目期</Th>
          <Th numeric>本年（元）</Th>
          <Th numeric>上年结转（元）</Th>
          <Th numeric>合计（元）</Th>
          <Th>绩效目标申报表</Th>
          <Th>审核提示</Th>
          {editQuery && <Th>操作</Th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>{r.name}</Td>
            <Td>{r.attribute}</Td>
            <Td>{r.periodYears}年</Td>
            <Td numeric>{yuanText(r.current)}</Td>
            <Td numeric>{yuanText(r.carryover)}</Td>
            <Td numeric>{yuanText(r.total)}</Td>
            <Td>
              {r.hasForm ? (
                <Link href={`/projects/${encodeURIComponent(r.id)}`}>查看申报表</Link>
              ) : editQuery ? (
                <Link href={`/projects/${encodeURIComponent(r.id)}/edit`}>填报申报表</Link>
              ) : (
                <span style={{ color: 'var(--muted)' }}>未填报</span>
              )}
            </Td>
            <Td>
              {r.findings.length > 0 ? (
                <Badge tone={r.findings.some((f) => f.severity === 'FATAL') ? 'danger' : 'warning'} title={r.findings.map((f) => `${f.ruleName}：${f.message}`).join('\n')}>
                  {r.findings.length} 项
                </Badge>
              ) : (
                <Badge tone="success">无</Badge>
              )}
            </Td>
            {editQuery && (
              <Td>
                <Link href={`/projects?${editQuery}&edit=${encodeURIComponent(r.id)}`}>修改</Link>
              </Td>
            )}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <Td colSpan={editQuery ? 9 : 8}>本单位尚无项目。</Td>
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <Td colSpan={3}>合计（{rows.length} 个项目）</Td>
          <Td numeric>{total((r) => r.current)}</Td>
          <Td numeric>{total((r) => r.carryover)}</Td>
          <Td numeric>{total((r) => r.total)}</Td>
          <Td colSpan={editQuery ? 3 : 2} />
        </tr>
      </tfoot>
    </Table>
  );
}
