import crypto from 'node:crypto';
import { Parser } from 'htmlparser2';
import { cookieHeader, cookiesFrom, ORIGIN, rawRequest, type RawResponse } from './raw-http';

/**
 * Forms as a browser without JavaScript posts them: the page's <form> (with the hidden
 * `$ACTION_…` fields Next renders for a server action) read from the HTML, then sent as
 * multipart/form-data over a raw socket.
 */
export type HtmlForm = { action: string; method: string; enctype: string; fields: [string, string][]; fileFields: string[]; html: string };

export function formsIn(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  let current: HtmlForm | null = null;
  let start = 0;
  let textarea: string | null = null;
  let textareaValue = '';
  let select: string | null = null;
  let selectValue: string | null = null;
  let firstOption: string | null = null;
  const parser: Parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'form') {
          current = { action: a.action ?? '', method: (a.method ?? 'get').toLowerCase(), enctype: a.enctype ?? '', fields: [], fileFields: [], html: '' };
          start = parser.startIndex;
          return;
        }
        if (!current) return;
        if (name === 'input' && a.name && a.disabled === undefined) {
          const type = (a.type ?? 'text').toLowerCase();
          if (type === 'file') current.fileFields.push(a.name);
          else if (type === 'checkbox' || type === 'radio') {
            if (a.checked !== undefined) current.fields.push([a.name, a.value ?? 'on']);
          } else if (type !== 'submit' && type !== 'button' && type !== 'image') current.fields.push([a.name, a.value ?? '']);
        }
        if (name === 'textarea' && a.name) {
          textarea = a.name;
          textareaValue = '';
        }
        if (name === 'select' && a.name) {
          select = a.name;
          selectValue = null;
          firstOption = null;
        }
        if (name === 'option' && select) {
          if (firstOption === null) firstOption = a.value ?? '';
          if (a.selected !== undefined) selectValue = a.value ?? '';
        }
      },
      ontext(text) {
        if (textarea !== null) textareaValue += text;
      },
      onclosetag(name) {
        if (!current) return;
        if (name === 'textarea' && textarea !== null) {
          current.fields.push([textarea, textareaValue.replace(/^\n/, '')]);
          textarea = null;
        }
        if (name === 'select' && select !== null) {
          current.fields.push([select, selectValue ?? firstOption ?? '']);
          select = null;
        }
        if (name === 'form') {
          current.html = html.slice(start, parser.endIndex + 1);
          forms.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return forms;
}

/** The first form holding a field of this name. */
export function formWith(html: string, field: string): HtmlForm {
  const form = formsIn(html).find((f) => f.fields.some(([name]) => name === field) || f.fileFields.includes(field));
  if (!form) throw new Error(`no form with a "${field}" field in the page`);
  return form;
}

/** The form's fields with some replaced or added (`null` removes one). */
export function withValues(form: HtmlForm, values: Record<string, string | null>): [string, string][] {
  const kept = form.fields.filter(([name]) => !(name in values));
  for (const [name, value] of Object.entries(values)) if (value !== null) kept.push([name, value]);
  return kept;
}

export type FilePart = { name: string; filename: string; type: string; data: Buffer };

export function multipart(fields: [string, string][], files: FilePart[] = [], boundary = `----qamshysec${crypto.randomBytes(8).toString('hex')}`) {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8'));
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
        'utf8',
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}`, boundary };
}

export type Client = { address: string; jar: Record<string, string> };

export async function get(client: Client, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const cookie = cookieHeader(client.jar);
  const response = await rawRequest({ path, localAddress: client.address, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}), ...headers } });
  Object.assign(client.jar, cookiesFrom(response.setCookies));
  return response;
}

/** Posts a page's form as a browser without JavaScript would (same origin, the client's cookies). */
export async function submit(
  client: Client,
  path: string,
  fields: [string, string][],
  options: { origin?: string | null; files?: FilePart[]; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { body, contentType } = multipart(fields, options.files);
  const cookie = cookieHeader(client.jar);
  const origin = options.origin === undefined ? ORIGIN() : options.origin;
  const response = await rawRequest({
    method: 'POST',
    path,
    localAddress: client.address,
    body,
    timeoutMs: 60_000,
    headers: { accept: 'text/html', 'content-type': contentType, ...(origin ? { origin } : {}), ...(cookie ? { cookie } : {}), ...options.headers },
  });
  Object.assign(client.jar, cookiesFrom(response.setCookies));
  return response;
}

/** Text of the page without tags, entities decoded: what a reader reads. */
export function visibleText(html: string): string {
  let text = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip += 1;
      },
      ontext(data) {
        if (!skip) text += data;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, ' ');
}
