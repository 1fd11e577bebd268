/** Articles per listing page (category, tag, author). */
export const PAGE_SIZE_READER = 20;

/** Approved comments per page of an article (oldest first; ?page=N continues). */
export const COMMENTS_PAGE_SIZE = 50;
