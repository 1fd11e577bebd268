import { splitLinks } from '@/lib/comments/links';

/**
 * A reader's comment as text: React escapes every run, and only web-address runs become links.
 * rel: search engines give them no weight (nofollow, ugc), the target page gets no handle on ours.
 */
export function CommentText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} rel="nofollow ugc noopener" className="text-brand underline hover:no-underline">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
