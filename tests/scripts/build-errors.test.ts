// A content mistake stops the build with a message that names the file and the field. Two real runs
// (astro sync, astro build) prove that Astro reports what the schema finds, with the file; what the
// schema finds is checked directly, which takes milliseconds instead of a build each.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { playbookSchema } from '../../src/schemas/playbook';
import { contentDir, readMdx } from '../content/load';

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

describe('the playbook schema names the field at fault', () => {
  const { data } = readMdx(join(contentDir, 'playbooks/traits/accessible.mdx'));
  const withFrontMatter = (edit: (text: string) => string) => JSON.parse(edit(JSON.stringify(data))) as unknown;
  const issues = (value: unknown) =>
    (playbookSchema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('accepts the page as it is', () => {
    expect(issues(data)).toEqual([]);
  });

  it('names the field when a play’s minutes do not add up', () => {
    expect(issues(withFrontMatter((text) => text.replace('"run":45', '"run":50'))).join('\n')).toMatch(
      /plays\.0\.run|run must equal/,
    );
  });

  it('names each missing play, measure and review field', () => {
    const value = structuredClone(data) as {
      plays: Record<string, unknown>[];
      measures: Record<string, unknown>[];
      reviewed?: unknown;
    };
    delete value.plays[0]?.['doneWhen'];
    delete value.measures[0]?.['owner'];
    delete value.reviewed;
    const found = issues(value).join('\n');
    expect(found).toMatch(/plays\.0\.doneWhen/);
    expect(found).toMatch(/measures\.0\.owner/);
    expect(found).toMatch(/^reviewed/m);
  });
});
