/** Sign-in and password forms: shared by the login page (zodResolver) and the server. */
import { z } from 'zod';
import { isCommonPassword, MIN_PASSWORD_LENGTH, PASSPHRASE_LENGTH, strongEnough } from '@/lib/auth/password-policy';

export const signInSchema = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, { error: '请输入用户名' }).max(64, { error: '用户名过长' }),
  password: z.string({ error: '请输入密码' }).min(1, { error: '请输入密码' }).max(128, { error: '密码过长' }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/**
 * 密码规则 (lib/auth/password-policy.ts): 10+ characters with three character classes, or a
 * 16+ passphrase; not a common password. Not containing the username is the services' check.
 */
export const passwordRule = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .min(MIN_PASSWORD_LENGTH, { error: `${label}至少${MIN_PASSWORD_LENGTH}位` })
    .max(128, { error: `${label}不能超过128位` })
    .refine(strongEnough, { error: `${label}须包含大写字母、小写字母、数字、符号中的至少三类（或使用${PASSPHRASE_LENGTH}位以上的口令短语）` })
    .refine((v) => !isCommonPassword(v), { error: `${label}过于常见，请换一个` });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: '请输入当前密码' }).min(1, { error: '请输入当前密码' }),
    newPassword: passwordRule('新密码'),
    confirmPassword: z.string({ error: '请再次输入新密码' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: '两次输入的新密码不一致' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: '新密码不能与当前密码相同' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
