import type { ButtonHTMLAttributes } from 'react';
import styles from './ui.module.css';

export type ButtonVariant = 'default' | 'primary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
}

/** A button; `type` defaults to "button" so that it never submits a form by accident. */
export function Button({ variant = 'default', size = 'normal', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}

/** The same look for links (<a>, next/link). */
export function buttonClass(variant: ButtonVariant = 'default', size: 'normal' | 'small' = 'normal', extra?: string): string {
  return [styles.button, variant === 'primary' && styles.primary, variant === 'danger' && styles.danger, size === 'small' && styles.small, extra]
    .filter(Boolean)
    .join(' ');
}
