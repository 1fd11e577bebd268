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

// Plain <img> with the legacy variants in srcset: no client JS, and the old *_small.jpg URL stays the src.
export function Thumbnail({ stem, alt, sizes, width, height, eager = false, className = '' }: Props) {
  if (!stem) return <div className={`aspect-[3/2] bg-neutral-200 ${className}`} aria-hidden="true" />;
  return (
    <img
      src={thumbnailPath(stem, 'small')}
      srcSet={`${thumbnailPath(stem, 'small')} 360w, ${thumbnailPath(stem, 'medium')} 768w, ${thumbnailPath(stem, 'large')} 1280w`}
      sizes={sizes}
      alt={alt}
      width={width ?? 360}
      height={height ?? 240}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className={`aspect-[3/2] h-auto w-full bg-neutral-200 object-cover ${className}`}
    />
  );
}
