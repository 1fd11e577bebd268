import sanitizeHtml from 'sanitize-html';
import { BODY_SANITIZE_OPTIONS } from '@/lib/markdown';

const CYRILLIC = /[\u0400-\u04FF]/;

export type BodyTextMap = {
  /**
   * Text as sanitize-html hands it over: already escaped (&amp; &lt; &gt;), with its parent tag.
   * A text node may come in several pieces (htmlparser2 splits it at entities).
   */
  text?: (escaped: string, tag: string) => string;
  /** An attribute value people read (alt, title), unescaped; sanitize-html escapes the result. */
  attribute: (value: string) => string;
};

type Transform = (tagName: string, attribs: sanitizeHtml.Attributes) => sanitizeHtml.Tag;
const baseTransform = (tag: string): Transform => {
  const transform = BODY_SANITIZE_OPTIONS.transformTags?.[tag];
  return typeof transform === 'function' ? transform : (tagName, attribs) => ({ tagName, attribs });
};
const BASE_A = baseTransform('a');
const BASE_IMG = baseTransform('img');

function mapAttributes(attribs: sanitizeHtml.Attributes, map: (value: string) => string): sanitizeHtml.Attributes {
  const out = { ...attribs };
  for (const name of ['alt', 'title']) if (typeof out[name] === 'string') out[name] = map(out[name]);
  return out;
}

/**
 * Article HTML (already sanitized when saved) with only the text people read mapped: text nodes
 * and the alt and title attributes. Tags, URLs and entity references pass through; the same
 * allowlist runs again, so the result is as safe as the input (textFilter's output is written
 * as it is returned, so a map may add markup of its own and must escape what it adds).
 */
export function mapBodyText(html: string, map: BodyTextMap): string {
  if (!CYRILLIC.test(html)) return html;
  return sanitizeHtml(html, {
    ...BODY_SANITIZE_OPTIONS,
    textFilter: map.text,
    transformTags: {
      ...BODY_SANITIZE_OPTIONS.transformTags,
      a: (tagName, attribs) => {
        const result = BASE_A(tagName, attribs);
        return { ...result, attribs: mapAttributes(result.attribs, map.attribute) };
      },
      img: (tagName, attribs) => {
        const result = BASE_IMG(tagName, attribs);
        return { ...result, attribs: mapAttributes(result.attribs, map.attribute) };
      },
    },
  });
}
