import { XMLBuilder, type XmlBuilderOptions } from 'fast-xml-parser';

/**
 * An element's content in fast-xml-parser's object form: `@name` keys are attributes, `#text` is
 * text, any other key is a child element (an array repeats it), written in insertion order. An
 * undefined value leaves the attribute or element out; an element with no content self-closes.
 */
export type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | number | XmlNode | (string | number | XmlNode)[] | undefined;

// Characters XML 1.0 forbids outright (C0 controls other than tab/LF/CR, lone surrogates,
// U+FFFE/U+FFFF): escaping cannot make them legal and the builder passes them through, so they
// are dropped before it escapes.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const dropForbidden = (_name: string, value: unknown) => (typeof value === 'string' ? value.replace(FORBIDDEN, '') : value);

// Missing from fast-xml-parser's re-exported typings, present in the fast-xml-builder it ships.
type SanitizeName = { sanitizeName: (name: string) => string };

const options: XmlBuilderOptions & SanitizeName = {
  attributeNamePrefix: '@',
  ignoreAttributes: false,
  textNodeName: '#text',
  // Entities on (the default list covers & < > ' "), no CDATA, comments or raw "stop nodes":
  // every text node and attribute value is escaped, so no title, name or URL can change the
  // document's structure.
  processEntities: true,
  tagValueProcessor: dropForbidden,
  attributeValueProcessor: dropForbidden,
  suppressEmptyNode: true,
  // On by default: it would write isPermaLink="true" as a bare attribute, which is not XML.
  suppressBooleanAttributes: false,
  // Called only for names the builder finds invalid; names are ours, so one is a bug.
  sanitizeName: (name) => {
    throw new Error(`Invalid XML name: ${name}`);
  },
};

const builder = new XMLBuilder(options);

/** Text escaped exactly as the builder escapes a text node; also safe in HTML text and quoted attributes. */
export function escapeXml(text: string): string {
  return builder.build({ '#text': text });
}

/** A complete UTF-8 document whose one root element is `root`'s one key. */
export function renderXmlDocument(root: XmlNode): string {
  const keys = Object.keys(root);
  if (keys.length !== 1 || /^[@#?]/.test(keys[0]) || Array.isArray(root[keys[0]]))
    throw new Error(`An XML document has one root element, got: ${keys.join(', ')}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}\n`;
}
