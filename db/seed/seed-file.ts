import fs from 'node:fs';
import path from 'node:path';

const SEED_STORY_FILE = path.join(process.cwd(), 'db', 'seed', '000_e41df141c1e7d4b8.txt');

export type SeedStory = { title: string; thumbnailPath: string; paragraphs: string[] };

// The file is a scraped page: title, thumbnail path, then body paragraphs, then the page's own
// widgets ("Пікір қалдыру", "Қатысты Мақалалар"), which are chrome, not article text.
const PAGE_CHROME = new Set(['Пікір қалдыру', 'Қатысты Мақалалар']);

function parseSeedStory(text: string): SeedStory {
  const blocks = text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const [title, thumbnailPath, ...rest] = blocks;
  const chromeAt = rest.findIndex((block) => PAGE_CHROME.has(block));
  const paragraphs = chromeAt === -1 ? rest : rest.slice(0, chromeAt);
  if (!title || !thumbnailPath?.startsWith('/uploads/') || paragraphs.length === 0) {
    throw new Error('The seed story file does not have the expected shape (title, thumbnail path, paragraphs).');
  }
  return { title, thumbnailPath, paragraphs };
}

export function readSeedStory(file = SEED_STORY_FILE): SeedStory {
  return parseSeedStory(fs.readFileSync(file, 'utf8'));
}
