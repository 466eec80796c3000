// A minimal production server: the built client at / (rendered in the browser) and the same
// page rendered on the server at /ssr, which the browser hydrates. `npm run build`, then
// `npm start` (PORT, default 4173; HOST, default 127.0.0.1).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const dist = join(import.meta.dirname, 'dist');
const { render } = await import('./dist-server/entry-server.js');
const template = await readFile(join(dist, 'index.html'), 'utf8');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export function createExampleServer() {
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/ssr' || path === '/ssr/') {
        const { html, data } = render();
        const page = template.replace('<!--app-->', html).replace('<!--data-->', data);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return;
      }
      const file = normalize(join(dist, path === '/' ? 'index.html' : path));
      if (!file.startsWith(dist)) throw new Error('outside dist');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
}

if (process.argv[1] === import.meta.filename) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = createExampleServer().listen(port, host, () => {
    console.log(`listening on http://${host}:${server.address().port}/ (and /ssr)`);
  });
}
