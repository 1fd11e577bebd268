import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/validation/action-state';
import { commentFormMeta, commentInput, type CommentInput } from '@/lib/validation/comment';

// The i18n keys themselves, untranslated: what the schema reports per field.
const keysOf = (error: Parameters<typeof fieldErrors>[0]) => fieldErrors(error, (key) => key);

const validBody = 'Жақсы мақала, рақмет!';

function errorsFor(input: unknown) {
  const result = commentInput.safeParse(input);
  expect(result.success).toBe(false);
  if (result.success) throw new Error('unreachable');
  return keysOf(result.error);
}

describe('commentInput: valid input', () => {
  it('trims both fields and returns the typed value', () => {
    const result = commentInput.safeParse({ name: '  Айгерім  ', body: `\n  ${validBody}  \n` });
    expect(result.success).toBe(true);
    const data: CommentInput = result.data!;
    expect(data).toEqual({ name: 'Айгерім', body: validBody });
  });

  it.each([
    { label: 'name at 2 chars', name: 'Ая', body: validBody },
    { label: 'name at 80 chars', name: 'a'.repeat(80), body: validBody },
    { label: 'body at 3 chars', name: 'Ivan', body: 'Ок!' },
    { label: 'body at 5000 chars', name: 'Ivan', body: 'б'.repeat(5000) },
    { label: 'body with newlines and tabs', name: 'Ivan', body: 'Line 1\r\nLine 2\n\tIndented' },
    { label: 'name with inner spaces', name: 'Нұрсұлтан Әбішұлы', body: validBody },
  ])('accepts $label', ({ name, body }) => {
    expect(commentInput.safeParse({ name, body }).success).toBe(true);
  });

  it('strips unknown keys', () => {
    const result = commentInput.parse({ name: 'Ivan', body: validBody, admin: true });
    expect(result).toEqual({ name: 'Ivan', body: validBody });
  });
});

describe('commentInput: error keys', () => {
  it.each([
    { label: 'empty name', input: { name: '', body: validBody }, expected: { name: 'nameRequired' } },
    { label: 'whitespace-only name', input: { name: ' \t\n ', body: validBody }, expected: { name: 'nameRequired' } },
    { label: 'missing name', input: { body: validBody }, expected: { name: 'nameRequired' } },
    { label: 'null name', input: { name: null, body: validBody }, expected: { name: 'nameRequired' } },
    { label: '1-char name', input: { name: ' A ', body: validBody }, expected: { name: 'nameTooShort' } },
    { label: '81-char name', input: { name: 'a'.repeat(81), body: validBody }, expected: { name: 'nameTooLong' } },
    { label: 'name with NUL', input: { name: 'Iv\u0000an', body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'name with newline', input: { name: 'Iv\nan', body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'name with tab', input: { name: 'Iv\tan', body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'name with DEL', input: { name: 'Iv\u007fan', body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'name with C1 NEL', input: { name: 'Iv\u0085an', body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'name with C1 \\u009f', input: { name: 'Iv\u009fan', body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'numeric name', input: { name: 42, body: validBody }, expected: { name: 'nameInvalid' } },
    { label: 'empty body', input: { name: 'Ivan', body: '' }, expected: { body: 'bodyRequired' } },
    { label: 'whitespace-only body', input: { name: 'Ivan', body: '\n\n  \t' }, expected: { body: 'bodyRequired' } },
    { label: 'missing body', input: { name: 'Ivan' }, expected: { body: 'bodyRequired' } },
    { label: '2-char body', input: { name: 'Ivan', body: '  ок ' }, expected: { body: 'bodyTooShort' } },
    { label: '5001-char body', input: { name: 'Ivan', body: 'x'.repeat(5001) }, expected: { body: 'bodyTooLong' } },
    { label: 'body with NUL', input: { name: 'Ivan', body: 'abc\u0000def' }, expected: { body: 'bodyInvalid' } },
    { label: 'body with bell', input: { name: 'Ivan', body: 'abc\u0007def' }, expected: { body: 'bodyInvalid' } },
    { label: 'body with escape', input: { name: 'Ivan', body: 'abc\u001b[31mdef' }, expected: { body: 'bodyInvalid' } },
    { label: 'body with DEL', input: { name: 'Ivan', body: 'abc\u007fdef' }, expected: { body: 'bodyInvalid' } },
    { label: 'body with C1', input: { name: 'Ivan', body: 'abc\u0090def' }, expected: { body: 'bodyInvalid' } },
    { label: 'array body', input: { name: 'Ivan', body: ['x'] }, expected: { body: 'bodyInvalid' } },
    {
      label: 'both fields empty',
      input: { name: '', body: '' },
      expected: { name: 'nameRequired', body: 'bodyRequired' },
    },
    {
      label: 'both fields missing',
      input: {},
      expected: { name: 'nameRequired', body: 'bodyRequired' },
    },
  ])('$label', ({ input, expected }) => {
    expect(errorsFor(input)).toEqual(expected);
  });

  it('reports only the first key per field when several checks fail', () => {
    const result = commentInput.safeParse({ name: 'A\u0000', body: 'x\u0000'.repeat(3000) });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('nameInvalid');
    expect(messages).toContain('bodyInvalid');
    expect(keysOf(result.error!)).toEqual({ name: 'nameInvalid', body: 'bodyTooLong' });
  });

  it('never reports *TooShort alongside *Required for an empty value', () => {
    const result = commentInput.safeParse({ name: '', body: '' });
    const messages = result.error!.issues.map((i) => i.message).sort();
    expect(messages).toEqual(['bodyRequired', 'nameRequired']);
  });

  it('every message is one of the i18n keys', () => {
    const keys = new Set(['nameRequired', 'nameTooShort', 'nameTooLong', 'nameInvalid', 'bodyRequired', 'bodyTooShort', 'bodyTooLong', 'bodyInvalid']);
    const inputs: unknown[] = [
      {},
      { name: 'a', body: 'b' },
      { name: 'a'.repeat(100), body: 'b'.repeat(6000) },
      { name: '\u0001\u0002', body: '\u0001\u0002\u0003' },
      { name: 1, body: false },
    ];
    for (const input of inputs) {
      const result = commentInput.safeParse(input);
      for (const issue of result.error!.issues) expect(keys).toContain(issue.message);
    }
  });
});

describe('fieldErrors on the comment schema', () => {
  it('returns an empty object for errors not tied to a field', () => {
    const result = commentInput.safeParse(null);
    expect(result.success).toBe(false);
    expect(keysOf(result.error!)).toEqual({});
  });
});

describe('line endings', () => {
  it('stores CRLF and CR line breaks from a browser form as LF', () => {
    const parsed = commentInput.parse({ name: 'Айжан', body: 'Бірінші жол\r\nЕкінші жол\rҮшінші' });
    expect(parsed.body).toBe('Бірінші жол\nЕкінші жол\nҮшінші');
  });
});

describe('commentFormMeta', () => {
  const read = (start: unknown, website: unknown, js: unknown) => commentFormMeta.parse({ start, honeypotFilled: website, withJs: js });

  it('reads the hidden fields of a real post', () => {
    expect(read('token.abc', '', '1')).toEqual({ start: 'token.abc', honeypotFilled: false, withJs: true });
  });

  it('reads missing or malformed fields as absent, never refusing the post', () => {
    expect(read(null, null, null)).toEqual({ start: undefined, honeypotFilled: false, withJs: false });
    expect(read('', 'http://spam.example', '0')).toEqual({ start: undefined, honeypotFilled: true, withJs: false });
    expect(read('x'.repeat(5000), null, 'yes')).toEqual({ start: undefined, honeypotFilled: false, withJs: false });
    // Whatever fills the honeypot, even a file, is a bot's doing.
    expect(read(null, new File(['x'], 'x.txt'), null).honeypotFilled).toBe(true);
  });
});
