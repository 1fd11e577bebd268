import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/uploads/[...path]/route';
import { env } from '@/lib/env';

// The test UPLOADS_DIR is a temp folder (vitest.config.ts); "outside" is its sibling, out of reach.
const root = env.UPLOADS_DIR;
const here = path.join(root, 'route-test');
const outside = path.join(path.dirname(root), 'outside-uploads');
const image = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

beforeAll(() => {
  fs.mkdirSync(here, { recursive: true });
  fs.mkdirSync(outside, { recursive: true });
  fs.writeFileSync(path.join(here, 'photo.jpg'), image);
  fs.writeFileSync(path.join(here, 'notes.txt'), 'text');
  fs.mkdirSync(path.join(here, 'folder.jpg'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret.jpg'), 'outside');
  fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(here, 'outside-link.jpg'));
  fs.symlinkSync(outside, path.join(here, 'outside-dir'));
  fs.symlinkSync('/etc/passwd', path.join(here, 'passwd.jpg'));
  fs.symlinkSync('photo.jpg', path.join(here, 'inside-link.jpg'));
  spawnSync('mkfifo', [path.join(here, 'pipe.jpg')]);
});

const get = (segments: unknown, url = 'http://qamshy.test/uploads/x') => GET(new Request(url), { params: Promise.resolve({ path: segments }) } as never);

/** The params Next would pass for a raw URL; a segment it cannot decode is passed raw (Next itself answers 400 first). */
function paramsOf(rawPath: string): string[] {
  return rawPath
    .replace(/^\/uploads\//, '')
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

describe('/uploads route', () => {
  it('serves a regular image with long-lived cache headers and nosniff', async () => {
    const response = await get(['route-test', 'photo.jpg']);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(image);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(image.length),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
  });

  it('follows a symlink that stays inside UPLOADS_DIR', async () => {
    expect((await get(['route-test', 'inside-link.jpg'])).status).toBe(200);
  });

  it.each([
    ['a symlink to a file outside', ['route-test', 'outside-link.jpg']],
    ['a symlinked folder leading outside', ['route-test', 'outside-dir', 'secret.jpg']],
    ['a symlink to /etc/passwd', ['route-test', 'passwd.jpg']],
    ['a folder', ['route-test', 'folder.jpg']],
    ['a FIFO', ['route-test', 'pipe.jpg']],
    ['a file that is not an image', ['route-test', 'notes.txt']],
    ['a missing file', ['route-test', 'missing.jpg']],
    ['a raw percent-encoded name', ['%2e%2e', '%2e%2e', 'etc', 'passwd']],
    ['no path', []],
    ['no params at all', undefined],
  ])('answers 404 for %s', async (_what, segments) => {
    const response = await get(segments);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['dot-dot segments', ['..', '..', 'etc', 'passwd']],
    ['a single dot', ['.', 'route-test', 'photo.jpg']],
    ['a slash inside a segment', ['route-test/../../../etc/passwd']],
    ['an absolute path', ['/etc/passwd']],
    ['a backslash', ['..\\..\\etc\\passwd.jpg']],
    ['a NUL byte', ['route-test', 'photo.jpg\u0000.txt']],
    ['a control character', ['route-test', 'photo\n.jpg']],
    ['a lone surrogate', ['route-test', '\uD800.jpg']],
    ['an empty segment', ['route-test', '', 'photo.jpg']],
    ['a dotfile', ['route-test', '.hidden.jpg']],
    ['a non-string segment', ['route-test', 42]],
    ['too many segments', Array.from({ length: 20 }, () => 'a')],
    ['an over-long path', ['a'.repeat(600) + '.jpg']],
  ])('answers 400 for %s', async (_what, segments) => {
    const response = await get(segments);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    '/uploads/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/uploads/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd',
    '/uploads/..%2f..%2f..%2fetc%2fpasswd',
    '/uploads/..%5c..%5cetc%5cpasswd',
    '/uploads/%2e%2e/%2e%2e/etc/passwd',
    '/uploads/route-test/outside-link.jpg',
    '/uploads/route-test/photo.jpg%00.txt',
    '/uploads/%ed%a0%80.jpg',
    '/uploads/%ff%fe.jpg',
  ])('never answers 5xx for %s', async (rawPath) => {
    const status = (await get(paramsOf(rawPath), `http://qamshy.test${rawPath}`)).status;
    expect([400, 404]).toContain(status);
  });
});
