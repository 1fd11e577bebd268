import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export type VnuMessage = { type: string; url: string; message: string; extract?: string; lastLine?: number };

/** `java` and `jar` are for the helper's own tests: a checker that fails must not read as valid HTML. */
export type VnuOptions = { java?: string; jar?: string };

// The Nu Html Checker from npm (vnu-jar) on the system Java; returns only errors. It exits 0 when
// the documents are valid and 1 when it found errors, and prints a JSON report on stderr either
// way: anything else (no Java, no report, another status) is the checker failing, and throws.
export function validateHtml(documents: Record<string, string>, options: VnuOptions = {}): VnuMessage[] {
  const java = options.java ?? 'java';
  const jar = options.jar ?? createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-vnu-'));
  const files = Object.entries(documents).map(([name, html]) => {
    const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.html`);
    fs.writeFileSync(file, html);
    return file;
  });
  const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  fs.rmSync(dir, { recursive: true, force: true });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`The Nu Html Checker needs Java, and "${java}" was not found. On Debian: apt-get install default-jre-headless`);
  }
  if (run.error) throw run.error;
  const failed = (why: string) =>
    new Error(
      `The Nu Html Checker failed (${why}; exit status ${run.status}${run.signal ? `, signal ${run.signal}` : ''}):\n${run.stderr.trim() || run.stdout.trim() || '(no output)'}`,
    );
  if (run.status !== 0 && run.status !== 1) throw failed('unexpected exit');
  let report: { messages?: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr.trim() || run.stdout.trim());
  } catch {
    throw failed('no JSON report');
  }
  if (!Array.isArray(report.messages)) throw failed('no messages in its report');
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  if (run.status === 1 && errors.length === 0) throw failed('no error in its report');
  return errors;
}
