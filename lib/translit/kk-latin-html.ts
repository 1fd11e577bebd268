import { mapBodyText } from './body-html';
import { toKazakhLatin } from './kk-latin';

/**
 * Article HTML with its text, alt and title transliterated. Text nodes arrive escaped (&amp;,
 * &lt;…), whose ASCII names the transliteration leaves alone.
 */
export function htmlToKazakhLatin(html: string): string {
  return mapBodyText(html, { text: (text) => toKazakhLatin(text), attribute: toKazakhLatin });
}
