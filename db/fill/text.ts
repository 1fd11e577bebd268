import { between, pick, zipf, type Random } from './random';
import { CONTENT_WORDS, FUNCTION_WORDS, type FillLocale } from './vocabulary';

export type ArticleText = { title: string; lead: string; markdown: string; html: string };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const TOPIC_WORDS = 24;

export function textWriter(random: Random, locale: FillLocale) {
  const content = CONTENT_WORDS[locale];
  const glue = FUNCTION_WORDS[locale];
  const rank = zipf(random, content.length, 1, 8);

  function writer(topic: string[]) {
    const word = () => (random() < 0.3 ? pick(random, glue) : pick(random, topic));
    const phrase = (min: number, max: number) => Array.from({ length: between(random, min, max) }, word).join(' ');
    const sentence = () => `${capitalize(phrase(6, 16))}.`;
    return { phrase, sentence, paragraph: () => Array.from({ length: between(random, 2, 5) }, sentence).join(' ') };
  }

  return {
    article(): ArticleText {
      const { phrase, paragraph } = writer(Array.from({ length: TOPIC_WORDS }, () => content[rank()]));
      const paragraphs = Array.from({ length: between(random, 2, 9) }, paragraph);
      return {
        title: capitalize(phrase(5, 11)),
        lead: `${capitalize(phrase(12, 30))}.`,
        // Plain words and full stops only, so this is exactly what renderMarkdown makes of the
        // markdown (the fill checks one article against it) without parsing 100,000 bodies.
        markdown: paragraphs.join('\n\n'),
        html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
      };
    },
    comment: () => {
      const { sentence } = writer(Array.from({ length: 8 }, () => content[rank()]));
      return Array.from({ length: between(random, 1, 4) }, sentence).join(' ');
    },
  };
}
