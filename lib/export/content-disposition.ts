/**
 * Content-Disposition with a Chinese file name (RFC 6266 + RFC 5987): an ASCII `filename`
 * for old clients and the UTF-8 `filename*` that every current browser prefers.
 */

/** RFC 5987 ext-value: UTF-8, percent-encoded, with the characters encodeURIComponent leaves in ('()*) encoded too. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(type: 'attachment' | 'inline', fileName: string, asciiFallback: string): string {
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
