'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { updateRuleAction } from '@/lib/actions/checks';
import { SEVERITIES, SEVERITY_LABEL, type RuleDefinition, type RuleSetting, type Severity } from '@/lib/budget/rules/types';

interface Props {
  year: number;
  definition: RuleDefinition;
  setting: RuleSetting;
  version: number | null;
  readOnly: boolean;
}

const isSeverity = (value: string): value is Severity => SEVERITIES.some((s) => s === value);

/** One rule's setting for the year: 启用, 严重程度, its parameters; saved with the version last seen. */
export function RuleEditor({ year, definition, setting, version, readOnly }: Props) {
  const router = useRouter();
  const [enabled, setEnabled] = useState(setting.enabled);
  const [severity, setSeverity] = useState<Severity>(setting.severity);
  const [params, setParams] = useState<Record<string, string>>({ ...setting.params });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const save = () =>
    startTransition(async () => {
      const result = await updateRuleAction({ year, ruleId: definition.id, enabled, severity, params, version });
      setMessage(result.ok ? { ok: true, text: '已保存' } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });

  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
      <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
        <input type="checkbox" checked={enabled} disabled={readOnly} onChange={(e) => setEnabled(e.target.checked)} />
        启用
      </label>
      <Select
        aria-label={`${definition.name}的严重程度`}
        value={severity}
        disabled={readOnly}
        options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABEL[s] }))}
        onChange={(e) => isSeverity(e.target.value) && setSeverity(e.target.value)}
      />
      {definition.parameters.map((p) => (
        <label key={p.key} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
          {p.label}
          <Input
            value={params[p.key] ?? ''}
            disabled={readOnly}
            inputMode="decimal"
            style={{ width: 140 }}
            onChange={(e) => setParams({ ...params, [p.key]: e.target.value })}
          />
          {p.unit}
        </label>
      ))}
      {!readOnly && (
        <Button size="small" variant="primary" onClick={save} disabled={pending}>
          {pending ? '正在保存…' : '保存'}
        </Button>
      )}
      {message && (
        <small role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? undefined : 'var(--accent)' }}>
          {message.text}
        </small>
      )}
    </div>
  );
}
