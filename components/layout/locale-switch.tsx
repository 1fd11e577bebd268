export type SwitchTarget = { prefix: string; lang: string; text: string; samePath: boolean };

// Rendered on the server from the page's own path (lib/http/reader-path.ts): no client JavaScript.
// The same edition in the other alphabet keeps the path. The other edition gets the article's
// id, which it answers with its translation or its front page; elsewhere, its front page.
export function LocaleSwitch({ targets, label, pathname }: { targets: SwitchTarget[]; label: string; pathname: string }) {
  const rest = /^\/[^/]+(\/.*)?$/.exec(pathname)?.[1] ?? '';
  const article = /^\/article\/(\d+)/.exec(rest);
  const hrefOf = (target: SwitchTarget) => {
    if (target.samePath) return `/${target.prefix}${rest}`;
    // Another edition is a reader's choice: app/api/edition remembers it for `/`, then goes on.
    const next = article ? `/${target.prefix}/article/${article[1]}` : `/${target.prefix}`;
    return `/api/edition?to=${target.prefix}&next=${encodeURIComponent(next)}`;
  };
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {targets.map((target) => (
          <li key={target.prefix}>
            <a
              href={hrefOf(target)}
              hrefLang={target.lang}
              lang={target.lang}
              className="block rounded-full border border-white/60 px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand-dark"
            >
              {target.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
