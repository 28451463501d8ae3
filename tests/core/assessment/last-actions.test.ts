import { describe, expect, it } from 'vitest';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import { addAction, startWorkshopRecord } from '../../../src/core/assessment/workshop-record';
import { lastTeamRecord } from '../../../src/core/assessment/workshop-history';
import { emptyPlan, gatherPlan, recordActions, setProgress } from '../../../src/core/plan';
import { three } from './fixtures';

const record = (name: string, date: string, team: string | null) =>
  addAction(
    startWorkshopRecord({ assessment: three, sessionName: name, date, summary: summariseTeam(three, []), team }),
    { text: `Follow up after ${name}`, owner: 'Sam', due: null },
  );

describe('last time’s actions', () => {
  const march = record('March', '2026-03-02', 'Support');
  const april = record('April', '2026-04-06', 'Support');
  const sales = record('Sales', '2026-04-07', 'Sales');

  it('finds the team’s latest earlier record, whatever the case of its name', () => {
    const history = [march, april, sales];
    expect(lastTeamRecord(history, 'support', { created: '2026-05-01', savedRecord: null })?.sessionName).toBe('April');
    expect(lastTeamRecord(history, 'Support', { created: '2026-03-31', savedRecord: null })?.sessionName).toBe('March');
  });

  it('never offers the session’s own saved record, a session with no team, or a team with no history', () => {
    expect(lastTeamRecord([march, april], 'Support', { created: '2026-04-06', savedRecord: april })?.sessionName).toBe(
      'March',
    );
    expect(lastTeamRecord([march], null, { created: '2026-05-01', savedRecord: null })).toBeNull();
    expect(lastTeamRecord([march], 'Billing', { created: '2026-05-01', savedRecord: null })).toBeNull();
  });

  it('reads and writes the same status as the action plan', () => {
    const [item] = recordActions(march, emptyPlan);
    expect(item).toMatchObject({ what: 'Follow up after March', status: 'to-do' });
    const plan = setProgress(emptyPlan, item?.key ?? '', { status: 'done', note: 'Every call returned' });
    expect(recordActions(march, plan)[0]).toMatchObject({ status: 'done', note: 'Every call returned' });
    const everything = gatherPlan({ records: [march, april], worksheets: [], plan });
    expect(everything.find((i) => i.what === 'Follow up after March')?.status).toBe('done');
    expect(everything.find((i) => i.what === 'Follow up after April')?.status).toBe('to-do');
  });
});
