import { describe, expect, it } from 'vitest';
import { diffLines, foldUnchanged, hasChanges, type DiffLine } from '@/lib/diff';

const show = (lines: DiffLine[]) => lines.map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${l.text}`);

describe('diffLines', () => {
  it('reports nothing for equal texts, and normalizes line endings', () => {
    expect(hasChanges(diffLines('a\nb', 'a\r\nb'))).toBe(false);
    expect(diffLines('', '')).toEqual([]);
  });

  it('shows a changed line as removed then added, in place', () => {
    expect(show(diffLines('one\ntwo\nthree', 'one\n2\nthree'))).toEqual([' one', '-two', '+2', ' three']);
  });

  it('finds the longest common subsequence, not just the shared head and tail', () => {
    expect(show(diffLines('a\nb\nc\nd\ne', 'b\nx\nc\ne\nf'))).toEqual(['-a', ' b', '+x', ' c', '-d', ' e', '+f']);
  });

  it('handles one side empty', () => {
    expect(show(diffLines('', 'new\nlines'))).toEqual(['+new', '+lines']);
    expect(show(diffLines('old', ''))).toEqual(['-old']);
  });

  it('keeps every line of both texts, in order', () => {
    const before = Array.from({ length: 60 }, (_, i) => `line ${i % 7}`).join('\n');
    const after = Array.from({ length: 50 }, (_, i) => `line ${(i * 3) % 11}`).join('\n');
    const lines = diffLines(before, after);
    expect(
      lines
        .filter((l) => l.kind !== 'added')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      lines
        .filter((l) => l.kind !== 'removed')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
  });

  it('falls back to a wholesale replacement for huge, entirely different texts', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n');
    const lines = diffLines(before, after);
    expect(lines).toHaveLength(6000);
    expect(lines[0]).toEqual({ kind: 'removed', text: 'a0' });
    expect(lines[3000]).toEqual({ kind: 'added', text: 'b0' });
  });

  it('keeps the shared head and tail around a wholesale replacement', () => {
    const before = ['title', ...Array.from({ length: 1500 }, (_, i) => `a${i}`), 'signature'].join('\n');
    const after = ['title', ...Array.from({ length: 1500 }, (_, i) => `b${i}`), 'signature'].join('\n');
    const lines = diffLines(before, after);
    expect(lines).toHaveLength(3002);
    expect(lines[0]).toEqual({ kind: 'same', text: 'title' });
    expect(lines[1]).toEqual({ kind: 'removed', text: 'a0' });
    expect(lines[1501]).toEqual({ kind: 'added', text: 'b0' });
    expect(lines[3001]).toEqual({ kind: 'same', text: 'signature' });
  });

  it('still aligns a long text with many scattered edits', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `l${i}`);
    const after = before.map((line, i) => (i % 100 === 50 ? `edited ${i}` : line));
    const lines = diffLines(before.join('\n'), after.join('\n'));
    expect(lines.filter((l) => l.kind === 'removed')).toHaveLength(200);
    expect(lines.filter((l) => l.kind === 'added')).toHaveLength(200);
    expect(lines.slice(49, 53)).toEqual([
      { kind: 'same', text: 'l49' },
      { kind: 'removed', text: 'l50' },
      { kind: 'added', text: 'edited 50' },
      { kind: 'same', text: 'l51' },
    ]);
  });

  it('lists removals before additions in every changed run', () => {
    const lines = diffLines('a\n1\nb\n2\nc\nd', 'a\nx\ny\nb\nc\nz');
    expect(show(lines)).toEqual([' a', '-1', '+x', '+y', ' b', '-2', ' c', '-d', '+z']);
    for (let i = 1; i < lines.length; i++) expect(lines[i - 1].kind === 'added' && lines[i].kind === 'removed').toBe(false);
  });

  it('treats a trailing newline as an empty last line', () => {
    expect(show(diffLines('a', 'a\n'))).toEqual([' a', '+']);
  });
});

describe('foldUnchanged', () => {
  it('keeps context around changes and folds the rest', () => {
    const before = Array.from({ length: 20 }, (_, i) => `p${i}`).join('\n');
    const after = before.replace('p10', 'P10');
    const rows = foldUnchanged(diffLines(before, after), 2);
    expect(rows).toEqual([
      { kind: 'skip', count: 8 },
      { kind: 'same', text: 'p8' },
      { kind: 'same', text: 'p9' },
      { kind: 'removed', text: 'p10' },
      { kind: 'added', text: 'P10' },
      { kind: 'same', text: 'p11' },
      { kind: 'same', text: 'p12' },
      { kind: 'skip', count: 7 },
    ]);
  });

  it('folds everything when nothing changed', () => {
    expect(foldUnchanged(diffLines('a\nb', 'a\nb'))).toEqual([{ kind: 'skip', count: 2 }]);
  });
});
