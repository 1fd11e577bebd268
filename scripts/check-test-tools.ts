import fs from 'node:fs';
import path from 'node:path';

// `npm test` runs this first: without these programs the suite would fail minutes later, deep
// inside a Playwright launch or a vnu/nginx spawn, with an error that does not say what to install.
// The paths are the ones the tests use: playwright.config.ts (CHROMIUM_PATH), tests/helpers/vnu.ts
// (`java` on PATH) and tests/helpers/nginx.ts (NGINX_PATH).

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};
const onPath = (name: string) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && executable(path.join(dir, name)));

const tools = [
  { name: 'chromium', found: executable(process.env.CHROMIUM_PATH || '/usr/bin/chromium'), debian: 'chromium' },
  { name: 'java', found: onPath('java'), debian: 'default-jre-headless' },
  { name: 'nginx', found: executable(process.env.NGINX_PATH || '/usr/sbin/nginx'), debian: 'nginx' },
];

const missing = tools.filter((tool) => !tool.found);
if (missing.length > 0) {
  console.error(
    `The tests need ${missing.map((tool) => tool.name).join(', ')}: run \`apt-get install ${missing.map((tool) => tool.debian).join(' ')}\` as root (or set CHROMIUM_PATH / NGINX_PATH / PATH to where they are).`,
  );
  process.exit(1);
}
