import argon2 from 'argon2';

// argon2id with OWASP's current minimum (19 MiB, 2 passes, 1 lane): memory-hard, ~30 ms here.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export { PASSWORD_MAX, PASSWORD_MIN } from './password-policy';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  // Unknown accounts still pay for one verification, so timing does not reveal which emails exist.
  const target = hash ?? (await dummyHash());
  try {
    return (await argon2.verify(target, password)) && hash != null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword('qamshy-timing-equalizer');
  return dummy;
}
