'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Field';
import type { CodeKind } from '@/lib/schemas/reference';
import { sendJson } from './api';

/** 改名 (inline) and 删除 (after a confirmation) of one code; a refusal shows its Chinese message. */
export function CodeRowActions({ year, kind, code, name }: { year: number; kind: CodeKind; code: string; name: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const url = `/api/admin/reference/codes/${kind}/${code}`;

  const run = (method: 'PATCH' | 'DELETE', body: unknown) =>
    startTransition(async () => {
      const result = await sendJson(method, url, body);
      setError(result.ok ? null : result.error);
      if (result.ok) {
        setEditing(false);
        router.refresh();
      }
    });
  const remove = () => {
    if (window.confirm(`确定删除科目 ${code} ${name}？`)) run('DELETE', { year });
  };

  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
      {editing ? (
        <>
          <Input aria-label={`科目 ${code} 的新名称`} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <Button size="small" variant="primary" disabled={pending} onClick={() => run('PATCH', { year, name: draft })}>
            保存
          </Button>
          <Button size="small" disabled={pending} onClick={() => { setEditing(false); setDraft(name); setError(null); }}>
            取消
          </Button>
        </>
      ) : (
        <>
          <Button size="small" disabled={pending} onClick={() => setEditing(true)}>
            改名
          </Button>
          <Button size="small" variant="danger" disabled={pending} onClick={remove}>
            删除
          </Button>
        </>
      )}
      {error && (
        <small role="alert" style={{ color: 'var(--accent)' }}>
          {error}
        </small>
      )}
    </span>
  );
}
