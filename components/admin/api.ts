/** The admin forms' one way to call the /api/admin/reference routes: JSON in, the refusal's Chinese message out. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string; field: string | null };

export async function sendJson<T = unknown>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const data: unknown = await res.json().catch(() => null);
    // The route's JSON answer; the caller names the shape its route returns.
    if (res.ok) return { ok: true, data: data as T };
    const error = typeof data === 'object' && data !== null ? data : {};
    const message: unknown = Reflect.get(error, 'error');
    const field: unknown = Reflect.get(error, 'field');
    return { ok: false, error: typeof message === 'string' ? message : `请求失败（${res.status}）`, field: typeof field === 'string' ? field : null };
  } catch {
    return { ok: false, error: '网络错误，请稍后重试', field: null };
  }
}
