// A content mistake stops the build with a message that names the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'accueil-content-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** Copies the real content, applies a change, and runs an Astro command against the copy. */
function runWith(change: (dir: string) => void, args: string[]): { status: number | null; output: string } {
  const dir = mkdtempSync(join(temp, 'case-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  change(dir);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, ACCUEIL_CONTENT: dir, ASTRO_TELEMETRY_DISABLED: '1' },
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

  it('fails when a page cites a source that does not exist', () => {
    const out = join(temp, 'dist-unknown-source');
    const { status, output } = runWith(
      (dir) => {
        editPlaybook(dir, (text) =>
          text.replace('sources: [sills-human-experience,', 'sources: [no-such-source, sills-human-experience,'),
        );
      },
      ['build', '--outDir', out],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('no-such-source');
    expect(output).toContain('content/playbooks/traits/accessible.mdx');
  }, 180_000);
});
