import { XMLParser, XMLValidator } from 'fast-xml-parser';

const REPEATED = new Set(['sitemap', 'url', 'item', 'xhtml:link', 'category']);

// Text stays text (no number guessing) and repeated elements are always arrays, so tests read
// the documents the way a crawler would, whatever their size.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

/** Parses an XML document, failing loudly when it is not well-formed. */
export function parseXml(text: string): Record<string, any> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(text);
}
