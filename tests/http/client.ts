/**
 * A browser-like HTTP client for the tests: a cookie jar, and sign-in through next-auth's own
 * credentials endpoints (GET /api/auth/csrf, POST /api/auth/callback/credentials).
 */
export interface HttpResult {
  status: number;
  body: Record<string, unknown> & { error?: string; code?: string; field?: string };
  headers: Headers;
}

export class HttpClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private remember(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', val = ''] = a.split('=').map((s) => s.trim());
        return (key.toLowerCase() === 'max-age' && Number(val) <= 0) || (key.toLowerCase() === 'expires' && new Date(val).getTime() < Date.now());
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async raw(method: string, path: string, init: { body?: string | FormData; contentType?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (init.contentType) headers['content-type'] = init.contentType;
    const res = await fetch(this.baseUrl + path, { method, headers, body: init.body, redirect: 'manual' });
    this.remember(res);
    return res;
  }

  async request(method: string, path: string, body?: unknown): Promise<HttpResult> {
    return this.parse(await this.raw(method, path, body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' }));
  }

  /** multipart/form-data (fetch sets the content type with its boundary). */
  async postForm(path: string, form: FormData): Promise<HttpResult> {
    return this.parse(await this.raw('POST', path, { body: form }));
  }

  private async parse(res: Response): Promise<HttpResult> {
    const text = await res.text();
    let parsed: HttpResult['body'] = {};
    try {
      parsed = text ? (JSON.parse(text) as HttpResult['body']) : {};
    } catch {
      parsed = { text };
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown) {
    return this.request('POST', path, body);
  }
  patch(path: string, body: unknown) {
    return this.request('PATCH', path, body);
  }
  put(path: string, body: unknown) {
    return this.request('PUT', path, body);
  }
  delete(path: string, body: unknown) {
    return this.request('DELETE', path, body);
  }

  /** Signs in; returns null on success or the refusal code (INVALID, LOCKED, INACTIVE). */
  async signIn(username: string, password: string): Promise<string | null> {
    const csrf = await this.raw('GET', '/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, username, password, json: 'true', callbackUrl: this.baseUrl + '/' });
    const res = await this.raw('POST', '/api/auth/callback/credentials', { body: form.toString(), contentType: 'application/x-www-form-urlencoded' });
    const { url } = (await res.json()) as { url: string };
    const error = new URL(url, this.baseUrl).searchParams.get('error');
    return error ?? null;
  }

  async signOut(): Promise<void> {
    const csrf = await this.raw('GET', '/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, json: 'true' });
    await this.raw('POST', '/api/auth/signout', { body: form.toString(), contentType: 'application/x-www-form-urlencoded' });
  }
}
