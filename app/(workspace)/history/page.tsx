import { guardPage } from '@/lib/auth/page-guard';
import { readHistory, type HistoryEntity } from '@/lib/services/read/audit';
import { Notice } from '@/components/ui/Notice';
import { AuditEntries } from '@/components/workspace/AuditEntries';
import { PageHeader } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { readParams, type SearchParams } from '../_data/params';

export const dynamic = 'force-dynamic';

const TITLE = '修改历史';
const ENTITIES: readonly HistoryEntity[] = ['line', 'project', 'form'];

/**
 * /history?entity=line|project|form&id=…: who changed the record, when and how (before → after,
 * in words and 元), oldest first, from the 审计日志 — only within the caller's scope.
 */
export default async function HistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('unit.read', '/history');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const params = await readParams(searchParams);
  const entity = ENTITIES.find((e) => e === params.entity);
  const id = params.id?.trim();
  if (!entity || !id || id.length > 100) return <Refused title={TITLE} message="请从明细行、项目或绩效目标申报表打开修改历史。" />;
  const history = await readHistory(access.guarded, entity, id);
  return (
    <>
      <PageHeader title={TITLE} subtitle={`${history.subject}：共 ${history.entries.length} 次操作，按时间先后排列`} />
      {history.entries.length === 0 ? (
        <Notice tone="info">没有可查看的修改记录：该记录未在系统中修改过（初始数据与导入的工作簿不逐行记录，导入见审计日志“导入工作簿”），或不在本账户的权限范围内。</Notice>
      ) : (
        <AuditEntries entries={history.entries} label="修改历史" showSubject={entity === 'project'} expanded />
      )}
    </>
  );
}
