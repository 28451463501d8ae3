// Serves the built site (dist/) on http://localhost:4321, or on $PORT, and prints the address.
import { existsSync } from 'node:fs';
import { preview } from 'astro';

const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('There is no built site in dist/: run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}
await preview({ logLevel: 'warn', server: { port, host: 'localhost' } });
console.log(`\nAccueil is running at http://localhost:${port}/  (press Ctrl+C to stop)\n`);
