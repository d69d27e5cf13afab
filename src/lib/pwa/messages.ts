/** What the page posts to a waiting service worker when the reader accepts the update. */
export const SKIP_WAITING = 'wirescope:skip-waiting';
/** What the page asks a service worker to learn which build it serves; it answers on the message's port with { version }. */
export const VERSION = 'wirescope:version';
