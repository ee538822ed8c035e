// The salt of the voters' hashes: FEEDBACK_SALT when set, else a random one made once and kept in
// DATA_DIR/feedback-salt (readable by the owner only), so a vote stays changeable across restarts.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const FEEDBACK_SALT_FILE = 'feedback-salt';

export async function feedbackSalt(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured !== undefined) return configured;
  const file = path.join(dataDir, FEEDBACK_SALT_FILE);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= 16) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const salt = randomBytes(32).toString('hex');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${salt}\n`, { mode: 0o600 });
  return salt;
}
