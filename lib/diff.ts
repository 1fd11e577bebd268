import { diffArrays } from 'diff';

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };
export type DiffRow = DiffLine | { kind: 'skip'; count: number };

// Myers' algorithm costs about (lines × edits); past this many removed + added lines the text was
// rewritten rather than edited, so the middle is shown as replaced wholesale instead of letting
// one huge body stall the request (≈0.1 s on the slowest case, two entirely different bodies).
const MAX_EDIT_LENGTH = 1000;

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n'));

/** Line diff of `before` → `after` (jsdiff, Myers), removals before additions. */
export function diffLines(before: string, after: string): DiffLine[] {
  // Lines are split here rather than by jsdiff's own diffLines, whose tokens keep their "\n": a last
  // line without one would then differ from the same line with text after it.
  const a = splitLines(before);
  const b = splitLines(after);
  // The shared head and tail stay "same" even when the middle is too different to align.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (text: string): DiffLine => ({ kind: 'same', text });
  const middle = diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [...a.slice(0, head).map(same), ...middle, ...a.slice(a.length - tail).map(same)];
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  const wholesale = (): DiffLine[] => [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  if (a.length === 0 || b.length === 0) return wholesale();
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return wholesale();
  return changes.flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    return change.value.map((text) => ({ kind, text }));
  });
}

/** Keeps `context` unchanged lines around each change and folds longer unchanged runs. */
export function foldUnchanged(lines: DiffLine[], context = 3): DiffRow[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) keep[k] = 1;
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (keep[index]) {
      if (skipped) rows.push({ kind: 'skip', count: skipped });
      skipped = 0;
      rows.push(line);
    } else skipped++;
  });
  if (skipped) rows.push({ kind: 'skip', count: skipped });
  return rows;
}

export const hasChanges = (lines: DiffLine[]) => lines.some((line) => line.kind !== 'same');
