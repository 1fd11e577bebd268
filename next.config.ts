import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import './lib/env'; // validates the environment when the server (or build) starts

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The front server (server/) compresses: cached pages once, with brotli and gzip variants kept.
  compress: false,
  // Pages use <picture> with variants prepared at upload; the optimizer would only be an attack surface.
  images: { unoptimized: true },
  // End-to-end tests build into their own folder so they never clobber the served build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  serverExternalPackages: ['better-sqlite3', 'sharp', 'argon2'],
  experimental: {
    globalNotFound: true,
    authInterrupts: true,
    // Thumbnails up to 10 MB go through a server action (plus multipart overhead).
    serverActions: { bodySizeLimit: '11mb' },
    proxyClientMaxBodySize: '11mb',
  },
};

export default withNextIntl(nextConfig);
