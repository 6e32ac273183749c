/** An audit row's before → after, field by field, instead of two JSON blobs side by side. */

type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: Json): string => {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** Each field that differs: "status：SUBMITTED → RETURNED"; a field only after: "amountYuan：1200.00". */
export function changedFields(before: Json, after: Json): { field: string; before: string | null; after: string | null }[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null || before === undefined) return after === null || after === undefined ? [] : [{ field: '', before: null, after: text(after) }];
    return [{ field: '', before: text(before), after: after === null || after === undefined ? null : text(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((field) => {
    const was = field in b ? text(b[field]) : null;
    const is = field in a ? text(a[field]) : null;
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

export function AuditChanges({ before, after }: { before: Json; after: Json }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingLeft: 16, maxWidth: 520, overflowWrap: 'anywhere' }}>
      {changes.map((c) => (
        <li key={c.field}>
          {c.field && <span style={{ color: 'var(--muted)' }}>{c.field}：</span>}
          {c.before !== null && <del style={{ color: 'var(--muted)' }}>{c.before}</del>}
          {c.before !== null && c.after !== null && ' → '}
          {c.after !== null && <span>{c.after}</span>}
        </li>
      ))}
    </ul>
  );
}
