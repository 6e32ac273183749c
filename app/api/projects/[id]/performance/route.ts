import { withGuard } from '@/lib/auth/with-guard';
import { performanceFormSchema } from '@/lib/schemas/performance';
import { savePerformanceForm } from '@/lib/services/projects';

/** PUT /api/projects/[id]/performance: the whole 绩效目标申报表 (+ `version` when it exists). */
export const PUT = withGuard<{ id: string }, typeof performanceFormSchema>({ action: 'project.edit', input: performanceFormSchema }, ({ params, input, actor, scope }) =>
  savePerformanceForm({ actor, scope }, params.id, input),
);
