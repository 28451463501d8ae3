// A content mistake stops the build with a message that names the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'accueil-content-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/**
 * Copies the project (sharing node_modules), applies a change to its content, and runs an Astro
 * command there, so nothing touches this checkout's .astro/ folder or caches.
 */
function runWith(change: (dir: string) => void, args: string[]): { status: number | null; output: string } {
  const project = mkdtempSync(join(temp, 'case-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(root, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  change(join(project, 'content'));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: project,
    env: {
      ...process.env,
      ACCUEIL_CONTENT: undefined,
      ASTRO_CACHE_DIR: join(project, '.cache'),
      DIST_DIR: undefined,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function editPlaybook(dir: string, edit: (text: string) => string): void {
  const file = join(dir, 'playbooks/traits/accessible.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

describe('the build refuses bad content', () => {
  it('names the file and the field when front matter is malformed', () => {
    const { status, output } = runWith(
      (dir) => {
        editPlaybook(dir, (text) => text.replace('family: traits', 'family: trait'));
      },
      ['sync'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('traits/accessible');
    expect(output).toMatch(/family/);
  }, 120_000);

  it('names the field when a play’s minutes do not add up', () => {
    const { status, output } = runWith(
      (dir) => {
        editPlaybook(dir, (text) => text.replace('run: 45', 'run: 50'));
      },
      ['sync'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('traits/accessible');
    expect(output).toMatch(/plays\.0\.run|run must equal/);
  }, 120_000);

  it('names each missing play, measure and review field', () => {
    const { status, output } = runWith(
      (dir) => {
        editPlaybook(dir, (text) =>
          text
            .replace(/^ {4}doneWhen: .*\n/m, '')
            .replace(/^ {4}owner: .*\n/m, '')
            .replace(/^reviewed: .*\n/m, ''),
        );
      },
      ['sync'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('traits/accessible');
    expect(output).toMatch(/plays\.0\.doneWhen/);
    expect(output).toMatch(/measures\.0\.owner/);
    expect(output).toMatch(/reviewed/);
  }, 120_000);

  it('fails when a page cites a source that does not exist', () => {
    const { status, output } = runWith(
      (dir) => {
        editPlaybook(dir, (text) =>
          text.replace('sources: [sills-human-experience,', 'sources: [no-such-source, sills-human-experience,'),
        );
      },
      ['build'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('no-such-source');
    expect(output).toContain('content/playbooks/traits/accessible.mdx');
  }, 180_000);
});
