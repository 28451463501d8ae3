// Serves the built site (dist/) on http://localhost:4321, or on $PORT, and prints the address.
import { existsSync } from 'node:fs';
import { preview } from 'astro';

const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
const outDir = process.env.DIST_DIR ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) {
  console.error(`There is no built site in ${outDir}/: run \`npm start\` (it builds first) or \`npm run build\`.`);
  process.exit(1);
}
await preview({ logLevel: 'warn', outDir, server: { port, host: 'localhost' } });
// A build for a base path (BASE_PATH=/accueil/ npm start) is served under that path.
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
console.log(`\nAccueil is running at http://localhost:${port}${base}  (press Ctrl+C to stop)\n`);
