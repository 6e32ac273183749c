import Link from 'next/link';

/** 404 in Chinese (Next's own page is English). */
export default function NotFound() {
  return (
    <main style={{ maxWidth: 480, margin: '10vh auto', padding: 24 }}>
      <h1 style={{ fontSize: 20 }}>页面不存在</h1>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}
