import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import styles from './ui.module.css';

export interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  className?: string;
}

/** A label above its control, with the error (role=alert) or a hint below. */
export function Field({ label, error, hint, children, className }: FieldProps) {
  return (
    <label className={[styles.field, className].filter(Boolean).join(' ')}>
      <span className={styles.fieldLabel}>{label}</span>
      {children}
      {error ? (
        <span role="alert" className={styles.fieldError}>
          {error}
        </span>
      ) : (
        hint && <span className={styles.fieldHint}>{hint}</span>
      )}
    </label>
  );
}

export function controlClass(invalid?: boolean, extra?: string): string {
  return [styles.control, invalid && styles.controlInvalid, extra].filter(Boolean).join(' ');
}

export function Input({ invalid, className, ref, ...rest }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean; ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest} />;
}

export function TextArea({ invalid, className, ref, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean; ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea ref={ref} aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest} />;
}
