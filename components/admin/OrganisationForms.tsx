'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { UNIT_TYPES, UNIT_TYPE_LABEL } from '@/lib/schemas/organisation';
import { sendJson } from './api';

const TYPE_OPTIONS = UNIT_TYPES.map((t) => ({ value: t, label: UNIT_TYPE_LABEL[t] }));
const text = (form: FormData, key: string) => String(form.get(key) ?? '');

/** Posts a form's fields to an API route; shows the Chinese refusal or a confirmation, then refreshes. */
function useSubmit(method: 'POST' | 'PATCH', url: string, done: (body: Record<string, unknown>) => string) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (body: Record<string, unknown>, form?: HTMLFormElement) => {
    setPending(true);
    const result = await sendJson(method, url, body);
    setPending(false);
    setMessage(result.ok ? { ok: true, text: done(body) } : { ok: false, text: result.error });
    if (result.ok) {
      form?.reset();
      router.refresh();
    }
  };
  return { message, pending, submit };
}

function Message({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p role={message.ok ? 'status' : 'alert'} style={{ width: '100%', margin: 0, color: message.ok ? undefined : 'var(--accent)' }}>
      {message.text}
    </p>
  );
}

const formStyle = { display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap', margin: '8px 0' } as const;

/** 新建部门: 3-digit code, name, region. */
export function CreateDepartmentForm({ defaultRegion }: { defaultRegion: string }) {
  const { message, pending, submit } = useSubmit('POST', '/api/admin/departments', (b) => `已新建部门 ${String(b.code)} ${String(b.name)}`);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void submit({ code: text(form, 'code'), name: text(form, 'name'), region: text(form, 'region') }, e.currentTarget);
  };
  return (
    <form onSubmit={onSubmit} aria-label="新建部门" style={formStyle}>
      <Field label="部门编码"><Input name="code" placeholder="3位数字" maxLength={3} size={8} /></Field>
      <Field label="部门名称"><Input name="name" size={24} /></Field>
      <Field label="所属地区"><Input name="region" defaultValue={defaultRegion} size={10} /></Field>
      <Button type="submit" variant="primary" disabled={pending}>新建部门</Button>
      <Message message={message} />
    </form>
  );
}

/** 新建单位 under a department: code = department code + 3 digits. */
export function CreateUnitForm({ departments }: { departments: { code: string; name: string }[] }) {
  const { message, pending, submit } = useSubmit('POST', '/api/admin/units', (b) => `已新建单位 ${String(b.code)} ${String(b.name)}`);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void submit({ departmentCode: text(form, 'departmentCode'), code: text(form, 'code'), name: text(form, 'name'), type: text(form, 'type') }, e.currentTarget);
  };
  return (
    <form onSubmit={onSubmit} aria-label="新建单位" style={formStyle}>
      <Field label="所属部门">
        <Select name="departmentCode" placeholder="（选择部门）" options={departments.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` }))} />
      </Field>
      <Field label="单位编码"><Input name="code" placeholder="部门编码+3位" maxLength={6} size={8} /></Field>
      <Field label="单位名称"><Input name="name" size={24} /></Field>
      <Field label="单位类型"><Select name="type" options={TYPE_OPTIONS} /></Field>
      <Button type="submit" variant="primary" disabled={pending}>新建单位</Button>
      <Message message={message} />
    </form>
  );
}

/** 改名 and 停用/启用 of one department or unit (PATCH …/[code]). */
export function OrganisationRowActions({ kind, code, name, active }: { kind: 'departments' | 'units'; code: string; name: string; active: boolean }) {
  const [editing, setEditing] = useState(false);
  const { message, pending, submit } = useSubmit('PATCH', `/api/admin/${kind}/${code}`, (b) =>
    b.active === false ? '已停用' : b.active === true ? '已启用' : '已修改名称',
  );
  const onRename = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void submit({ name: text(new FormData(e.currentTarget), 'name') }).then(() => setEditing(false));
  };
  return (
    <span style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
      {editing ? (
        <form onSubmit={onRename} style={{ display: 'inline-flex', gap: 6 }}>
          <Input name="name" defaultValue={name} aria-label="新名称" size={20} />
          <Button type="submit" size="small" disabled={pending}>保存</Button>
          <Button size="small" onClick={() => setEditing(false)}>取消</Button>
        </form>
      ) : (
        <Button size="small" onClick={() => setEditing(true)}>改名</Button>
      )}
      <Button size="small" variant={active ? 'danger' : 'default'} disabled={pending} onClick={() => void submit({ active: !active })}>
        {active ? '停用' : '启用'}
      </Button>
      {message && !message.ok && <small role="alert" style={{ color: 'var(--accent)' }}>{message.text}</small>}
    </span>
  );
}
