'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, TextArea } from '@/components/ui/Field';
import { putNarrativeAction } from '@/lib/actions/narrative';
import { ProblemNotice } from '@/components/ui/ProblemNotice';
import { LeaveGuard } from '@/components/workspace/LeaveGuard';

export interface NarrativeSectionView {
  key: string;
  title: string;
  body: string;
  version: number;
}

/** The 情况说明 sections of a department-year, one card each; editable by the department leader, who is warned before leaving unsaved edits. */
export function NarrativeEditor({ year, sections, readOnly }: { year: number; sections: readonly NarrativeSectionView[]; readOnly: boolean }) {
  const [unsaved, setUnsaved] = useState<readonly string[]>([]);
  const onDirty = useCallback((key: string, dirty: boolean) => {
    setUnsaved((keys) => (dirty === keys.includes(key) ? keys : dirty ? [...keys, key] : keys.filter((k) => k !== key)));
  }, []);
  const titles = sections.filter((s) => unsaved.includes(s.key)).map((s) => `「${s.title}」`);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {sections.map((section) => (
        <NarrativeCard key={section.key} year={year} latest={section} readOnly={readOnly} onDirty={onDirty} />
      ))}
      <LeaveGuard when={unsaved.length > 0} message={`${titles.join('、')}的修改尚未保存，离开本页将丢失这些修改。`} />
    </div>
  );
}

const cardStyle = { background: '#fff', border: '1px solid var(--border)', borderRadius: 4, padding: 16, display: 'grid', gap: 12 } as const;

/**
 * One section: 保存 sends the version the card was opened with (or last saved); when someone
 * else saved in between, the server's conflict message shows with 载入最新数据.
 */
function NarrativeCard({ year, latest, readOnly, onDirty }: { year: number; latest: NarrativeSectionView; readOnly: boolean; onDirty: (key: string, dirty: boolean) => void }) {
  const router = useRouter();
  const [loaded, setLoaded] = useState(latest);
  const [body, setBody] = useState(latest.body);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string; stale?: boolean } | null>(null);
  const wanted = useRef(false);

  useEffect(() => {
    if (!wanted.current) return;
    wanted.current = false;
    setLoaded(latest);
    setBody(latest.body);
  }, [latest]);

  const dirty = !readOnly && body !== loaded.body;
  useEffect(() => onDirty(latest.key, dirty), [onDirty, latest.key, dirty]);

  const reloadLatest = () => {
    wanted.current = true;
    setMessage(null);
    router.refresh();
  };

  const save = async () => {
    setSaving(true);
    setMessage(null);
    try {
      const result = await putNarrativeAction({ year, key: loaded.key, body, version: loaded.version });
      if (result.ok) {
        if (result.data) setLoaded({ key: result.data.key, title: result.data.title, body: result.data.body, version: result.data.version });
        setMessage({ tone: 'success', text: `已保存：${loaded.title}` });
        router.refresh();
      } else {
        setMessage({ tone: 'danger', text: result.error, stale: result.status === 409 });
      }
    } finally {
      setSaving(false);
    }
  };

  const id = `narrative-${loaded.key}`;
  return (
    <section aria-labelledby={`${id}-title`} style={cardStyle}>
      <h2 id={`${id}-title`} style={{ margin: 0, fontSize: 16 }}>
        {loaded.title}
      </h2>
      {readOnly ? (
        <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>{loaded.body || '（无）'}</div>
      ) : (
        <>
          <Field label="说明内容" hint={`版本 ${loaded.version}`}>
            <TextArea id={id} rows={Math.min(16, Math.max(4, body.split('\n').length + 1))} value={body} maxLength={20000} onChange={(e) => setBody(e.target.value)} />
          </Field>
          {message && (
<ProblemNotice tone={message.tone} message={message.text} onReload={message.stale ? reloadLatest : undefined} />
          )}
          <div>
            <Button variant="primary" onClick={save} disabled={saving || body === loaded.body}>
              {saving ? '正在保存…' : '保存'}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
