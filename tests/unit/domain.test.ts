import { describe, expect, it } from 'vitest';
import { articles, categories, comments, users } from '@/db/schema';
import { routing } from '@/i18n/routing';
import {
  ARABIC,
  ARTICLE_STATUSES,
  COMMENT_STATUSES,
  EDITIONS,
  editionEnum,
  idField,
  LATIN,
  MODERATION_ACTIONS_FOR,
  MODERATION_TARGET,
  parseId,
  PATH_LOCALES,
  roleEnum,
  ROLES,
  ROLES_LEAST_FIRST,
} from '@/lib/domain';

describe('lib/domain', () => {
  it('is what the schema columns and the i18n routing take', () => {
    expect(articles.locale.enumValues).toEqual([...EDITIONS]);
    expect(categories.locale.enumValues).toEqual([...EDITIONS]);
    expect(articles.status.enumValues).toEqual([...ARTICLE_STATUSES]);
    expect(comments.status.enumValues).toEqual([...COMMENT_STATUSES]);
    expect(users.role.enumValues).toEqual([...ROLES]);
    expect(routing.locales).toEqual([...EDITIONS, LATIN, ARABIC]);
    expect(PATH_LOCALES).toEqual(['kk', 'ru', 'kk-latn', 'kk-arab']);
    expect(ROLES_LEAST_FIRST).toEqual(['author', 'editor', 'admin']);
  });

  it('parses ids of 1 to 16 digits without a leading zero, nothing else', () => {
    for (const good of ['1', '42', '9999999999999999']) expect(parseId(good)).toBe(Number(good));
    for (const bad of ['0', '01', '-1', '1.5', ' 1', '1 ', '12345678901234567', '', 'x', '1e3', 42, null, undefined, ['1']]) expect(parseId(bad)).toBeNull();
    expect(idField().parse('7')).toBe(7);
    expect(idField().safeParse('07').success).toBe(false);
  });

  it('zod enums accept the tuples and report the given message', () => {
    expect(editionEnum().parse('ru')).toBe('ru');
    expect(editionEnum('invalid').safeParse('kk-latn').error?.issues[0].message).toBe('invalid');
    expect(roleEnum('roleInvalid').safeParse('root').error?.issues[0].message).toBe('roleInvalid');
  });

  it('offers, for every comment status, only verbs that move a comment elsewhere', () => {
    for (const status of COMMENT_STATUSES) for (const verb of MODERATION_ACTIONS_FOR[status]) expect(MODERATION_TARGET[verb]).not.toBe(status);
  });
});
