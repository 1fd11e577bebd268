import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BackupError } from './backup-error';

export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_FILE = 'database.db';
export const UPLOADS_FILE = 'uploads.tar.gz';

const part = z.object({ file: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const manifestSchema = z.object({
  format: z.literal('qamshy-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: part.extend({ source: z.string(), migrations: z.number().int() }),
  uploads: part.extend({ source: z.string(), files: z.number().int().nonnegative() }),
});

export type Manifest = z.infer<typeof manifestSchema>;

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function writeManifest(dir: string, manifest: Manifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BackupError(`${file} cannot be read (${(error as Error).message}).`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError(`${file} is not a Qamshy backup manifest:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The part's file, once its size and checksum match what the backup recorded. */
export async function checkedPart(dir: string, recorded: z.infer<typeof part>): Promise<string> {
  const file = path.join(dir, path.basename(recorded.file));
  if (!fs.existsSync(file)) throw new BackupError(`${file} is missing from the backup.`);
  if (fs.statSync(file).size !== recorded.bytes || (await sha256File(file)) !== recorded.sha256) {
    throw new BackupError(`${file} does not match the checksum in ${MANIFEST_FILE}: the backup is damaged or was changed.`);
  }
  return file;
}
