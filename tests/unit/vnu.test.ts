import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateHtml } from '@/tests/helpers/vnu';

const page = (body: string) => `<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Сынақ</title></head><body>${body}</body></html>`;

// A stand-in for java that prints a clean report and exits with the given status.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-vnu-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function fakeJava(status: number): string {
  const file = path.join(dir, `java-${status}`);
  fs.writeFileSync(file, `#!/bin/sh\necho '{"messages":[]}' >&2\nexit ${status}\n`, { mode: 0o755 });
  return file;
}

// The e2e specs trust an empty answer to mean valid HTML; these make sure it can mean nothing else.
describe('the Nu Html Checker helper', () => {
  it('returns the errors of each invalid document and none for a valid one', () => {
    const errors = validateHtml({ valid: page('<p>Дұрыс</p>'), broken: page('<p><div>Қате</p>') });
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.url).toMatch(/\/broken\.html$/);
  });

  it('throws with an instruction when Java is missing', () => {
    expect(() => validateHtml({ valid: page('') }, { java: '/nonexistent/bin/java' })).toThrow(/needs Java.*apt-get install default-jre-headless/);
  });

  it.each([
    ['prints nothing and exits 0', { java: '/bin/true' }, /no JSON report; exit status 0/],
    ['prints nothing and exits 1', { java: '/bin/false' }, /no JSON report; exit status 1/],
    ['cannot start (no such jar)', { jar: '/nonexistent/vnu.jar' }, /Unable to access jarfile/],
    ['reports no error but exits 1', { java: fakeJava(1) }, /no error in its report; exit status 1/],
    ['exits with another status', { java: fakeJava(3) }, /unexpected exit; exit status 3/],
  ])('throws when the checker %s', (_label, options, message) => {
    expect(() => validateHtml({ valid: page('') }, options)).toThrow(message);
  });
});
