import type { Role } from '@/lib/domain';

export type { Role };
export type Actor = { id: number; role: Role };

export type Action = 'article.create' | 'article.editAny' | 'article.publish' | 'comment.moderate' | 'taxonomy.manage' | 'user.manage' | 'audit.view';

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>(['article.create', 'article.editAny', 'article.publish', 'comment.moderate', 'taxonomy.manage', 'user.manage', 'audit.view']),
  editor: new Set<Action>(['article.create', 'article.editAny', 'article.publish', 'comment.moderate', 'taxonomy.manage']),
  author: new Set<Action>(['article.create']),
};

export function can(actor: Actor, action: Action): boolean {
  return GRANTS[actor.role]?.has(action) ?? false;
}

/** Authors edit only their own articles, and only before they are published or scheduled. */
export function canEditArticle(actor: Actor, article: { authorId: number; status: string }): boolean {
  if (can(actor, 'article.editAny')) return true;
  return article.authorId === actor.id && (article.status === 'draft' || article.status === 'submitted');
}
