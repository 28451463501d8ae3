// Screen readers announce changes to a live region that was already on the page; a region added
// at the same moment as its message is often missed. Every page has one persistent region
// (#announcer, in the base layout), and tools speak through it.

/** Announces a message politely through the page's persistent live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes a repeated message count as a change.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
