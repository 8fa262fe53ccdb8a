import { userInfo } from 'node:os';

/** Who is recorded as having created or changed a concept (TBX's responsibility fields). */
export function currentUser(): string {
  try {
    return process.env.SVERKA_USER || userInfo().username || 'editor';
  } catch {
    return 'editor';
  }
}
