/**
 * The path of the reader page being rendered, set by proxy.ts on every edition request (any value
 * a client sends is overwritten). Only the header's language switch reads it: the path is part of
 * the page cache's key, so the page stays the same for every reader of that URL, and the switch
 * needs no client-side JavaScript to know where it is.
 */
export const READER_PATH_HEADER = 'x-qamshy-pathname';
