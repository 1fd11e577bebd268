import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { latinMessages } from '../../../i18n/latin-messages';
import type { Edition } from '../../../lib/domain';

/**
 * The UI's own strings for page objects, from messages/{kk,ru}.json (the Latin view of kk made by
 * the app's own i18n/latin-messages.ts), so a test finds a label by what the page shows
 * and a reworded message changes one file, not every spec.
 */
export type Messages = typeof import('../../../messages/kk.json');
export type Namespace = keyof Messages;
/** An edition, or the Kazakh edition read in Latin letters (/kk-latn). */
export type UiLocale = Edition | 'kk-latn';

const loaded = new Map<UiLocale, Messages>();

function messages(locale: UiLocale): Messages {
  let found = loaded.get(locale);
  if (!found) {
    const edition: Edition = locale === 'kk-latn' ? 'kk' : locale;
    found = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${edition}.json`), 'utf8')) as Messages;
    if (locale === 'kk-latn') found = latinMessages(found);
    loaded.set(locale, found);
  }
  return found;
}

/** `t(key, values)` for one namespace, formatted as next-intl formats it on the page. */
export function uiText<N extends Namespace>(locale: UiLocale, namespace: N) {
  return createTranslator({ locale: locale === 'kk-latn' ? 'kk' : locale, messages: messages(locale), namespace });
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching exactly one of the given texts. */
export function oneOf(...texts: string[]): RegExp {
  return new RegExp(`^(?:${texts.map(escapeRegExp).join('|')})$`);
}

/** A pattern for a message with a {count}, whatever the number (every plural form of the language). */
export function anyCount(format: (count: number) => string): RegExp {
  const forms = new Set([1, 2, 5, 21].map((count) => escapeRegExp(format(count)).replace(String(count), '\\d+')));
  return new RegExp(`^(?:${[...forms].join('|')})$`);
}
