import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance so no other caller's marked.use() can change how bodies render.
const marked = new Marked({ gfm: true, breaks: false });

const EXTERNAL_REL = 'noopener noreferrer nofollow';

function toHtml(markdown: string): string {
  return marked.parse(markdown ?? '', { async: false });
}

function isAbsoluteHttp(href: string): boolean {
  // Browsers ignore embedded whitespace/control chars and treat "\\" like "/",
  // so normalise the same way before deciding whether a link leaves the site.
  const normalized = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^(?:https?:|[\\/]{2})/i.test(normalized);
}

// Also re-applied when the Latin reading view transliterates a body (lib/translit/kk-latin.ts).
export const BODY_SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    // rel is listed only so the transform below can set it; author-supplied rel is replaced.
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // mailto: makes no sense as an image source.
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  // Contents of these are code or markup, never readable article text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
  transformTags: {
    // The page title owns <h1>; body headings are demoted, not dropped, so the
    // heading text keeps its own block.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const { rel: _authorRel, ...rest } = attribs;
      if (rest.href !== undefined && isAbsoluteHttp(rest.href)) {
        return { tagName, attribs: { ...rest, rel: EXTERNAL_REL } };
      }
      return { tagName, attribs: rest };
    },
    // GFM renders ~~text~~ as <del>; the allowlist uses <s> for the same meaning.
    del: 's',
    // Body images sit below the fold far more often than not; any value other
    // than an explicit "eager" is normalised so no junk value reaches the page.
    img: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, loading: attribs.loading === 'eager' ? 'eager' : 'lazy' },
    }),
  },
  // An image whose src was refused (data:, javascript:) would render as a broken box.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(toHtml(markdown), BODY_SANITIZE_OPTIONS).trim();
}
