'use client';

import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { CellDrillDown } from '@/lib/budget/drill-down';
import type { AmountUnit } from '@/lib/budget/types';
import { Dialog } from '@/components/ui/Dialog';
import { CellLines } from './CellLines';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; cell: CellDrillDown };

/**
 * Drill-down on the report page: an amount link of a table (GridTable, `a[data-cell]`) opens a
 * dialog with the lines behind it, read from GET /api/report/cell. Without JavaScript the same
 * link opens the /report/cell page; a modified click (new tab) is left to the browser.
 */
export function DrillDownArea({ unit, children }: { unit: AmountUnit; children: ReactNode }) {
  const [state, setState] = useState<State | null>(null);
  const latest = useRef(0);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-cell]') : null;
    const query = link?.dataset.cell;
    if (!query) return;
    event.preventDefault();
    const request = ++latest.current;
    setState({ status: 'loading' });
    fetch(`/api/report/cell?${query}`, { headers: { accept: 'application/json' } })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => null);
        if (request !== latest.current) return;
        if (response.ok && body && typeof body === 'object' && 'cell' in body) setState({ status: 'ok', cell: body.cell as CellDrillDown });
        else {
          const message = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : '查询失败，请稍后重试';
          setState({ status: 'error', message });
        }
      })
      .catch(() => {
        if (request === latest.current) setState({ status: 'error', message: '网络错误，请稍后重试' });
      });
  };

  return (
    <div onClick={onClick}>
      {children}
      <Dialog open={state !== null} title="数据构成：预算明细" onClose={() => setState(null)} wide>
        {state?.status === 'loading' && <p>正在查询…</p>}
        {state?.status === 'error' && <p role="alert">{state.message}</p>}
        {state?.status === 'ok' && <CellLines cell={state.cell} unit={unit} />}
      </Dialog>
    </div>
  );
}
