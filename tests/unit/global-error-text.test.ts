import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOBAL_ERROR_TEXT_FILE, globalErrorText } from '@/i18n/global-error-text';

describe('the last-resort error page', () => {
  it('shows exactly the ErrorPage strings of both message files', () => {
    // Differs after a change to the ErrorPage strings: run `npm run i18n:sync`.
    expect(JSON.parse(fs.readFileSync(GLOBAL_ERROR_TEXT_FILE, 'utf8'))).toEqual(globalErrorText());
    expect(globalErrorText().ru.title).toBeTruthy();
  });
});
