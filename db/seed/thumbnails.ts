import sharp from 'sharp';
import { writeThumbnailVariants } from '@/lib/images/variants';

const PALETTES = [
  ['#0f766e', '#14b8a6', '#ccfbf1'],
  ['#1e3a8a', '#3b82f6', '#dbeafe'],
  ['#7c2d12', '#f97316', '#ffedd5'],
  ['#365314', '#84cc16', '#ecfccb'],
  ['#581c87', '#a855f7', '#f3e8ff'],
  ['#7f1d1d', '#ef4444', '#fee2e2'],
  ['#78350f', '#f59e0b', '#fef3c7'],
];

// A plausible, license-free stand-in photo: layered hills under a sky, varied by seed.
function artwork(seed: number): string {
  const [deep, mid, light] = PALETTES[seed % PALETTES.length];
  const sun = 200 + ((seed * 97) % 880);
  const h1 = 520 + ((seed * 37) % 120);
  const h2 = 640 + ((seed * 53) % 100);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="853" viewBox="0 0 1280 853">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect width="1280" height="853" fill="url(#sky)"/>
  <circle cx="${sun}" cy="230" r="110" fill="${mid}" opacity="0.55"/>
  <path d="M0 ${h1} C 300 ${h1 - 160}, 520 ${h1 + 40}, 800 ${h1 - 90} S 1180 ${h1 - 40}, 1280 ${h1 - 120} L 1280 853 L 0 853 Z" fill="${mid}" opacity="0.8"/>
  <path d="M0 ${h2} C 260 ${h2 - 90}, 640 ${h2 + 60}, 920 ${h2 - 50} S 1200 ${h2}, 1280 ${h2 - 30} L 1280 853 L 0 853 Z" fill="${deep}"/>
</svg>`;
}

export async function writeThumbnailSet(uploadsDir: string, stem: string, seed: number) {
  return writeThumbnailVariants(
    uploadsDir,
    stem,
    await sharp(Buffer.from(artwork(seed)))
      .png()
      .toBuffer(),
  );
}
