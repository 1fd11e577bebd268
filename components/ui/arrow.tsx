/**
 * A "next" or "previous" arrow that points the way the page reads: Unicode does not mirror
 * arrows in right-to-left text, so under dir="rtl" (the töte view) the glyph is flipped.
 */
export function Arrow({ back = false }: { back?: boolean }) {
  return (
    <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
      {back ? '←' : '→'}
    </span>
  );
}
