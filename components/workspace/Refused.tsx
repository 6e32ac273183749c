import { Notice } from '@/components/ui/Notice';

/** What a page shows instead of its content when the guard or the scope says no. */
export function Refused({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1 style={{ fontSize: 20 }}>{title}</h1>
      <Notice tone="danger">{message}</Notice>
    </>
  );
}
