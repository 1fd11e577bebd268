import { Arrow } from './arrow';

export function SectionHeading({ id, children, href, moreLabel }: { id: string; children: React.ReactNode; href?: string; moreLabel?: string }) {
  return (
    <div className="mb-4 flex items-end justify-between border-b-2 border-brand pb-1">
      <h2 id={id} className="text-xl font-extrabold uppercase tracking-wide text-brand-dark rtl:tracking-normal">
        {children}
      </h2>
      {href && moreLabel ? (
        <a href={href} className="text-sm font-semibold text-brand hover:underline">
          {moreLabel} <Arrow />
        </a>
      ) : null}
    </div>
  );
}
