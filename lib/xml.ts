// A tiny XML builder: every text node and attribute value goes through escapeXml, so no title,
// name or URL can change the document's structure. Element and attribute names are ours.

export type XmlChild = XmlElement | string | number | null | undefined | false;
export type XmlAttrs = Record<string, string | number | undefined>;
export type XmlElement = { name: string; attrs: XmlAttrs; children: XmlChild[] };

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

// Characters XML 1.0 forbids outright (C0 controls other than tab/LF/CR, lone surrogates,
// U+FFFE/U+FFFF): escaping cannot make them legal, so they are dropped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

export function el(name: string, attrs: XmlAttrs = {}, ...children: XmlChild[]): XmlElement {
  if (!NAME.test(name)) throw new Error(`Invalid XML element name: ${name}`);
  for (const key of Object.keys(attrs)) if (!NAME.test(key)) throw new Error(`Invalid XML attribute name: ${key}`);
  return { name, attrs, children };
}

function render(node: XmlChild): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeXml(String(node));
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const inner = node.children.map(render).join('');
  return inner === '' ? `<${node.name}${attrs}/>` : `<${node.name}${attrs}>${inner}</${node.name}>`;
}

/** A complete UTF-8 document. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root)}\n`;
}
