// Runs after each DOM test file (vitest.config.ts). nanostores unmounts a store one second after
// its last listener leaves (STORE_UNMOUNT_DELAY), and a persistent store's unmount removes its
// window listeners. If that second ends after the file's happy-dom window has been torn down, the
// timer throws "window is not defined" into whichever file runs next, and the run fails on an
// error no test made. Waiting out the delay lets every unmount run while the window still exists.
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll } from 'vitest';

afterAll(() => new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50)));
