import Link from 'next/link';
import { PUBLIC_NOT_FOUND } from '@/lib/services/read/public';

/** The one 404 of 部门预算公开: unknown, unpublished, draft and submitted department-years all read the same. */
export default function PublicNotFound() {
  return (
    <main>
      <h1 style={{ fontSize: 18 }}>未找到公开信息</h1>
      <p>{PUBLIC_NOT_FOUND}</p>
      <p>
        <Link prefetch={false} href="/public">返回公开目录</Link>
      </p>
    </main>
  );
}
