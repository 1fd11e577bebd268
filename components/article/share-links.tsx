import { CopyLink } from './copy-link';

type Props = { url: string; title: string; labels: { title: string; copy: string; copied: string } };

// Plain share URLs: no third-party script or tracker is loaded on the article page.
export function ShareLinks({ url, title, labels }: Props) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const targets = [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ];
  const linkClass = 'inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm font-semibold text-neutral-800 hover:border-brand hover:text-brand';
  return (
    <nav aria-label={labels.title} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-semibold text-neutral-600">{labels.title}:</span>
      {targets.map((target) => (
        <a key={target.name} href={target.href} rel="noopener noreferrer nofollow" target="_blank" className={linkClass}>
          {target.name}
        </a>
      ))}
      <CopyLink url={url} label={labels.copy} copiedLabel={labels.copied} className={linkClass} />
    </nav>
  );
}
