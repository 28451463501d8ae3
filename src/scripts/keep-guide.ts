// "Keep the whole guide on this device" (KeepGuide.astro): downloads every page and every search
// piece listed at build time (dist/offline-guide.json, scripts/lib/offline-guide.mjs) into the
// service worker's runtime caches, with progress, cancel, plain failures and a way to remove it.
// Everything is written with textContent: nothing from the network is parsed as HTML.
// After an update of the site, a guide kept before it is marked out of date (the list's version
// differs from the one kept) and one press brings it up to date; its pages open offline meanwhile,
// with the earlier version's styles and scripts, which the service worker keeps for them.
// Which files the guide holds and which are on this device: guide-files.ts.

import {
  cacheFor,
  dropEarlierSearchPieces,
  keptFiles,
  keptVersion,
  loadGuide,
  noteKeptVersion,
  removeGuideFiles,
  type Guide,
} from './guide-files';

/** Files fetched at once: enough to keep a connection busy, few enough to leave room for the page. */
const PARALLEL = 4;

/** A size in megabytes for people: "3.4 MB", never less than 0.1. */
const megabytes = (bytes: number): string => `${Math.max(0.1, bytes / 1_000_000).toFixed(1)} MB`;

/** The browser's offer to install the site (Chromium's beforeinstallprompt), kept for the install button. */
interface InstallOffer extends Event {
  prompt: () => Promise<unknown>;
}
let installOffer: InstallOffer | undefined;
addEventListener('beforeinstallprompt', (event) => {
  // The button below asks instead of the browser's own bar, beside the choice to keep the guide.
  event.preventDefault();
  installOffer = event as InstallOffer;
  document.querySelector('keep-guide')?.dispatchEvent(new Event('install-offer'));
});

const plural = (count: number, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;

class KeepGuide extends HTMLElement {
  private guide: Guide | undefined;
  private kept = new Set<string>();
  /** True when the guide on this device was kept whole from an earlier version of the site. */
  private outOfDate = false;
  private running: AbortController | undefined;
  private saveDataAccepted = false;
  private stopped = false;

  private piece(name: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-${name}]`);
    if (!element) throw new Error(`keep-guide: no [data-${name}]`);
    return element;
  }

  connectedCallback(): void {
    const summary = this.piece('summary');
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      summary.textContent = 'This browser cannot keep pages for reading offline.';
      return;
    }
    this.piece('keep').addEventListener('click', () => {
      this.keep();
    });
    this.piece('confirm').addEventListener('click', () => {
      this.saveDataAccepted = true;
      this.keep();
    });
    this.piece('cancel').addEventListener('click', () => {
      this.cancel();
    });
    this.piece('remove').addEventListener('click', () => {
      void this.removeGuide();
    });
    this.offerInstall();
    void this.refresh();
  }

  /**
   * The install flow: an install button while the browser offers one; once installed, the next
   * step is offered (keeping the whole guide), never started: it is a download the reader chooses.
   */
  private offerInstall(): void {
    const box = this.piece('install-box');
    const show = () => {
      box.hidden = installOffer === undefined;
    };
    this.addEventListener('install-offer', show);
    show();
    this.piece('install').addEventListener('click', () => {
      const offer = installOffer;
      installOffer = undefined;
      show();
      void offer?.prompt().catch(() => undefined);
    });
    addEventListener('appinstalled', () => {
      installOffer = undefined;
      show();
      const all = this.guide !== undefined && this.kept.size === this.guide.files.length && !this.outOfDate;
      this.say(
        all
          ? 'Accueil is installed, and the whole guide is on this device: everything works offline.'
          : 'Accueil is installed. To read every page and search everything offline too, keep the whole guide on this device.',
      );
      const keep = this.piece('keep');
      if (!keep.hidden) keep.focus();
    });
  }

  private async refresh(): Promise<void> {
    try {
      this.guide ??= await loadGuide();
      this.kept = await keptFiles(this.guide);
      const version = await keptVersion();
      this.outOfDate = version !== undefined && version !== this.guide.version;
    } catch {
      this.piece('summary').textContent =
        'The list of the guide’s files could not be loaded, so it cannot be kept now. Try again when you are online.';
      return;
    }
    this.render();
  }

  /** Shows the buttons and words for the guide's state on this device. */
  private render(): void {
    const guide = this.guide;
    if (!guide) return;
    const total = guide.files.length;
    const all = this.kept.size === total && !this.outOfDate;
    const size = megabytes(guide.bytes);
    const busy = this.running !== undefined;
    this.piece('summary').textContent = all
      ? `The whole guide is on this device (${plural(total, 'file')}, ${size}): every page and every search works offline.`
      : this.outOfDate
        ? `The guide on this device is from an earlier version of the site: its pages still open offline, as they were. Update it to read the current version offline (${plural(total, 'file')}, ${size}).`
        : `The whole guide is ${plural(total, 'file')}, ${size}. Without it, the pages you read and the searches you run are kept as you go; with it, every page and every search works offline.` +
          (this.kept.size > 0
            ? ` ${String(this.kept.size)} of ${String(total)} files are already on this device.`
            : '');
    const keep = this.piece('keep');
    keep.textContent = this.outOfDate
      ? `Update the guide on this device (${size})`
      : `Keep the whole guide on this device (${size})`;
    keep.hidden = all || busy;
    this.piece('cancel').hidden = !busy;
    this.piece('remove').hidden = busy || !(all || this.outOfDate || (this.stopped && this.kept.size > 0));
    this.piece('confirm').hidden = true;
    this.piece('save-data').hidden = true;
  }

  private showProgress(done: number, total: number): void {
    const progress = this.piece('progress') as HTMLProgressElement;
    progress.max = total;
    progress.value = done;
    this.piece('progress-text').textContent = `${String(done)} of ${String(total)} files`;
  }

  private say(text: string): void {
    this.piece('status').textContent = text;
  }

  private keep(): void {
    const guide = this.guide;
    if (!guide || this.running) return;
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
    if (saveData && !this.saveDataAccepted) {
      const note = this.piece('save-data');
      note.textContent = `Your browser asks sites to save data. Keeping the guide downloads ${megabytes(guide.bytes)}: download it anyway?`;
      note.hidden = false;
      const confirm = this.piece('confirm');
      confirm.hidden = false;
      confirm.focus();
      this.say(note.textContent);
      return;
    }
    void this.download(guide);
  }

  private cancel(): void {
    this.running?.abort();
  }

  private async download(guide: Guide): Promise<void> {
    const controller = new AbortController();
    this.running = controller;
    this.stopped = false;
    const total = guide.files.length;
    this.kept = await keptFiles(guide);
    // An earlier version's pages are fetched again; search pieces are named by their content, so
    // one already here is current.
    if (this.outOfDate) this.kept = new Set([...this.kept].filter((file) => file.startsWith('/pagefind/')));
    const queue = guide.files.filter((file) => !this.kept.has(file));
    const box = this.piece('progress-box');
    box.hidden = false;
    this.render();
    this.piece('cancel').focus();
    this.showProgress(this.kept.size, total);
    this.say(`Downloading the whole guide: ${plural(queue.length, 'file')} to fetch.`);

    let failure: unknown;
    const next = async (): Promise<void> => {
      for (let file = queue.shift(); file !== undefined && !controller.signal.aborted; file = queue.shift()) {
        const response = await fetch(file, { signal: controller.signal, cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file} answered ${String(response.status)}`);
        const cache = await caches.open(cacheFor(file));
        await cache.put(file, response);
        this.kept.add(file);
        this.showProgress(this.kept.size, total);
      }
    };
    try {
      const estimate = 'storage' in navigator ? await navigator.storage.estimate() : undefined;
      const needed = guide.bytes * (queue.length / total);
      if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < needed) {
        throw new DOMException('not enough room', 'QuotaExceededError');
      }
      await Promise.all(Array.from({ length: PARALLEL }, next));
    } catch (error) {
      failure = error;
      controller.abort();
    }
    this.running = undefined;
    box.hidden = true;
    const count = `${String(this.kept.size)} of ${String(total)} files are on this device`;
    if (failure === undefined && this.kept.size === total) {
      await noteKeptVersion(guide.version);
      this.outOfDate = false;
      await dropEarlierSearchPieces(guide);
      // The earlier version's styles and scripts that no kept page needs any more can go.
      navigator.serviceWorker.controller?.postMessage({ type: 'PRUNE_ASSETS' });
      this.render();
      this.say(`The whole guide is on this device: every page and every search now works offline.`);
      this.piece('remove').focus();
      return;
    }
    this.stopped = true;
    this.render();
    const name = failure instanceof DOMException ? failure.name : '';
    if (failure === undefined || name === 'AbortError') {
      this.say(`Cancelled. ${count}; press Keep to fetch the rest, or Remove to free the space.`);
    } else if (name === 'QuotaExceededError') {
      this.say(
        `This device’s storage is full, so the guide could not be kept. ${count}. Free some space, or remove them, and try again.`,
      );
    } else if (!navigator.onLine || failure instanceof TypeError) {
      this.say(`The download stopped: you seem to be offline. ${count}. Connect to the internet and press Keep again.`);
    } else {
      this.say(
        `The download stopped: a file could not be fetched (${failure instanceof Error ? failure.message : 'unknown error'}). ${count}. Reload this page and try again.`,
      );
    }
    this.piece('keep').focus();
  }

  private async removeGuide(): Promise<void> {
    const guide = this.guide;
    if (!guide || this.running) return;
    const removed = await removeGuideFiles(guide);
    this.kept = await keptFiles(guide);
    this.outOfDate = false;
    this.stopped = false;
    this.render();
    this.say(
      `The guide was removed from this device (${plural(removed, 'file')}). The home page, search and the tools still work offline.`,
    );
    this.piece('keep').focus();
  }
}

customElements.define('keep-guide', KeepGuide);
