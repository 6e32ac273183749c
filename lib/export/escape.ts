/** HTML text and attribute escaping: every string from the report goes through here. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Tagged template: interpolated values are escaped unless wrapped with `raw`. */
export interface RawHtml {
  readonly html: string;
}

export function raw(html: string): RawHtml {
  return { html };
}

type Value = string | number | RawHtml | null | undefined | readonly Value[];

function isRaw(value: object): value is RawHtml {
  return 'html' in value && typeof value.html === 'string';
}

function render(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (isRaw(value)) return value.html;
  return value.map(render).join('');
}

export function html(strings: TemplateStringsArray, ...values: Value[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return raw(out);
}
