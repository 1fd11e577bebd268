'use client';

import { usePathname } from 'next/navigation';

type Props = { target: string; text: string; label: string };

// Reads only the URL (also during server rendering), so pages stay the same for every reader.
// On an article the link names the same id; the other edition answers with its translation
// or its front page.
export function LocaleSwitch({ target, text, label }: Props) {
  const pathname = usePathname() ?? '';
  const article = /^\/[a-z-]+\/article\/(\d+)/.exec(pathname);
  const href = article ? `/${target}/article/${article[1]}` : `/${target}`;
  return (
    <nav aria-label={label}>
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="rounded-full border border-white/60 px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand-dark"
      >
        {text}
      </a>
    </nav>
  );
}
