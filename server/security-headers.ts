import crypto from 'node:crypto';
import { Parser } from 'htmlparser2';

/**
 * The headers every answer carries, and the Content-Security-Policy of an HTML page. Inline
 * scripts (Next's flight data, JSON-LD) are allowed by the sha256 of each one in that very page,
 * computed when the page is stored, so a cached page stays byte-identical for every reader
 * (a per-request nonce would make every copy unique) and no other inline script can run.
 */
export type SecurityOptions = { https: boolean; dev: boolean };

export function baseSecurityHeaders(options: SecurityOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
  if (options.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

/** For anything that is not an HTML page: nothing in it may run, nobody may frame it. */
export const NON_HTML_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The text of every inline <script> in the page, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  let inScript = false;
  let hasSrc = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script') return;
        inScript = true;
        hasSrc = attributes.src !== undefined;
        text = '';
      },
      ontext(data) {
        if (inScript) text += data;
      },
      onclosetag(name) {
        if (name !== 'script' || !inScript) return;
        if (!hasSrc) scripts.push(text);
        inScript = false;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return scripts;
}

function scriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map((script) => `'sha256-${crypto.createHash('sha256').update(script, 'utf8').digest('base64')}'`))];
}

export function htmlCsp(html: string, options: SecurityOptions): string {
  // React's dev tooling evaluates and injects code; production never does.
  const scriptSrc = options.dev ? ["'self'", "'unsafe-eval'", "'unsafe-inline'"] : ["'self'", ...scriptHashes(html)];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    // Style attributes come from the markup (progress bars, aspect ratios); no script can use them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
