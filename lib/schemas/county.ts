/** GET /api/county query: which year, in which amount unit and format. */
import { z } from 'zod';

export const countyQuerySchema = z.object({
  year: z.coerce
    .number({ error: '预算年度（year）须为整数' })
    .int({ error: '预算年度（year）须为整数' })
    .min(2000, { error: '预算年度（year）须在2000至2100之间' })
    .max(2100, { error: '预算年度（year）须在2000至2100之间' }),
  format: z.enum(['json', 'xlsx'], { error: '格式（format）须为 json 或 xlsx' }).default('json'),
  unit: z.enum(['万元', '元'], { error: '金额单位（unit）须为 万元 或 元' }).default('万元'),
});

export type CountyQueryInput = z.infer<typeof countyQuerySchema>;
