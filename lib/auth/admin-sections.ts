import { can, type Action, type Actor } from './permissions';

// The admin sections a role may or may not open at all. The pages check again on the server;
// the proxy uses this to answer a refusal with a server-rendered 403 page (see app/admin/refused).
const SECTIONS: [prefix: string, action: Action][] = [
  ['/admin/users', 'user.manage'],
  ['/admin/audit', 'audit.view'],
  ['/admin/comments', 'comment.moderate'],
  ['/admin/categories', 'taxonomy.manage'],
  ['/admin/deliveries', 'article.publish'],
  ['/admin/front', 'article.publish'],
];

export function refusedSection(pathname: string, actor: Actor): boolean {
  const section = SECTIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return !!section && !can(actor, section[1]);
}
