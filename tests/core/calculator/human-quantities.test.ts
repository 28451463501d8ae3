// Issue 14: "0.0068 lifetimes" and "10.8 people" are not how a person speaks. Counts of people and
// things are whole ("about 11 people"); human units below a tenth are said as the fraction they
// stay under ("less than a hundredth of a lifetime"). Rounding never reorders two figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/core/calculator/figures';
import {
  formatHumanCount,
  formatHumanQuantity,
  roundHumanCount,
  roundHumanQuantity,
} from '../../../src/core/calculator/format';
import { computeCostOfInaction } from '../../../src/core/calculator/model';
import { getDefaultValues } from '../../../src/core/calculator/inputs';

const anyNumber = fc.double({ noNaN: false, noDefaultInfinity: false });
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const broken = /NaN|Infinity|undefined|null/;

describe('counts of people and things', () => {
  it.each([
    [10.8, 'about 11 people'],
    [12, '12 people'],
    [1, '1 person'],
    [0.96, 'about 1 person'],
    [0.4, 'less than 1 person'],
    [0, '0 people'],
    [1110, '1,110 people'],
    [1004.6, '1,005 people'],
  ])('%d reads as "%s"', (value, text) => {
    expect(formatHumanCount(value, 'en-GB', 'person', 'people')).toBe(text);
  });

  it('never shows a broken value and never reorders two counts', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (a, b) => {
        expect(formatHumanCount(a, 'en-GB', 'person', 'people')).not.toMatch(/NaN|undefined|null/);
        expect(Number.isFinite(roundHumanCount(a))).toBe(true);
        if (Number.isFinite(a) && Number.isFinite(b) && a <= b) {
          expect(roundHumanCount(a)).toBeLessThanOrEqual(roundHumanCount(b));
        }
      }),
    );
  });

  it('shows the whole number it rounds to', () => {
    fc.assert(
      fc.property(finite, (value) => {
        const text = formatHumanCount(value, 'en-US', 'person', 'people');
        const digits = text.replace(/[^\d-]/g, '');
        expect(Number(digits)).toBe(roundHumanCount(value));
      }),
    );
  });
});

describe('quantities of human units', () => {
  it.each([
    [0.0068, 'less than a hundredth of a lifetime'],
    [0.05, 'less than a tenth of a lifetime'],
    [0.0004, 'less than a thousandth of a lifetime'],
    [0.68, '0.7 lifetimes'],
    [1, '1 lifetime'],
    [2.79, '2.8 lifetimes'],
    [1426.2, '1,426 lifetimes'],
    [0, '0 lifetimes'],
  ])('%d lifetimes read as "%s"', (value, text) => {
    expect(formatHumanQuantity(value, 'en-GB', 'lifetime', 'lifetimes')).toBe(text);
  });

  it('says "an" before a vowel', () => {
    expect(formatHumanQuantity(0.02, 'en-GB', 'hour', 'hours')).toBe('less than a tenth of an hour');
  });

  it('never shows a broken value and never reorders two quantities', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (a, b) => {
        expect(formatHumanQuantity(a, 'fr-FR', 'day', 'days')).not.toMatch(/NaN|undefined|null/);
        expect(Number.isFinite(roundHumanQuantity(a))).toBe(true);
        if (Number.isFinite(a) && Number.isFinite(b) && a <= b) {
          expect(roundHumanQuantity(a)).toBeLessThanOrEqual(roundHumanQuantity(b));
        }
      }),
    );
  });

  it('keeps at most one decimal, and none from 100 up', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 1e9, noNaN: true }), (value) => {
        const text = formatHumanQuantity(value, 'en-US', 'day', 'days');
        expect(text).toMatch(value >= 100 ? /^[\d,]+ days?$/ : /^[\d,]+(\.\d)? days?$/);
      }),
    );
  });
});

describe('the calculator speaks of people as people do', () => {
  it('the default figures have no fractions of people and no 0.0068 lifetimes', () => {
    const result = computeCostOfInaction({ ...getDefaultValues(), headcount: 36 });
    // 36 people × 30% = 10.8 people who leave.
    expect(result.staffLeavers.text).toBe('about 11 people');
    expect(computeCostOfInaction(getDefaultValues()).waitingLifetimes.text).toBe('less than a hundredth of a lifetime');
    const f = createFormatter({ locale: 'en-GB' });
    expect(f.countOf(10.8, 'person', 'people')).not.toMatch(broken);
  });
});
