import argon2 from 'argon2';

/** Argon2id with OWASP's baseline cost (19 MiB, 2 passes, 1 lane): about 0.1 s a hash on a 2-core server. */
const COST = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Passwords are kept only as salted Argon2id hashes. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, COST);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, checked when the username is unknown so both paths take as long. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('không-có-người-dùng-này');
  return decoy;
}
