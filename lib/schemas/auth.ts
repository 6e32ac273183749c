/** Sign-in and password forms: shared by the login page (zodResolver) and the server. */
import { z } from 'zod';

export const signInSchema = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, { error: '请输入用户名' }).max(64, { error: '用户名过长' }),
  password: z.string({ error: '请输入密码' }).min(1, { error: '请输入密码' }).max(128, { error: '密码过长' }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** At least 8 characters with letters and digits. */
export const passwordRule = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .min(8, { error: `${label}至少8位` })
    .max(128, { error: `${label}不能超过128位` })
    .regex(/[A-Za-z]/, { error: `${label}须包含字母` })
    .regex(/\d/, { error: `${label}须包含数字` });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: '请输入当前密码' }).min(1, { error: '请输入当前密码' }),
    newPassword: passwordRule('新密码'),
    confirmPassword: z.string({ error: '请再次输入新密码' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: '两次输入的新密码不一致' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: '新密码不能与当前密码相同' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
