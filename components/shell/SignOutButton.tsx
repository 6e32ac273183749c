'use client';

import { signOut } from 'next-auth/react';
import styles from './shell.module.css';

export function SignOutButton() {
  return (
    <button type="button" className={styles.signOut} onClick={() => signOut({ callbackUrl: '/login' })}>
      退出登录
    </button>
  );
}
