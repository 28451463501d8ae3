// accueil.config.json: the defaults give the site as published; another organisation's file is
// read and checked, and a mistake names the file and the field.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, readSiteConfig, reportProblemLink, reportProblemWhere } from '../../src/lib/site-config';

const root = join(import.meta.dirname, '../..');

describe('the site configuration', () => {
  it('the file in the repository gives the site as published, as does an empty one', () => {
    const published = {
      organisation: null,
      reportProblem: 'https://github.com/accueil/accueil/issues/new',
      hideTools: [],
      hideFamilies: [],
    };
    expect(readSiteConfig(join(root, 'accueil.config.json'))).toEqual(published);
    expect(parseSiteConfig({}, 'empty.json')).toEqual(published);
  });

  it('reads another organisation’s name, logo, link, report address, hidden tools and families', () => {
    const config = readSiteConfig(join(root, 'tests/fixtures/accueil.config.deployed.json'));
    expect(config.organisation).toEqual({
      name: 'Northwind Service Desk',
      logo: '/icons/icon-192.png',
      url: 'https://intranet.northwind.test/service/',
    });
    expect(config.reportProblem).toBe('mailto:cx-team@northwind.test');
    expect(config.hideTools).toEqual(['service-model']);
    expect(config.hideFamilies).toEqual(['myths']);
  });

  it('names the file and each field in error', () => {
    const wrong = {
      organisation: { name: '', logo: 'logo.svg', url: 'javascript:alert(1)' },
      reportProblem: 'somewhere',
      hideTools: ['calculator'],
      hideFamilies: ['legends'],
      colour: 'red',
    };
    let message = '';
    try {
      parseSiteConfig(wrong, 'accueil.config.json');
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(/^accueil\.config\.json is not a valid Accueil configuration/);
    for (const field of [
      'organisation.name',
      'organisation.logo',
      'organisation.url',
      'reportProblem',
      'hideTools.0',
      'hideFamilies.0',
    ]) {
      expect(message).toContain(`  ${field}: `);
    }
    expect(message).toContain('colour');
  });

  it('refuses a file that is not JSON, naming it', () => {
    expect(() => readSiteConfig(join(root, 'README.md'))).toThrow(/README\.md is not valid JSON/);
    expect(() => readSiteConfig(join(root, 'no-such.json'))).toThrow(
      /no-such\.json: the configuration file could not be read/,
    );
  });
});

describe('the "report a problem" link', () => {
  it('fills in an issue form’s title and body', () => {
    const url = new URL(
      reportProblemLink('https://github.com/org/repo/issues/new', 'Honesty', '/playbooks/heart/honesty/'),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on "Honesty"');
    expect(url.searchParams.get('body')).toContain('Page: /playbooks/heart/honesty/');
  });

  it('fills in an e-mail’s subject and body', () => {
    const link = reportProblemLink('mailto:cx@org.test', 'Honesty', '/cx/playbooks/heart/honesty/');
    expect(link.startsWith('mailto:cx@org.test?subject=Problem%20on%20%22Honesty%22&body=')).toBe(true);
    expect(decodeURIComponent(link.split('&body=')[1] ?? '')).toContain('Page: /cx/playbooks/heart/honesty/');
  });

  it('uses any other address as it is', () => {
    expect(reportProblemLink('https://intranet.test/feedback', 'Honesty', '/x/')).toBe(
      'https://intranet.test/feedback',
    );
  });
});

describe('what the link says it opens', () => {
  it('an issue form, an e-mail or another page', () => {
    expect(reportProblemWhere('https://github.com/org/repo/issues/new')).toMatch(/pre-filled issue/);
    expect(reportProblemWhere('mailto:cx@org.test')).toMatch(/pre-filled e-mail/);
    expect(reportProblemWhere('https://intranet.test/feedback')).toMatch(/the page where you can tell us/);
  });
});
