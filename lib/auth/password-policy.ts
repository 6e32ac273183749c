/**
 * 密码规则: at least 10 characters with three of upper case, lower case, digits and symbols, or a
 * passphrase of 16+ characters; not a common password (COMMON_PASSWORDS); not containing the
 * username. Pure: the zod rule (lib/schemas/auth.ts) checks what needs no username, the services
 * check the username.
 */
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;
export const PASSPHRASE_LENGTH = 16;

export function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
}

export function strongEnough(password: string): boolean {
  return password.length >= PASSPHRASE_LENGTH || characterClasses(password) >= 3;
}

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

export function containsUsername(password: string, username: string): boolean {
  const name = username.trim().toLowerCase();
  return name.length >= 3 && password.toLowerCase().includes(name);
}

export const PASSWORD_HINT = `至少${MIN_PASSWORD_LENGTH}位，含大小写字母、数字、符号中的三类，或${PASSPHRASE_LENGTH}位以上的口令短语`;
