// No imports: the editor's client form builds its preview's address with this too.

/** The largest picture an editor may upload: the server refuses more (upload.ts), the form says so before sending. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type ThumbSize = 'small' | 'medium' | 'large';

/** An upload's stem: Almaty wall-clock time to the millisecond, yyyyMMddHHmmssSSS. */
export const THUMBNAIL_STEM = /^\d{17}$/;

/** The one builder of a thumbnail's address; legacy names, /uploads/thumbnail/{stem}_{size}.jpg. */
export const thumbnailPath = (stem: string, size: ThumbSize) => `/uploads/thumbnail/${stem}_${size}.jpg`;
