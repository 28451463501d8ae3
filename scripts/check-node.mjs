// Fails with one clear sentence when a script runs on a Node older than Astro 7 and Vitest need.
// npm puts node_modules/.bin first on PATH, so `npm run <script>` uses the Node 24 installed by the
// `node` devDependency; running a tool straight from a shell uses the system Node instead.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    `Accueil needs Node >= 22.12, but this runs on Node ${process.versions.node}. ` +
      'Run it through npm (`npm start`, `npm test`, `npm run <script>`), which uses the Node 24 in ' +
      'node_modules/.bin; if that is missing, run `npm install` (or `npm rebuild node`).',
  );
  process.exit(1);
}
