// Noncharacters, reserved for a program's internal use: FTS5 snippet() wraps each hit in them,
// and the migration strips them from indexed text, so any found in a snippet are ours.
export const HIGHLIGHT_START = '\uFDD0';
export const HIGHLIGHT_END = '\uFDD1';
export const ELLIPSIS = '…';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A snippet() result as HTML: all article text escaped, only the markers become <mark>. Always
 * well-formed, whatever the markers: a stray end is dropped, an open mark is closed.
 */
export function snippetToHtml(snippet: string): string {
  let html = '';
  let open = false;
  for (const part of snippet
    .replace(/\s+/g, ' ')
    .trim()
    .split(/([\uFDD0\uFDD1])/)) {
    if (part === HIGHLIGHT_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === HIGHLIGHT_END) {
      if (open) html += '</mark>';
      open = false;
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}

/** The excerpt shown under a result: the lead's hit, else the body's, else the lead's opening words. */
export function chooseSnippet(lead: string | null | undefined, body: string | null | undefined): string {
  const leadText = lead ?? '';
  const bodyText = body ?? '';
  if (leadText.includes(HIGHLIGHT_START)) return leadText;
  if (bodyText.includes(HIGHLIGHT_START)) return bodyText;
  return leadText.trim() ? leadText : bodyText;
}
