import { describe, expect, it } from 'vitest';
import { can, canEditArticle, type Action, type Role } from '@/lib/auth/permissions';
import { safeNextPath } from '@/lib/auth/safe-next';

const matrix: Record<Action, Record<Role, boolean>> = {
  'article.create': { admin: true, editor: true, author: true },
  'article.editAny': { admin: true, editor: true, author: false },
  'article.publish': { admin: true, editor: true, author: false },
  'comment.moderate': { admin: true, editor: true, author: false },
  'taxonomy.manage': { admin: true, editor: true, author: false },
  'user.manage': { admin: true, editor: false, author: false },
  'audit.view': { admin: true, editor: false, author: false },
};

describe('role permissions', () => {
  for (const [action, roles] of Object.entries(matrix)) {
    for (const [role, allowed] of Object.entries(roles)) {
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can({ id: 1, role: role as Role }, action as Action)).toBe(allowed);
      });
    }
  }

  it('lets authors edit only their own unpublished articles', () => {
    const author = { id: 7, role: 'author' as const };
    expect(canEditArticle(author, { authorId: 7, status: 'draft' })).toBe(true);
    expect(canEditArticle(author, { authorId: 7, status: 'submitted' })).toBe(true);
    expect(canEditArticle(author, { authorId: 7, status: 'published' })).toBe(false);
    expect(canEditArticle(author, { authorId: 7, status: 'scheduled' })).toBe(false);
    expect(canEditArticle(author, { authorId: 8, status: 'draft' })).toBe(false);
    expect(canEditArticle({ id: 9, role: 'editor' }, { authorId: 7, status: 'published' })).toBe(true);
  });

  it('refuses an unknown role', () => {
    expect(can({ id: 1, role: 'root' as Role }, 'article.create')).toBe(false);
  });
});

describe('post-sign-in destination', () => {
  it.each([
    ['/admin/articles?status=draft', '/admin/articles?status=draft'],
    ['/admin', '/admin'],
    ['https://evil.example/admin', '/admin'],
    ['//evil.example/admin', '/admin'],
    ['/\\evil.example', '/admin'],
    ['/admin/../kk', '/admin'],
    ['/kk/article/1', '/admin'],
    ['javascript:alert(1)', '/admin'],
    [undefined, '/admin'],
    ['/admin\t//x', '/admin'],
  ])('%s → %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe('admin sections refused by role', () => {
  it('maps each section to its permission', async () => {
    const { refusedSection } = await import('@/lib/auth/admin-sections');
    const author = { id: 1, role: 'author' as const };
    const editor = { id: 2, role: 'editor' as const };
    const admin = { id: 3, role: 'admin' as const };
    for (const path of ['/admin/users', '/admin/users/5', '/admin/audit', '/admin/comments', '/admin/categories'])
      expect(refusedSection(path, author), path).toBe(true);
    expect(refusedSection('/admin/articles', author)).toBe(false);
    expect(refusedSection('/admin/usersx', author)).toBe(false);
    expect(refusedSection('/admin/comments', editor)).toBe(false);
    expect(refusedSection('/admin/users', editor)).toBe(true);
    expect(refusedSection('/admin/audit', admin)).toBe(false);
  });
});
