/** What the page posts to a waiting service worker when the reader accepts the update. */
export const SKIP_WAITING = 'wirescope:skip-waiting';
