/**
 * 增减变动原因: PUT /api/change-reasons `{ year, subject, text, version? }`. The subject is a 功能 项
 * (`functional:2010301`) or a 三公 item (`threePublic:reception`); an empty text removes the reason.
 */
import { z } from 'zod';
import { REASON_SUBJECT_PATTERN } from '@/lib/budget/narrative/item-changes';
import { version, year } from './common';

export const putChangeReasonSchema = z.object({
  year,
  subject: z.string({ error: '请选择须说明原因的科目或三公经费项目' }).regex(REASON_SUBJECT_PATTERN, { error: '须说明原因的对象须为功能分类项级科目（7位）或三公经费的一项' }),
  text: z.string({ error: '变动原因须为文字' }).trim().max(500, { error: '变动原因不能超过500字' }),
  /** The version the leader saw; omitted when no reason was entered yet. */
  version: version.optional(),
});
export type PutChangeReasonInput = z.infer<typeof putChangeReasonSchema>;
