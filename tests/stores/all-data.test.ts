// The "my data" page reads, restores and deletes everything Accueil keeps, and nothing else.
import { beforeEach, expect, it } from 'vitest';
import { readAllData, replaceAllData } from '../../src/stores/all-data';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('accueil.calculator', '{"c":1}');
  localStorage.setItem('accueil.assess.heart', '{"a":2}');
  localStorage.setItem('other-site.pref', 'dark');
});

it('reads every Accueil key in order, never another site’s', () => {
  expect(readAllData()).toEqual({ 'accueil.assess.heart': '{"a":2}', 'accueil.calculator': '{"c":1}' });
  expect(Object.keys(readAllData())).toEqual(['accueil.assess.heart', 'accueil.calculator']);
});

it('restores a backup in place of what was there, and deletes everything with nothing', () => {
  replaceAllData({ 'accueil.journeys': '{"j":3}', 'accueil.calculator': '{"c":9}' });
  expect(readAllData()).toEqual({ 'accueil.calculator': '{"c":9}', 'accueil.journeys': '{"j":3}' });
  replaceAllData({});
  expect(readAllData()).toEqual({});
  expect(localStorage.getItem('other-site.pref')).toBe('dark');
});
