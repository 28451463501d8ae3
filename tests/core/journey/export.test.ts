import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, exportCsv, exportFileName, exportJson } from '../../../src/core/journey/export';
import { previewImport } from '../../../src/core/journey/import';
import { escapeMarkdownText, exportMarkdown } from '../../../src/core/journey/markdown';
import { type Worksheet } from '../../../src/core/journey/model';
import { SHORTLIST_REASON } from '../../../src/core/journey/ranking';
import { buildSheet, worksheetArb, must } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

/** A small RFC 4180 reader, only to check what the exporter wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = must(body[i]);
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

function hostileSheet(): Worksheet {
  const sheet = buildSheet([
    [
      'Arrival <b>',
      [
        {
          title: XSS,
          whatHappens: 'Line one\n# Injected heading',
          impact: 5,
          frequency: 4,
          feeling: -2,
          traits: ['flexible', 'proactive'],
          heart: ['empathy'],
          owner: '=HYPERLINK("http://evil")',
          evidence: 'assumed',
        },
      ],
    ],
    [
      'Leaving',
      [
        {
          title: '[click](javascript:alert(1))',
          impact: 2,
          frequency: 2,
          owner: 'Desk lead',
          nextAction: 'Lend umbrellas, "always"',
        },
      ],
    ],
    ['Empty', []],
  ]);
  return { ...sheet, name: '<script>alert("x")</script> & co', customer: 'A guest *on* a _work_ trip' };
}

describe('JSON export', () => {
  // Property runs take a few seconds on a busy machine.
  it('imports back exactly, for any worksheet', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(worksheetArb, (sheet) => {
        const preview = previewImport(exportJson([sheet]), []);
        expect(preview.ok && preview.items.map((item) => item.worksheet)).toStrictEqual([sheet]);
      }),
      { numRuns: 300 },
    );
  });

  // Property runs take a few seconds on a busy machine.
  it('imports several worksheets back exactly, in order', { timeout: 30_000 }, () => {
    const several = fc.uniqueArray(worksheetArb, { minLength: 1, maxLength: 4, selector: (sheet) => sheet.id });
    fc.assert(
      fc.property(several, (sheets) => {
        const preview = previewImport(exportJson(sheets), []);
        expect(preview.ok && preview.items.map((item) => item.worksheet)).toStrictEqual(sheets);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps script and HTML in names as plain text through a round trip', () => {
    const sheet = hostileSheet();
    const preview = previewImport(exportJson([sheet]), []);
    expect(preview.ok && preview.items[0]?.worksheet.name).toBe('<script>alert("x")</script> & co');
    expect(preview.ok && preview.items[0]?.worksheet.moments[0]?.title).toBe(XSS);
  });
});

describe('CSV export', () => {
  it('writes one row per moment with the stage name and every field', () => {
    const sheet = hostileSheet();
    const rows = readCsv(exportCsv([sheet]));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const [first, second] = [must(rows[1]), must(rows[2])];
    expect(first.slice(0, 18)).toEqual([
      '<script>alert("x")</script> & co',
      'Arrival <b>',
      '1',
      '1',
      '1',
      '20',
      XSS,
      'Line one\n# Injected heading',
      'Small but meaningful',
      '-2',
      '5',
      '4',
      'Assumed',
      'Flexible; Proactive',
      'Empathy',
      `'=HYPERLINK("http://evil")`,
      '',
      'Idea',
    ]);
    expect(first.slice(18, 22)).toEqual([
      must(sheet.moments[0]).id,
      must(sheet.stages[0]).id,
      sheet.id,
      must(sheet.moments[0]).updatedAt,
    ]);
    expect(second.slice(1, 8)).toEqual(['Leaving', '2', '1', '2', '4', '[click](javascript:alert(1))', '']);
    expect(second[16]).toBe('Lend umbrellas, "always"');
  });

  it('writes rows for several worksheets, one after another', () => {
    const a = buildSheet([['S', [{ title: 'x' }, { title: 'y' }]]]);
    const b = { ...buildSheet([['T', [{ title: 'z' }]]]), id: 'other', name: 'Other' };
    expect(
      readCsv(exportCsv([a, b]))
        .slice(1)
        .map((row) => [row[0], row[6]]),
    ).toEqual([
      ['Test journey', 'x'],
      ['Test journey', 'y'],
      ['Other', 'z'],
    ]);
  });
});

describe('Markdown handout', () => {
  const text = exportMarkdown(hostileSheet());

  it('shows HTML typed by the team as literal text, never as markup', () => {
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('# &lt;script&gt;alert("x")&lt;/script&gt; &amp; co');
    expect(text).not.toContain('<');
  });

  it('escapes Markdown so typed text cannot become links, emphasis or headings', () => {
    expect(text).toContain('\\[click\\](javascript:alert(1))');
    expect(text).toContain('A guest \\*on\\* a \\_work\\_ trip');
    expect(text.split('\n').filter((line) => line.includes('Injected'))).toEqual([
      '  - What happens: Line one \\# Injected heading',
    ]);
  });

  it('has the name, the customer, the shortlist with its reason, and every stage', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# &lt;script&gt;alert("x")&lt;/script&gt; &amp; co');
    expect(text).toContain('## The moments that matter most');
    expect(text).toContain(SHORTLIST_REASON);
    expect(lines).toContain('1. **&lt;img src=x onerror=alert(1)&gt;** (Arrival &lt;b&gt;): priority 20, feeling -2');
    expect(text).toContain('This moment is scored on an assumption.');
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([
      '### 1. Arrival &lt;b&gt;',
      '### 2. Leaving',
      '### 3. Empty',
    ]);
    expect(text).toContain('_No moments yet._');
    expect(text).toContain('  - Owner: Desk lead');
    expect(text).toContain('  - Next step: _not decided yet_');
  });

  it('links traits and values to their playbooks, optionally on a full site address', () => {
    expect(text).toContain(
      '[Flexible](/playbooks/traits/flexible/), [Proactive](/playbooks/traits/proactive/), [Empathy](/playbooks/heart/empathy/)',
    );
    expect(exportMarkdown(hostileSheet(), { siteUrl: 'https://accueil.example/' })).toContain(
      '[Empathy](https://accueil.example/playbooks/heart/empathy/)',
    );
  });

  it.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['`code` *x* _y_ ~z~ | {expr} #tag \\', '\\`code\\` \\*x\\* \\_y\\_ \\~z\\~ \\| \\{expr\\} \\#tag \\\\'],
    ['  two\n\nlines  ', 'two lines'],
    ['3-5 moments (not 40)!', '3-5 moments (not 40)!'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe('file names', () => {
  it.each([
    [[{ name: 'Hotel stay' }], 'json', 'journey-hotel-stay.json'],
    [[{ name: 'Café <script> — 2025!' }], 'md', 'journey-cafe-script-2025.md'],
    [[{ name: '😀😀' }], 'csv', 'journey-worksheet.csv'],
    [[{ name: 'Équipe – Été' }], 'json', 'journey-equipe-ete.json'],
    [[{ name: 'a' }, { name: 'b' }, { name: 'c' }], 'csv', 'journeys-3.csv'],
  ] as const)('names %j as %s → %s', (sheets, extension, expected) => {
    expect(exportFileName(sheets, extension)).toBe(expected);
  });
});
