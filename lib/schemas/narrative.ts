/** 情况说明 section: PUT /api/narrative. The department is the leader's own. */
import { z } from 'zod';
import { version, year } from './common';

export const putNarrativeSchema = z.object({
  year,
  key: z.string({ error: '说明项标识不能为空' }).regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, { error: '说明项标识须为英文字母开头的字母数字组合' }),
  title: z.string({ error: '标题须为文字' }).trim().min(1, { error: '标题不能为空' }).max(100, { error: '标题不能超过100字' }).optional(),
  body: z.string({ error: '说明内容须为文字' }).max(20000, { error: '说明内容不能超过20000字' }),
  /** The version the user saw; omitted when creating the section. */
  version: version.optional(),
});
export type PutNarrativeInput = z.infer<typeof putNarrativeSchema>;
