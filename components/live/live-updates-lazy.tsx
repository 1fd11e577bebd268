'use client';

import { lazy, Suspense, type ComponentProps } from 'react';
import type { LiveUpdates as Updates } from './live-updates';

// The poller is fetched as a chunk of its own, and only by pages of an open live blog: every
// other article page shares one client chunk (the comment form's) that must not carry it.
const LiveUpdates = lazy(() => import('./live-updates').then((module) => ({ default: module.LiveUpdates })));

export function LazyLiveUpdates(props: ComponentProps<typeof Updates>) {
  return (
    <Suspense fallback={null}>
      <LiveUpdates {...props} />
    </Suspense>
  );
}
