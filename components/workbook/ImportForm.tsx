'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, buttonClass } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { ImportSummaryView } from './ImportSummaryView';
import { postImport, type ImportAnswer } from './import-request';

export interface ImportFormProps {
  year: number;
  /** The unit's lines page exports that unit; the admin page the whole county. */
  exportQuery: string;
  /** .csv of the 明细 columns is accepted on the lines page. */
  acceptCsv: boolean;
}

/** 导入工作簿: choose a file, 检查（试导入） shows every error or the summary, 导入 writes it. */
export function ImportForm({ year, exportQuery, acceptCsv }: ImportFormProps) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    const result = await postImport(file, year, dryRun);
    setAnswer(result);
    setBusy(false);
    if (result.ok && !dryRun) router.refresh();
  };

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          type="file"
          aria-label="选择导入文件"
          accept={acceptCsv ? '.xlsx,.csv' : '.xlsx'}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setAnswer(null);
          }}
        />
        <Button disabled={!file || busy} onClick={() => send(true)}>
          检查（试导入）
        </Button>
        <Button variant="primary" disabled={!file || busy} onClick={() => send(false)}>
          导入
        </Button>
        <a className={buttonClass('default', 'small')} href={`/api/import/template?year=${year}`}>
          下载导入模板
        </a>
        <a className={buttonClass('default', 'small')} href={`/api/export?year=${year}&${exportQuery}`}>
          导出工作簿
        </a>
      </div>
      {busy && <p role="status">正在处理，请稍候…</p>}
      {answer && !answer.ok && (
        <Notice tone="danger">
          <strong>{answer.message}</strong>
          {answer.errors.length > 0 && (
            <ul aria-label="导入错误" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {answer.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {answer?.ok && (
        <Notice tone="success">{answer.summary.dryRun ? '检查通过（试导入，未写入任何数据）。确认无误后点击“导入”。' : '导入成功。'}</Notice>
      )}
      {answer && answer.warnings.length > 0 && (
        <Notice tone="warning">
          <ul aria-label="导入提示" style={{ margin: 0, paddingLeft: 20 }}>
            {answer.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}
      {answer?.ok && <ImportSummaryView summary={answer.summary} />}
    </div>
  );
}
