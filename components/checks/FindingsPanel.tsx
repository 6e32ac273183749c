import type { FindingView } from '@/lib/services/rules';
import { Notice } from '@/components/ui/Notice';
import { Table, Td, Th } from '@/components/ui/Table';
import { formatYuanText } from './format';
import { AcknowledgeButton } from './AcknowledgeButton';
import { SeverityBadge } from './severity';

interface Props {
  findings: readonly FindingView[];
  unitId: string;
  year: number;
  /** The accountant may acknowledge warnings (unit still editable). */
  mayAcknowledge: boolean;
}

/** 审核问题 of a unit: 致命 must be fixed, 警告 acknowledged (with an optional note) before 提交, 提示 informs. */
export function FindingsPanel({ findings, unitId, year, mayAcknowledge }: Props) {
  if (findings.length === 0) return <Notice tone="success">审核通过：未发现致命问题或警告。</Notice>;
  const fatal = findings.filter((f) => f.severity === 'FATAL').length;
  const open = findings.filter((f) => f.severity === 'WARN' && f.acknowledgement === null).length;
  return (
    <>
      {fatal > 0 && <Notice tone="danger">有{fatal}项致命问题，修正后才能提交。</Notice>}
      {fatal === 0 && open > 0 && <Notice tone="warning">有{open}项警告尚未确认，逐项确认后才能提交。</Notice>}
      <Table aria-label="审核问题">
        <thead>
          <tr>
            <Th>级别</Th>
            <Th>规则</Th>
            <Th>位置</Th>
            <Th>说明</Th>
            <Th numeric>左边（元）</Th>
            <Th numeric>右边（元）</Th>
            <Th>确认</Th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <tr key={`${f.ruleId}:${f.key}`} data-rule={f.ruleId}>
              <Td>
                <SeverityBadge severity={f.severity} />
              </Td>
              <Td>{f.ruleName}</Td>
              <Td>{f.where}</Td>
              <Td>{f.message}</Td>
              <Td numeric>{f.left === null ? '' : formatYuanText(f.left)}</Td>
              <Td numeric>{f.right === null ? '' : formatYuanText(f.right)}</Td>
              <Td>
                {f.acknowledgement ? (
                  <small>{`已确认（${f.acknowledgement.userName}）${f.acknowledgement.note ? `：${f.acknowledgement.note}` : ''}`}</small>
                ) : f.severity === 'WARN' && mayAcknowledge ? (
                  <AcknowledgeButton unitId={unitId} year={year} ruleId={f.ruleId} findingKey={f.key} summary={`${f.ruleName}：${f.where}，${f.message}`} />
                ) : f.severity === 'WARN' ? (
                  <small>待确认</small>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
