/** Password hashing (bcryptjs). Cost 10 keeps a sign-in near 100 ms on these machines. */
import bcrypt from 'bcryptjs';

const COST = 10;
// A valid hash of a random string: compared against when the user does not exist, so that an
// unknown username costs as much time as a wrong password.
const DUMMY_HASH = '$2b$10$kruzpI47dx/PVFxakGxH5uVW8S5Prnm3Fd4wZM7sr6l1BCqyy4etG';

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export async function verifyPassword(plain: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(plain, hash ?? DUMMY_HASH);
  return hash !== null && ok;
}
