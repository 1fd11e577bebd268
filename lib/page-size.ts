/** Articles per listing page (category, tag, author). */
export const PAGE_SIZE_READER = 20;
