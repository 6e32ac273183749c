'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import styles from './ui.module.css';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Up to 1100px wide (a table of lines) instead of 720px. */
  wide?: boolean;
}

/** A modal on the native <dialog>: Esc and the 关闭 button call onClose. */
export function Dialog({ open, title, onClose, children, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className={wide ? `${styles.dialog} ${styles.dialogWide}` : styles.dialog} aria-label={title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open && (
        <>
          <div className={styles.dialogHeader}>
            <span>{title}</span>
            <button type="button" aria-label="关闭" onClick={onClose} style={{ border: 0, background: 'none', cursor: 'pointer', fontSize: 18 }}>
              ×
            </button>
          </div>
          <div className={styles.dialogBody}>{children}</div>
        </>
      )}
    </dialog>
  );
}
