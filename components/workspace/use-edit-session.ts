'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/**
 * Optimistic locking on the client: a form edits the record as it was loaded (its `version`),
 * even when the page re-renders underneath with a newer one (any server action may refresh the
 * route). Only 载入最新数据 (`reloadLatest`) adopts the newest record, after a refresh: key the
 * form's body by `loaded.version` so that it then starts over from the newest values.
 */
export function useEditSession<T extends { version: number }>(latest: T | undefined) {
  const router = useRouter();
  const [loaded, setLoaded] = useState(latest);
  const wanted = useRef(false);

  useEffect(() => {
    if (!wanted.current || !latest) return;
    wanted.current = false;
    setLoaded(latest);
  }, [latest]);

  const reloadLatest = () => {
    wanted.current = true;
    router.refresh();
  };

  return { loaded, reloadLatest };
}
