import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export type VnuMessage = { type: string; url: string; message: string; extract?: string; lastLine?: number };

// The Nu Html Checker from npm (vnu-jar) on the system Java; returns only errors.
export function validateHtml(documents: Record<string, string>): VnuMessage[] {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-vnu-'));
  const files = Object.entries(documents).map(([name, html]) => {
    const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.html`);
    fs.writeFileSync(file, html);
    return file;
  });
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.error) throw run.error;
  const out = run.stderr.trim() || run.stdout.trim();
  if (!out) return [];
  const parsed = JSON.parse(out) as { messages: VnuMessage[] };
  return parsed.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}
