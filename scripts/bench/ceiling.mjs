import fs from 'node:fs';
import http from 'node:http';

// The ceiling for `npm run bench`: a bare node:http server answering pages' exact bytes and headers
// from memory, as fast as this machine's Node can. Plain JavaScript, no loader.
// node scripts/bench/ceiling.mjs PAGES_JSON  → prints "PORT <n>" once listening.
// PAGES_JSON: { "/path": { "headers": {...}, "bodyFile": "..." }, ... }; GET /path answers that page.
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))).map(([route, { headers, bodyFile }]) => {
    const body = fs.readFileSync(bodyFile);
    return [route, { headers: { ...headers, 'content-length': body.length }, body }];
  }),
);

const server = http.createServer((req, res) => {
  const page = pages.get(req.url);
  if (!page) {
    res.writeHead(404, { 'content-length': 0 });
    res.end();
    return;
  }
  res.writeHead(200, page.headers);
  res.end(req.method === 'HEAD' ? undefined : page.body);
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
