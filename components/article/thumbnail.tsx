import { hasWebpVariants } from '@/lib/images/exists';
import { thumbnailPath } from '@/lib/urls';

type Props = {
  stem: string | null;
  alt: string;
  sizes: string;
  width?: number | null;
  height?: number | null;
  eager?: boolean;
  className?: string;
};

const srcSet = (stem: string, ext: 'jpg' | 'webp') =>
  (['small', 'medium', 'large'] as const).map((size, i) => `${thumbnailPath(stem, size).replace(/\.jpg$/, `.${ext}`)} ${[360, 768, 1280][i]}w`).join(', ');

// No client JS: the browser picks a size (and WebP where it can); the legacy *_small.jpg stays the src.
export function Thumbnail({ stem, alt, sizes, width, height, eager = false, className = '' }: Props) {
  if (!stem) return <div className={`aspect-[3/2] bg-neutral-200 ${className}`} aria-hidden="true" />;
  const img = (
    <img
      src={thumbnailPath(stem, 'small')}
      srcSet={srcSet(stem, 'jpg')}
      sizes={sizes}
      alt={alt}
      width={width ?? 360}
      height={height ?? 240}
      loading={eager ? 'eager' : 'lazy'}
      // The story's own picture is the largest paint: fetched before scripts and styles below it.
      fetchPriority={eager ? 'high' : 'auto'}
      decoding="async"
      className={`aspect-[3/2] h-auto w-full bg-neutral-200 object-cover ${className}`}
    />
  );
  // Older uploads may have only JPEGs; a <source> that 404s would not fall back to the <img>.
  if (!hasWebpVariants(stem)) return img;
  return (
    <picture>
      <source type="image/webp" srcSet={srcSet(stem, 'webp')} sizes={sizes} />
      {img}
    </picture>
  );
}
