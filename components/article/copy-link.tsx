'use client';

import { useState } from 'react';

// Without JavaScript this is simply the article's permalink, which a reader can copy by hand.
export function CopyLink({ url, label, copiedLabel, className }: { url: string; label: string; copiedLabel: string; className: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={url}
      className={className}
      onClick={(event) => {
        if (!navigator.clipboard) return;
        event.preventDefault();
        navigator.clipboard.writeText(url).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </a>
  );
}
