// Accounts the e2e web server creates with `npm run admin:create` before it starts.
export const ACCOUNTS = {
  admin: { email: 'admin@qamshy.test', name: 'Әкімші Тестов', password: 'admin-pass-2026!', role: 'admin' },
  editor: { email: 'editor@qamshy.test', name: 'Редактор Тестов', password: 'editor-pass-2026!', role: 'editor' },
  author: { email: 'author@qamshy.test', name: 'Автор Тестов', password: 'author-pass-2026!', role: 'author' },
} as const;

export function adminCreateCommands(): string {
  return Object.values(ACCOUNTS)
    .map((a) => `npx tsx scripts/admin-create.ts --email ${a.email} --name '${a.name}' --password '${a.password}' --role ${a.role}`)
    .join(' && ');
}
