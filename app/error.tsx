'use client';

/**
 * Any error a page did not handle (the database down, a bug): one Chinese line and the request's
 * digest, which the server log carries with the details. Never the error's own message.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main style={{ maxWidth: 480, margin: '10vh auto', padding: 24 }}>
      <h1 style={{ fontSize: 20 }}>系统错误，请稍后重试</h1>
      {error.digest && <p style={{ color: 'var(--muted)' }}>请求编号：{error.digest}</p>}
      <button type="button" onClick={reset}>
        重试
      </button>
    </main>
  );
}
