'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field, TextArea } from '@/components/ui/Field';
import { acknowledgeFindingAction } from '@/lib/actions/checks';

interface Props {
  unitId: string;
  year: number;
  ruleId: string;
  findingKey: string;
  /** What is acknowledged, shown in the dialog. */
  summary: string;
}

/** 确认 a WARN finding before 提交, with an optional note (说明), in a dialog. */
export function AcknowledgeButton({ unitId, year, ruleId, findingKey, summary }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await acknowledgeFindingAction({ unitId, year, ruleId, findingKey, note: note.trim() || null });
      if (!result.ok) return setError(result.error);
      setOpen(false);
      router.refresh();
    });

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        确认
      </Button>
      <Dialog open={open} title="确认审核警告" onClose={() => setOpen(false)}>
        <p style={{ marginTop: 0 }}>{summary}</p>
        <Field label="说明（可选）" hint="确认记录将留存审计日志，部门领导和财政局审核可以看到">
          <TextArea value={note} maxLength={500} rows={3} onChange={(e) => setNote(e.target.value)} aria-label="说明（可选）" />
        </Field>
        {error && (
          <p role="alert" style={{ color: 'var(--accent)' }}>
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12 }}>
          <Button onClick={() => setOpen(false)}>取消</Button>
          <Button variant="primary" onClick={confirm} disabled={pending}>
            {pending ? '正在确认…' : '确认无误'}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
