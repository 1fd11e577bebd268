import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors, IDLE, isFor, outcomeIn, refused, succeeded, textFields, withOutcome } from '@/lib/validation/action-state';

const schema = z.object({
  name: z
    .string()
    .min(2, { error: 'nameTooShort' })
    .max(3, { error: 'nameTooLong' })
    .refine((v) => !v.includes('!'), { error: 'nameInvalid' }),
  nested: z.object({ inner: z.string({ error: 'innerRequired' }) }),
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('fieldErrors (the one mapper)', () => {
  it('keeps the first issue of each field, translated, keyed by its top-level name', () => {
    const result = schema.safeParse({ name: '!', nested: {} });
    expect(result.error!.issues.map((i) => i.message)).toEqual(['nameTooShort', 'nameInvalid', 'innerRequired']);
    expect(fieldErrors(result.error!, (key) => `«${key}»`)).toEqual({ name: '«nameTooShort»', nested: '«innerRequired»' });
  });

  it('ignores issues about the whole input, which have no field to stand beside', () => {
    const result = schema.safeParse('not an object');
    expect(fieldErrors(result.error!, (key) => key)).toEqual({});
  });
});

describe('states', () => {
  it('names the form that was posted, so a no-JS page shows the result beside that form only', () => {
    const state = refused(form({ _form: 'category-12', name: 'x' }), 'Refused', { errors: { name: 'Too short' }, values: { name: 'x' }, reason: 'invalid' });
    expect(state).toMatchObject({
      status: 'error',
      message: 'Refused',
      formId: 'category-12',
      reason: 'invalid',
      errors: { name: 'Too short' },
      values: { name: 'x' },
    });
    expect(isFor(state, 'category-12')).toBe(true);
    expect(isFor(state, 'category-13')).toBe(false);
    expect(isFor(IDLE, 'category-13')).toBe(true);
    // A form without an id (the only one bound to its action) takes every result.
    expect(isFor(succeeded(form({}), 'Saved'), 'anything')).toBe(true);
  });

  it('differs on every refusal, so a form remounts with the values even when they repeat', () => {
    const data = form({ name: 'x' });
    const first = refused(data, 'No');
    const second = refused(data, 'No');
    expect(first.status === 'error' && second.status === 'error' && first.attempt !== second.attempt).toBe(true);
  });

  it('reads text fields as typed, a missing field or a file as empty', () => {
    const data = form({ name: '  Айжан ' });
    data.set('picture', new File(['x'], 'x.jpg'));
    expect(textFields(data, ['name', 'picture', 'absent'])).toEqual({ name: '  Айжан ', picture: '', absent: '' });
  });
});

describe('redirect outcomes', () => {
  it('adds the flag to the query the page already has, replacing an earlier outcome', () => {
    expect(withOutcome('/admin/articles/5', { flag: 'saved', value: 'publish' })).toBe('/admin/articles/5?saved=publish');
    expect(withOutcome('/admin/comments?status=pending&page=2', { flag: 'done', value: 'approve', count: 3 })).toBe(
      '/admin/comments?status=pending&page=2&done=approve&n=3',
    );
    expect(withOutcome('/admin/media?pick=5&error=image', { flag: 'error', value: 'forbidden' })).toBe('/admin/media?pick=5&error=forbidden');
  });

  it('reads back only the values a page knows', () => {
    const known = ['approve', 'spam'] as const;
    expect(outcomeIn({ done: 'spam', n: '4' }, 'done', known)).toEqual({ value: 'spam', count: 4 });
    expect(outcomeIn({ done: 'spam', n: '-1' }, 'done', known)).toEqual({ value: 'spam', count: 0 });
    expect(outcomeIn({ done: 'drop table' }, 'done', known)).toBeNull();
    expect(outcomeIn({ done: ['spam', 'spam'] }, 'done', known)).toBeNull();
    expect(outcomeIn({ saved: 'spam' }, 'done', known)).toBeNull();
  });
});
