import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { latinMessages } from '../../../i18n/latin-messages';
import { toteMessages } from '../../../i18n/tote-messages';
import { ARABIC, isScriptView, LATIN, type Edition, type PathLocale } from '../../../lib/domain';

/**
 * The UI's own strings for page objects, from messages/{kk,ru}.json (the Latin and töte views of
 * kk made by the app's own i18n/latin-messages.ts and i18n/tote-messages.ts), so a test finds a
 * label by what the page shows and a reworded message changes one file, not every spec.
 */
export type Messages = typeof import('../../../messages/kk.json');
export type Namespace = keyof Messages;
/** An edition, or a script view of the Kazakh edition (/kk-latn, /kk-arab): a URL prefix. */
export type UiLocale = PathLocale;

/** The edition whose messages a view shows (kk for the script views). */
export const editionOf = (locale: UiLocale): Edition => (isScriptView(locale) ? 'kk' : locale);

const loaded = new Map<UiLocale, Messages>();

/** Every UI string a view shows, as the app loads them for it (i18n/request.ts). */
export function uiMessages(locale: UiLocale): Messages {
  let found = loaded.get(locale);
  if (!found) {
    found = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${editionOf(locale)}.json`), 'utf8')) as Messages;
    if (locale === LATIN) found = latinMessages(found);
    if (locale === ARABIC) found = toteMessages(found);
    loaded.set(locale, found);
  }
  return found;
}

/** `t(key, values)` for one namespace, formatted as next-intl formats it on the page. */
export function uiText<N extends Namespace>(locale: UiLocale, namespace: N) {
  return createTranslator({ locale: editionOf(locale), messages: uiMessages(locale), namespace });
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
