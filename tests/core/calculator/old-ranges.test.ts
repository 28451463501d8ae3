// Links with ranges made before failure demand (link version 1) show the same range of results: the
// simulation's draws for every earlier input are unchanged by the inputs added since. The snapshot
// was checked against the calculator as it was before failure demand existed.
import { describe, expect, it } from 'vitest';
import { decodeCalculatorState } from '../../../src/core/calculator/fragment';
import { simulate } from '../../../src/core/calculator/simulation';

const LINKS = [
  'v=1&c=20000&cpc=3&rg=c,15000,30000,hc,40,60',
  'v=1&c=12345&cpc=2.5&ws=45&aw=12&ht=6&ch=18&sc=40&val=410&ac=410&mul=5&kc=60&hc=25&st=22&rc=6500&h=3&vb=revenue&am=amount&lv=replacement&cur=GBP&lc=de-DE&imp=40,30,10&rg=val,300,500,ch,10,25,st,20,40',
  'v=1&c=20000&rg=c,10000,40000',
];

describe('ranges in links made before failure demand', () => {
  it.each(LINKS)('%s shows the same range as before', (link) => {
    const { state } = decodeCalculatorState(link);
    expect(simulate(state.values, state.ranges ?? {})).toMatchSnapshot();
  });

  it('a range on failure demand moves no draw of the other inputs', () => {
    const { state } = decodeCalculatorState(LINKS[0] ?? '');
    const values = { ...state.values, failureDemandShare: 20 };
    const without = simulate(values, state.ranges ?? {});
    const withRange = simulate(values, { ...state.ranges, failureDemandShare: { low: 10, high: 40 } });
    expect(withRange).toEqual(without);
  });
});
