import { IncomingMessage } from 'node:http';

/**
 * Bodies are read here, within a limit chosen by path, before Next sees them: an oversized body
 * is refused from its Content-Length without reading it, or as soon as it grows past the limit;
 * a malformed multipart body is refused as the client's fault (Next would answer 500). The
 * checked bytes are then handed to Next as a request that replays them.
 */
export type BodyCheck = { ok: true; request: IncomingMessage } | { ok: false; status: 400 | 413 };

export function bodyLimitFor(pathname: string, limits: { admin: number; public: number }): number {
  return pathname === '/admin' || pathname.startsWith('/admin/') ? limits.admin : limits.public;
}

export function hasBody(req: IncomingMessage): boolean {
  return req.headers['content-length'] !== undefined ? req.headers['content-length'] !== '0' : req.headers['transfer-encoding'] !== undefined;
}

export async function readCheckedBody(req: IncomingMessage, limit: number): Promise<BodyCheck> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && !/^\d+$/.test(declared)) return { ok: false, status: 400 };
  if (declared !== undefined && Number(declared) > limit) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  const outcome = await new Promise<'ok' | 'large' | 'aborted'>((resolve) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause(); // the refusal decides whether the rest is read and dropped
        resolve('large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve('ok'));
    req.on('error', () => resolve('aborted'));
    req.on('aborted', () => resolve('aborted'));
  });
  if (outcome === 'large') return { ok: false, status: 413 };
  if (outcome === 'aborted' || !req.complete) return { ok: false, status: 400 };
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (/^multipart\/form-data/i.test(type) && !(await isWellFormedMultipart(body, type))) return { ok: false, status: 400 };
  return { ok: true, request: replay(req, body) };
}

// The same parser Next uses for a form posted without JavaScript (undici's FormData).
async function isWellFormedMultipart(body: Buffer, type: string): Promise<boolean> {
  try {
    await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
    return true;
  } catch {
    return false;
  }
}

function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.headers = { ...original.headers, 'content-length': String(body.length) };
  delete copy.headers['transfer-encoding'];
  copy.rawHeaders = original.rawHeaders;
  copy.complete = true;
  if (body.length) copy.push(body);
  copy.push(null);
  return copy;
}
