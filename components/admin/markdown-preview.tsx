'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

type Labels = { show: string; hide: string; title: string; loading: string; failed: string; empty: string };
type Preview = { for: string; html: string } | { for: string; failed: true };

const DEBOUNCE_MS = 350;
const noSubscribe = () => () => {};

/**
 * The body as readers will get it, rendered and sanitized by the server. Without JavaScript
 * nothing is shown: the editor works the same, only without the preview.
 */
export function MarkdownPreview({ markdown, labels }: { markdown: string; labels: Labels }) {
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/admin/articles/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain;charset=utf-8' },
          body: markdown,
          signal: controller.signal,
        });
        const data = (await response.json()) as { html?: string };
        setPreview(response.ok && typeof data.html === 'string' ? { for: markdown, html: data.html } : { for: markdown, failed: true });
      } catch {
        if (!controller.signal.aborted) setPreview({ for: markdown, failed: true });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, markdown]);

  if (!hydrated) return null;
  const stale = preview?.for !== markdown;
  return (
    <div className="mt-2">
      <button type="button" aria-expanded={open} aria-controls="article-body-preview" onClick={() => setOpen(!open)} className="admin-button-secondary text-sm">
        {open ? labels.hide : labels.show}
      </button>
      {open ? (
        <section id="article-body-preview" aria-label={labels.title} aria-busy={stale} className="mt-3 rounded-lg border border-neutral-300 bg-white p-4">
          <div className="flex items-baseline justify-between gap-3 border-b border-neutral-200 pb-2 text-sm text-neutral-600">
            <h2 className="font-semibold">{labels.title}</h2>
            <span aria-live="polite">{stale ? labels.loading : ''}</span>
          </div>
          {preview && 'failed' in preview ? (
            <p role="alert" className="mt-3 text-accent">
              {labels.failed}
            </p>
          ) : preview?.html ? (
            // Rendered by lib/markdown.ts on the server, sanitized exactly as a save does.
            <div className="article-body mt-3" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : preview ? (
            <p className="mt-3 text-neutral-600">{labels.empty}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
