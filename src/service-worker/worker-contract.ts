/**
 * What the build, the page and the service worker agree on, in one place: the page's file
 * name in the build's list, and the message that lets a waiting worker take over (the one
 * workbox-window's `messageSkipWaiting` sends).
 */
export const pageFileName = 'index.html';

export const skipWaitingMessage = 'SKIP_WAITING';
