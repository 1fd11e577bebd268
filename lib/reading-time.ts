const WORDS_PER_MINUTE = 180;

function stripMarkup(text: string): string {
  return (
    text
      // Tags become spaces so "<p>a</p><p>b</p>" still counts two words.
      .replace(/<[^>]*>/g, ' ')
      // Keep the visible text of images/links, drop the URL.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Heading, quote, list, emphasis, code and table markers are not words.
      .replace(/[#>*_`~|]+/g, ' ')
  );
}

export function readingMinutes(text: string): number {
  // A token counts only if it carries a letter or digit, so stray "-" list
  // bullets or "---" rules do not inflate the estimate.
  const words = stripMarkup(text)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
