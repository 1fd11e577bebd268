import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { deleteCategory, renameTag, saveCategory } from '@/db/queries/admin-taxonomy';
import { createUser, listUsers, setPassword, updateUser } from '@/db/queries/admin-users';
import { findSessionUser, insertSession } from '@/db/queries/sessions';
import { categories, tags, users } from '@/db/schema';

let n = 0;
function person(role: 'admin' | 'editor' | 'author', active = true) {
  n += 1;
  return db
    .insert(users)
    .values({ email: `p${n}-${Date.now()}@qamshy.test`, name: `P ${n}`, slug: `p-${n}-${Date.now()}`, role, active })
    .returning({ id: users.id, role: users.role })
    .get();
}

describe('people', () => {
  it('lets only admins list and create users, and refuses a taken email', () => {
    const admin = person('admin');
    const editor = person('editor');
    expect(listUsers(editor)).toBeNull();
    expect(createUser(editor, { email: 'x@qamshy.test', name: 'X', role: 'author', passwordHash: 'h' })).toEqual({ ok: false, reason: 'forbidden' });
    const made = createUser(admin, { email: 'New.Person@Qamshy.test', name: 'Жаңа Адам', role: 'author', passwordHash: 'h' });
    expect(made.ok).toBe(true);
    expect(createUser(admin, { email: 'new.person@qamshy.test', name: 'Тағы', role: 'author', passwordHash: 'h' })).toEqual({
      ok: false,
      reason: 'emailTaken',
    });
    expect(listUsers(admin)!.some((u) => u.email === 'new.person@qamshy.test')).toBe(true);
  });

  it('never leaves the newsroom without an active admin', () => {
    // Only this test's admins are active admins while it runs.
    const others = db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true)))
      .all();
    for (const o of others) db.update(users).set({ active: false }).where(eq(users.id, o.id)).run();
    try {
      const only = person('admin');
      expect(updateUser(only, only.id, { role: 'editor', active: true })).toEqual({ ok: false, reason: 'lastAdmin' });
      expect(updateUser(only, only.id, { role: 'admin', active: false })).toEqual({ ok: false, reason: 'lastAdmin' });
      const second = person('admin');
      expect(updateUser(second, only.id, { role: 'editor', active: true })).toEqual({ ok: true, id: only.id });
    } finally {
      for (const o of others) db.update(users).set({ active: true }).where(eq(users.id, o.id)).run();
    }
  });

  it('ends the sessions of a deactivated, demoted or re-passworded user', () => {
    const admin = person('admin');
    const target = person('editor');
    insertSession(`s-${target.id}-1`, target.id, new Date(Date.now() + 60_000));
    expect(updateUser(admin, target.id, { role: 'author', active: true }).ok).toBe(true);
    expect(findSessionUser(`s-${target.id}-1`)).toBeNull();
    insertSession(`s-${target.id}-2`, target.id, new Date(Date.now() + 60_000));
    expect(setPassword(admin, target.id, 'new-hash').ok).toBe(true);
    expect(findSessionUser(`s-${target.id}-2`)).toBeNull();
    const author = person('author');
    expect(setPassword(author, target.id, 'x')).toEqual({ ok: false, reason: 'forbidden' });
    expect(setPassword(author, author.id, 'own-new-hash').ok).toBe(true);
  });
});

describe('categories and tags', () => {
  it('keeps slugs unique per edition, refuses authors and non-empty deletes', () => {
    const editor = person('editor');
    const author = person('author');
    expect(saveCategory(author, null, { locale: 'kk', name: 'Ғылым', slug: 'gylym', position: 9 })).toEqual({ ok: false, reason: 'forbidden' });
    expect(saveCategory(editor, null, { locale: 'kk', name: 'Ғылым', slug: 'gylym', position: 9 })).toEqual({ ok: true });
    expect(saveCategory(editor, null, { locale: 'kk', name: 'Тағы', slug: 'gylym', position: 9 })).toEqual({ ok: false, reason: 'slugTaken' });
    expect(saveCategory(editor, null, { locale: 'ru', name: 'Наука', slug: 'gylym', position: 9 })).toEqual({ ok: true }); // other edition
    const sport = db
      .select()
      .from(categories)
      .where(and(eq(categories.locale, 'kk'), eq(categories.slug, 'sport')))
      .get()!;
    expect(deleteCategory(editor, sport.id)).toEqual({ ok: false, reason: 'notEmpty' });
    const empty = db
      .select()
      .from(categories)
      .where(and(eq(categories.locale, 'kk'), eq(categories.slug, 'gylym')))
      .get()!;
    expect(deleteCategory(author, empty.id)).toEqual({ ok: false, reason: 'forbidden' });
    expect(deleteCategory(editor, empty.id)).toEqual({ ok: true });
    const tag = db.select().from(tags).where(eq(tags.locale, 'kk')).get()!;
    const other = db
      .select()
      .from(tags)
      .where(and(eq(tags.locale, 'kk')))
      .all()
      .find((x) => x.id !== tag.id)!;
    expect(renameTag(editor, tag.id, { name: 'X', slug: other.slug })).toEqual({ ok: false, reason: 'slugTaken' });
    expect(renameTag(editor, tag.id, { name: tag.name, slug: tag.slug })).toEqual({ ok: true });
  });
});
