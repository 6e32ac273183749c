import { yuanText } from '@/lib/workbook/summary-text';
import type { ImportSummary } from '@/lib/services/workbook-import';

/** Per unit: lines added/removed/changed and the total before → after (元). */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const created = [
    summary.departmentsCreated.length > 0 && `新建部门 ${summary.departmentsCreated.length} 个`,
    summary.unitsCreated.length > 0 && `新建单位 ${summary.unitsCreated.length} 个`,
    summary.codesAdded > 0 && `新增科目 ${summary.codesAdded} 个`,
    summary.priorYearDepartments.length > 0 && `上年数 ${summary.priorYearDepartments.length} 个部门`,
  ].filter(Boolean);
  return (
    <div>
      {created.length > 0 && <p style={{ margin: '4px 0' }}>{created.join('，')}</p>}
      <table aria-label="导入结果" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['单位', '新增', '删除', '修改', '导入前合计（元）', '导入后合计（元）', '项目', '政府采购'].map((h) => (
              <th key={h} style={{ textAlign: 'left', borderBottom: '1px solid var(--border)', padding: 4 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.units.map((u) => (
            <tr key={u.unitCode}>
              <td style={{ padding: 4 }}>
                {u.unitCode} {u.unitName}
              </td>
              <td>{u.lines?.added ?? '—'}</td>
              <td>{u.lines?.removed ?? '—'}</td>
              <td>{u.lines?.changed ?? '—'}</td>
              <td>{u.lines ? yuanText(u.lines.totalBefore) : '—'}</td>
              <td>{u.lines ? yuanText(u.lines.totalAfter) : '—'}</td>
              <td>{u.projectsCreated > 0 ? `新建 ${u.projectsCreated}` : '—'}</td>
              <td>{u.procurement ? `${u.procurement.before} → ${u.procurement.after} 条` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
