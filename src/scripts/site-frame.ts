// The two custom elements of the site's frame, in one script so every page carries one small
// inline script instead of two: the theme toggle (ThemeToggle.astro) and the notice of a new
// version, which also registers the service worker (UpdateNotice.astro).

const KEY = 'accueil.theme';

/** The theme in force: the stored choice, else the system setting. */
function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const label = button.querySelector('.label');
    // The name says what a press does, so it always matches the theme in force.
    const render = () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      button.dataset['next'] = next;
      if (label) label.textContent = `Use ${next} theme`;
    };
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Private browsing may refuse storage; the theme still changes for this page.
      }
      render();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
    render();
    button.hidden = false;
  }
}
customElements.define('theme-toggle', ThemeToggle);

class UpdateNotice extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || location.hostname === '') return;
    const panel = this.querySelector<HTMLElement>('.update-notice');
    if (!panel) return;
    let waiting: ServiceWorker | null = null;
    const offer = (worker: ServiceWorker) => {
      waiting = worker;
      panel.hidden = false;
    };
    panel.querySelector('[data-reload]')?.addEventListener('click', () => {
      waiting?.postMessage({ type: 'SKIP_WAITING' });
    });
    panel.querySelector('[data-later]')?.addEventListener('click', () => {
      panel.hidden = true;
    });
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (waiting && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    const register = () => {
      void navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sw.js`)
        .then((registration) => {
          if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
          registration.addEventListener('updatefound', () => {
            const installing = registration.installing;
            installing?.addEventListener('statechange', () => {
              if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
            });
          });
        })
        .catch(() => {
          // Without a service worker the site still works online; nothing to tell the reader.
        });
    };
    // On a first visit the worker downloads the whole site for offline use: it waits until this
    // page has loaded and the browser is idle, so a phone spends its first seconds on the page.
    // (This module runs before the load event, as every module script does.) A page that is never
    // idle still gets its worker within a few seconds.
    addEventListener(
      'load',
      () => {
        if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
        else setTimeout(register, 1000);
      },
      { once: true },
    );
  }
}
customElements.define('update-notice', UpdateNotice);
