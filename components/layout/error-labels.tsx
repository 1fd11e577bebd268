'use client';

import { createContext, useContext, type ReactNode } from 'react';

export type ErrorLabels = { title: string; description: string; retry: string; home: string; homeHref: string };

const Labels = createContext<ErrorLabels | null>(null);

/**
 * The error page's strings, handed down by the server layout. A plain context instead of
 * next-intl's client provider keeps the message-format runtime out of every reader page's JS.
 */
export function ErrorLabelsProvider({ labels, children }: { labels: ErrorLabels; children: ReactNode }) {
  return <Labels.Provider value={labels}>{children}</Labels.Provider>;
}

export function useErrorLabels(): ErrorLabels | null {
  return useContext(Labels);
}
