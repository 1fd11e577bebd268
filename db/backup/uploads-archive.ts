import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { BackupError } from './backup-error';

// Only folders and regular files travel: the portal writes nothing else, and a symlink restored
// into UPLOADS_DIR could point anywhere.
const STORED_TYPES = new Set(['File', 'Directory']);

/** Writes a gzipped tarball of `uploadsDir` (an empty one if the folder does not exist yet). */
export async function packUploads(uploadsDir: string, archive: string): Promise<{ files: number }> {
  let files = 0;
  const source = fs.existsSync(uploadsDir) ? uploadsDir : fs.mkdtempSync(path.join(path.dirname(archive), 'empty-'));
  try {
    await tar.create(
      {
        gzip: true,
        file: archive,
        cwd: source,
        portable: true,
        filter: (_entryPath, stat) => {
          const keep = 'isFile' in stat && (stat.isFile() || stat.isDirectory());
          if (keep && stat.isFile()) files++;
          return keep;
        },
      },
      ['.'],
    );
  } finally {
    if (source !== uploadsDir) fs.rmSync(source, { recursive: true, force: true });
  }
  return { files };
}

/** Reads the whole archive, so a truncated or corrupt one is refused before anything is replaced. */
export async function countArchivedFiles(archive: string): Promise<number> {
  let files = 0;
  try {
    await tar.list({ file: archive, strict: true, onReadEntry: (entry) => void (entry.type === 'File' && files++) });
  } catch (error) {
    throw new BackupError(`${archive} is not a readable uploads archive (${(error as Error).message}).`);
  }
  return files;
}

/** Extracts into `dest`, which must not exist yet; paths leaving it (`..`, absolute) are refused by tar. */
export async function unpackUploads(archive: string, dest: string): Promise<void> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.mkdirSync(dest);
  await tar.extract({ file: archive, cwd: dest, strict: true, filter: (_entryPath, entry) => 'type' in entry && STORED_TYPES.has(entry.type) });
}
