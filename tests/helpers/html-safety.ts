import { Parser } from 'htmlparser2';

/**
 * What in an HTML page could run script: an event-handler attribute, a `javascript:`-like URL,
 * srcdoc, an inline <script> that is neither JSON data nor one of Next's own bootstraps (whose
 * string argument must still be one intact JS string literal, so no payload broke out of it),
 * a <script src> from elsewhere, <base>, <object>/<embed>/<iframe>, or a meta refresh. The
 * payloads injected by the security tests would show up as one of these if they were not escaped.
 */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping']);
// Next's inline scripts: the flight-data pushes, and the one-line bootstraps before them.
const NEXT_PUSH =
  /^\s*\(?self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)?\.push\(\[0\]\)\s*;?\s*$|^\s*self\.__next_f\.push\(\[(\d+),("(?:[^"\\\n]|\\.)*")\]\)\s*;?\s*$/s;
const NEXT_PUSH_INIT = /^\s*\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)\s*;?\s*$/;
const TURBOPACK_BOOT = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);?$/s;

export function executableBits(html: string): string[] {
  const found: string[] = [];
  let script: { attributes: Record<string, string>; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [attribute, value] of Object.entries(attributes)) {
          const key = attribute.toLowerCase();
          if (key.startsWith('on')) found.push(`<${name} ${attribute}="${value.slice(0, 80)}">`);
          if (key === 'srcdoc') found.push(`<${name} srcdoc>`);
          // Browsers drop ASCII whitespace and control characters inside a URL's scheme.
          const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          const urls = key === 'srcset' ? squeezed.split(',') : [squeezed];
          if (URL_ATTRIBUTES.has(key) && urls.some((url) => /^(javascript|vbscript):|^data:(text\/html|application\/|image\/svg)/.test(url)))
            found.push(`<${name} ${attribute}="${value.slice(0, 80)}">`);
        }
        if (name === 'script') script = { attributes, text: '' };
        if (['base', 'object', 'embed', 'iframe', 'frame', 'applet'].includes(name)) found.push(`<${name}>`);
        if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>');
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        const { attributes, text } = script;
        script = null;
        if (attributes.src !== undefined) {
          if (!/^\/_next\/static\/[\w./~-]+\.js(\?[\w=.-]*)?$/.test(attributes.src)) found.push(`<script src="${attributes.src.slice(0, 80)}">`);
          return;
        }
        const type = (attributes.type ?? '').toLowerCase();
        if (type === 'application/ld+json' || type === 'application/json') {
          try {
            JSON.parse(text);
          } catch {
            found.push(`<script type="${type}"> that is not valid JSON: ${text.slice(0, 80)}`);
          }
          return;
        }
        if (NEXT_PUSH.test(text) || NEXT_PUSH_INIT.test(text)) {
          const literal = NEXT_PUSH.exec(text)?.[2];
          if (literal !== undefined) {
            try {
              JSON.parse(literal);
            } catch {
              found.push(`<script> with a broken flight string: ${text.slice(0, 80)}`);
            }
          }
          return;
        }
        const boot = TURBOPACK_BOOT.exec(text);
        if (boot) {
          try {
            JSON.parse(boot[1]);
            return;
          } catch {
            // not the bootstrap after all: reported below
          }
        }
        found.push(`<script>${text.slice(0, 120)}</script>`);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
