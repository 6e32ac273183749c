/** Node-only start-up check (loaded by instrumentation.ts): no usable secret in production → exit. */
import { secretProblem } from './secret';

export function refuseToStartWithoutSecret(): void {
  const problem = secretProblem();
  if (!problem) return;
  console.error(`\n[budget] Refusing to start: ${problem}\n`);
  process.exit(1);
}
