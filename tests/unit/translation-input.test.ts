import { describe, expect, it } from 'vitest';
import { translationInput } from '@/lib/validation/translation';

const parse = (translationId: string, translationRef: string) => translationInput.safeParse({ translationId, translationRef });

describe('translationInput', () => {
  it('takes the typed number over the list, with or without #', () => {
    expect(parse('12', '')).toMatchObject({ success: true, data: 12 });
    expect(parse('12', ' 345 ')).toMatchObject({ success: true, data: 345 });
    expect(parse('', '#345')).toMatchObject({ success: true, data: 345 });
  });

  it('reads both empty as unpairing', () => {
    expect(parse('', '')).toMatchObject({ success: true, data: null });
  });

  it('refuses anything but a positive id, naming the field', () => {
    const typed = parse('', 'abc');
    expect(typed.success).toBe(false);
    expect(typed.error?.issues[0]).toMatchObject({ path: ['translationRef'], message: 'translationRefInvalid' });
    expect(parse('', '0').success).toBe(false);
    expect(parse('-1', '').error?.issues[0]).toMatchObject({ path: ['translationId'], message: 'invalid' });
  });
});
