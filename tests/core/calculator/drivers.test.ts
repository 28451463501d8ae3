// What drives the result (issue 21): each input moved alone, over the reader's range or 20% either
// way, sorted by how far the first-year total moves; the sentence names the top two.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTopDrivers, findDrivers } from '../../../src/core/calculator/drivers';
import { getDefaultValues } from '../../../src/core/calculator/inputs';
import { totalsFor } from '../../../src/core/calculator/simulation';
import { arbitraryValues } from './arbitraries';

describe('findDrivers', () => {
  it('moves each input alone and sorts by effect, largest first', () => {
    const values = getDefaultValues();
    const drivers = findDrivers(values);
    expect(drivers.length).toBeGreaterThan(2);
    for (const [index, driver] of drivers.entries()) {
      expect(driver.effect).toBeCloseTo(Math.abs(driver.totalAtHigh - driver.totalAtLow));
      expect(driver.totalAtLow).toBeCloseTo(totalsFor({ ...values, [driver.key]: driver.low }).firstYear);
      if (index > 0) expect(driver.effect).toBeLessThanOrEqual(drivers[index - 1]?.effect ?? Infinity);
    }
  });

  it('uses the reader’s range where there is one, 20% either way elsewhere', () => {
    const values = getDefaultValues();
    const drivers = findDrivers(values, { customers: { low: 10_000, high: 40_000 } });
    const customers = drivers.find((driver) => driver.key === 'customers');
    expect(customers).toMatchObject({ low: 10_000, high: 40_000, basis: 'range' });
    const headcount = drivers.find((driver) => driver.key === 'headcount');
    expect(headcount).toMatchObject({ low: values.headcount * 0.8, high: values.headcount * 1.2, basis: 'swing' });
    // A wider range makes the input matter more.
    const narrow = findDrivers(values, { customers: { low: 19_000, high: 21_000 } }).find((d) => d.key === 'customers');
    expect(customers?.effect ?? 0).toBeGreaterThan(narrow?.effect ?? Infinity);
  });

  it('leaves out inputs that do not move the total, and stays finite for every valid input', () => {
    fc.assert(
      fc.property(arbitraryValues, (values) => {
        for (const driver of findDrivers(values)) {
          expect(driver.effect).toBeGreaterThan(0);
          expect(Number.isFinite(driver.totalAtLow) && Number.isFinite(driver.totalAtHigh)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('names the two figures that matter most', () => {
    const drivers = findDrivers(getDefaultValues());
    const sentence = describeTopDrivers(drivers, (value) => `€${Math.round(value)}`);
    expect(sentence).toContain(`The two figures that matter most are ${drivers[0]?.label ?? '?'}`);
    expect(sentence).toContain(` and ${drivers[1]?.label ?? '?'} (`);
    expect(describeTopDrivers([], String)).toMatch(/^None of your figures/);
  });
});
