'use client';

import { useEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First and one-past-last item drawn. */
  start: number;
  end: number;
  /** Heights of the spacers above and below the drawn items. */
  before: number;
  after: number;
  /** Scrolls so that item `index` is inside the viewport (under the sticky header, above the sticky totals); `top` puts it first. */
  reveal: (index: number, top?: boolean) => void;
}

/**
 * Windowing for a table body of fixed-height rows inside a scrolling element: only the rows in
 * view (plus `overscan` on either side) are drawn, so 2,000 lines cost what 40 do. Our own ~40
 * lines instead of a library: fixed row heights make it one division.
 */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, chrome: { top: number; bottom: number }, overscan = 10): RowWindow {
  const [view, setView] = useState({ top: 0, height: 600 });
  // Scroll events arrive every frame; the grid draws again only when the first drawn row changes by a step.
  const step = Math.max(1, Math.floor(overscan / 2)) * rowHeight;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => {
      const top = Math.floor(el.scrollTop / step) * step;
      setView((v) => (v.top === top && v.height === el.clientHeight ? v : { top, height: el.clientHeight }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller, step]);

  const bodyTop = Math.max(0, view.top - chrome.top);
  const start = Math.max(0, Math.floor(bodyTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((bodyTop + view.height + step) / rowHeight) + overscan);

  const reveal = (index: number, first = false) => {
    const el = scroller.current;
    if (!el) return;
    const top = index * rowHeight;
    const body = el.clientHeight - chrome.top - chrome.bottom;
    if (first || top < el.scrollTop) el.scrollTo({ top });
    else if (top + rowHeight > el.scrollTop + body) el.scrollTo({ top: top + rowHeight - body });
  };

  return { start, end, before: start * rowHeight, after: Math.max(0, (count - end) * rowHeight), reveal };
}
