// A voter as the feedback store keeps them: a salted SHA-256 of platform and user id, so votes can
// be told apart (changed, not repeated) without keeping who voted. The salt comes from the settings.
import { createHash } from 'node:crypto';

export function voterHash(salt: string, platform: string, userId: string): string {
  return createHash('sha256').update(`${salt}\u0000${platform}\u0000${userId}`).digest('hex');
}
