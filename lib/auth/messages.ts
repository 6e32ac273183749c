/** The sign-in refusals: a code travels through next-auth (`?error=CODE`), the page shows the text. */
export const SIGN_IN_ERRORS = {
  INVALID: '用户名或密码错误',
  LOCKED: '账户已锁定，请15分钟后再试',
  INACTIVE: '账户已停用',
  UNAVAILABLE: '系统暂时无法登录，请稍后重试',
  THROTTLED: '该地址登录失败次数过多，请15分钟后再试',
} as const;
export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (code && code in SIGN_IN_ERRORS) return SIGN_IN_ERRORS[code as SignInErrorCode];
  return code === 'CredentialsSignin' ? SIGN_IN_ERRORS.INVALID : null;
}
