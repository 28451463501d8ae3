import { describe, expect, it } from 'vitest';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import { calculatorStateSchema } from '../../../src/core/calculator/state-format';
import { getDefaultState } from '../../../src/core/calculator/state';

const DEFAULT_FRAGMENT =
  'v=1&c=20000&cpc=3&ws=60&aw=8&ht=7&ch=15&sc=37&val=250&ac=300&mul=6.5&kc=50&hc=40&st=30&rc=8000&h=5' +
  '&vb=margin&am=multiple&lv=lost-value&cur=EUR&lc=en-GB&imp=20,30,10';

// The same state as written since link version 2, which added failure demand (fd) and its cut (fdc).
const DEFAULT_FRAGMENT_V2 = DEFAULT_FRAGMENT.replace('v=1', 'v=2').replace('&h=5', '&h=5&fd=0') + '&fdc=25';

describe('encodeCalculatorState', () => {
  it('writes every field, readable and compact', () => {
    expect(encodeCalculatorState(getDefaultState())).toBe(DEFAULT_FRAGMENT_V2);
  });

  it('writes the reader’s changes', () => {
    const state = getDefaultState();
    state.values.customers = 1234;
    state.values.valueBasis = 'revenue';
    state.currency = 'CHF';
    state.locale = 'de-CH';
    state.levers.waitingReduction = 12.5;
    const fragment = encodeCalculatorState(state);
    expect(fragment).toContain('&c=1234&');
    expect(fragment).toContain('&vb=revenue&');
    expect(fragment).toContain('&cur=CHF&lc=de-CH&imp=12.5,30,10');
  });
});

describe('decodeCalculatorState', () => {
  it('reads back what it wrote, with or without the #', () => {
    expect(decodeCalculatorState(DEFAULT_FRAGMENT)).toEqual({ state: getDefaultState(), ignored: [] });
    expect(decodeCalculatorState(`#${DEFAULT_FRAGMENT}`)).toEqual({ state: getDefaultState(), ignored: [] });
  });

  it.each(['', '#', '#results', null, undefined, 42])('treats %j as no state, without a notice', (fragment) => {
    expect(decodeCalculatorState(fragment)).toEqual({ state: getDefaultState(), ignored: [] });
  });

  it('keeps a figure it cannot use as typed, falls back field by field for settings, and says both', () => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT.replace('c=20000', 'c=abc').replace('cur=EUR', 'cur=XXX'));
    expect(result.state).toEqual({ ...getDefaultState(), drafts: { customers: 'abc' } });
    expect(result.ignored).toEqual(['Currency']);
    expect(result.drafted).toEqual(['Customers']);
    expect(result.notice).toBe(
      'Some figures in this link cannot be used as they are, so they are shown as written for you to fix: Customers. Some settings in this link could not be used, so their usual values are shown: Currency.',
    );
  });

  // Issue 14: a colleague who opens a link with a figure that cannot be used sees that figure with
  // its message, never a silent substitute.
  it.each([
    ['c=100000000000000000000', 'customers', '100000000000000000000', 'Customers'],
    ['c=1e20', 'customers', '1e20', 'Customers'],
    ['c=1e309', 'customers', '1e309', 'Customers'],
    ['c=12.5', 'customers', '12.5', 'Customers'],
    ['c=12,5', 'customers', '12,5', 'Customers'],
    ['c=Infinity', 'customers', 'Infinity', 'Customers'],
    ['c=-5', 'customers', '-5', 'Customers'],
    ['c=0x10', 'customers', '0x10', 'Customers'],
    ['c=', 'customers', '', 'Customers'],
    ['h=21', 'horizonYears', '21', 'Years to look ahead'],
    ['imp=20,abc,10', 'serviceChurnReduction', 'abc', 'Cut customers leaving over poor service by'],
    ['imp=20,300,10', 'serviceChurnReduction', '300', 'Cut customers leaving over poor service by'],
    ['imp=20,12%252C5,10', 'serviceChurnReduction', '12,5', 'Cut customers leaving over poor service by'],
  ])('keeps %s as typed, for the reader to fix', (field, key, draft, name) => {
    const [fragmentKey] = field.split('=');
    const fragment = DEFAULT_FRAGMENT.replace(new RegExp(`(^|&)${fragmentKey}=[^&]*`), `$1${field}`);
    const result = decodeCalculatorState(fragment);
    expect(result.ignored).toEqual([]);
    expect(result.drafted).toEqual([name]);
    expect(result.state.drafts).toEqual({ [key]: draft });
    expect(result.notice).toContain('shown as written for you to fix');
    expect(calculatorStateSchema.safeParse(result.state).success).toBe(true);
    // Written back, the link says the same thing.
    expect(decodeCalculatorState(encodeCalculatorState(result.state)).state).toEqual(result.state);
  });

  it('uses a figure written in the link’s own number format', () => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT.replace('cpc=3', 'cpc=2,5').replace('lc=en-GB', 'lc=fr-FR'));
    expect(result.state.values.contactsPerCustomer).toBe(2.5);
    expect(result.state.drafts).toBeUndefined();
    expect(result.notice).toBeUndefined();
  });

  it('drops text too long to be a figure, and says so', () => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT.replace('c=20000', `c=${'9'.repeat(150)}`));
    expect(result.state.drafts).toBeUndefined();
    expect(result.ignored).toEqual(['Customers']);
  });

  it.each([
    ['vb=profit', 'Revenue or margin'],
    ['lc=%3Cscript%3E', 'Number format'],
    ['lc=xx-YY-invalid-tag-that-is-far-too-long', 'Number format'],
    ['imp=20,30,10,40', 'Improvements'],
  ])('ignores %s', (field, name) => {
    const [key] = field.split('=');
    const fragment = DEFAULT_FRAGMENT.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${field}`);
    const result = decodeCalculatorState(fragment);
    expect(result.ignored).toEqual([name]);
    expect(calculatorStateSchema.safeParse(result.state).success).toBe(true);
  });

  it('keeps the good parts of a lever list', () => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT.replace('imp=20,30,10', 'imp=50,abc,5'));
    expect(result.state.levers).toEqual({
      waitingReduction: 50,
      serviceChurnReduction: 30,
      staffTurnoverReduction: 5,
      failureDemandReduction: 25,
    });
  });

  it('reads a partial link and says which settings were missing', () => {
    const result = decodeCalculatorState('v=1&c=5000&h=3&cur=USD&lc=en-US');
    expect(result.state.values.customers).toBe(5000);
    expect(result.state.values.horizonYears).toBe(3);
    expect(result.state.currency).toBe('USD');
    expect(result.state.values.contactsPerCustomer).toBe(3);
    expect(result.notice).toBe(
      'This link is missing some settings, perhaps because it was cut short, so the usual values are shown for 17 settings.',
    );
  });

  it('lists the missing settings by name when there are only a few', () => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT.replace('&lc=en-GB&imp=20,30,10', ''));
    expect(result.notice).toBe(
      'This link is missing some settings, perhaps because it was cut short, so the usual values are shown: Number format, Improvements.',
    );
  });

  it('reads a link from a newer version as far as it can, and says so', () => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT_V2.replace('v=2', 'v=3').replace('c=20000', 'c=5000'));
    expect(result.state.values.customers).toBe(5000);
    expect(result.notice).toBe(
      'This link was made by a newer version of the calculator, so some settings may not have come through.',
    );
  });

  it.each(['v=abc', 'v=0', 'v=-1'])('checks each setting on its own when the version is %s', (version) => {
    const result = decodeCalculatorState(DEFAULT_FRAGMENT.replace('v=1', version).replace('h=5', 'h=7'));
    expect(result.state.values.horizonYears).toBe(7);
    expect(result.notice).toBe('This link’s version could not be read, so each setting was checked on its own.');
  });

  it('counts unknown and broken fields without repeating them', () => {
    const hostile = `${DEFAULT_FRAGMENT}&__proto__=1&constructor=x&%E0%A4%A=1&x=%ZZ&<img src=x>=1`;
    const result = decodeCalculatorState(hostile);
    expect(result.state).toEqual(getDefaultState());
    expect(result.notice).toBe('5 settings in this link are not part of this calculator and were ignored.');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(result.state)).toBe(Object.prototype);
  });

  it('keeps the first copy of a repeated field', () => {
    expect(decodeCalculatorState(`${DEFAULT_FRAGMENT}&c=5`).state.values.customers).toBe(20_000);
  });

  it('refuses a huge link as a whole', () => {
    const result = decodeCalculatorState(`${DEFAULT_FRAGMENT}&${'x=1&'.repeat(1000)}`);
    expect(result.state).toEqual(getDefaultState());
    expect(result.notice).toBe('This link is too long to read, so the calculator shows its usual figures.');
  });
});
