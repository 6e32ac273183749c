import { Notice } from '@/components/ui/Notice';
import { Table, Td, Th } from '@/components/ui/Table';
import type { YearCodeDiff } from '@/lib/services/read/reference';

/** 与上年度比较: per kind, the codes added, renamed and removed, and the lines using a removed code. */
export function CodeDiffSection({ diff }: { diff: YearCodeDiff }) {
  const changed = diff.kinds.filter((k) => k.added.length + k.renamed.length + k.removed.length > 0);
  return (
    <section aria-label="与上年度比较" style={{ margin: '16px 0' }}>
      <h2 style={{ fontSize: 16 }}>{`${diff.year}年度科目与${diff.previousYear}年度比较`}</h2>
      {changed.length === 0 && <p>与{diff.previousYear}年度相同，没有新增、更名或删除的科目。</p>}
      {changed.map((k) => (
        <div key={k.kind}>
          <h3 style={{ fontSize: 14 }}>
            {`${k.label}：新增${k.added.length}个，更名${k.renamed.length}个，删除${k.removed.length}个`}
          </h3>
          <Table aria-label={`${k.label}变化`}>
            <thead>
              <tr><Th>变化</Th><Th>编码</Th><Th>名称</Th></tr>
            </thead>
            <tbody>
              {k.added.map((c) => <tr key={`a${c.code}`}><Td>新增</Td><Td>{c.code}</Td><Td>{c.name}</Td></tr>)}
              {k.renamed.map((c) => <tr key={`r${c.code}`}><Td>更名</Td><Td>{c.code}</Td><Td>{c.before} → {c.after}</Td></tr>)}
              {k.removed.map((c) => <tr key={`d${c.code}`}><Td>删除</Td><Td>{c.code}</Td><Td>{c.name}</Td></tr>)}
            </tbody>
          </Table>
          {k.removedUses.length > 0 && (
            <Notice tone="warning">
              {diff.previousYear}年度仍有预算明细行使用已删除的{k.label}科目，复制上年预算时这些明细行不会复制：
              {k.removedUses.map((u) => `${u.code}（${u.unitName} ${u.lines}条，${u.totalYuan}元）`).join('；')}
            </Notice>
          )}
        </div>
      ))}
    </section>
  );
}
