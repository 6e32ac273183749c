/**
 * 拒绝记录: a refused write (401/403/409/413/415 on a non-GET route, a cross-site request) gets
 * an audit row REQUEST_REFUSED with the user (when the session names one), the IP and the action.
 * Best effort: a failure to record is logged and never changes the refusal the caller sees.
 */
import { clientIp } from '@/lib/auth/auth-options';
import { sessionActor } from '@/lib/auth/guard';
import { appendAudit } from '@/lib/db/audit-repository';
import { getPrisma } from '@/lib/db/client';

export const AUDITED_REFUSALS: ReadonlySet<number> = new Set([401, 403, 409, 413, 415]);

export interface Refusal {
  req: Request;
  operation: string;
  status: number;
  code: string;
  message: string;
}

export async function auditRefusal({ req, operation, status, code, message }: Refusal): Promise<void> {
  try {
    const actor = await sessionActor();
    const { pathname } = new URL(req.url);
    await appendAudit(getPrisma(), {
      kind: 'REQUEST_REFUSED',
      actor,
      entity: 'Request',
      entityId: `${req.method} ${pathname}`.slice(0, 200),
      after: { operation, status, code },
      reason: message.slice(0, 500),
      ip: clientIp(Object.fromEntries(req.headers)),
    });
  } catch (error) {
    console.error('[budget] could not record a refused request:', error);
  }
}
