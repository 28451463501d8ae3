// A session's downloads are named after the session, accents and all.
import { expect, it } from 'vitest';
import type { WorkshopSession } from '../../../src/core/assessment/workshop-session';
import { fileStem } from '../../../src/islands/workshop/file-stem';

it('names downloads after the session, keeping the É of Équipe as an e', () => {
  const stem = fileStem({ name: 'Équipe accueil' } as WorkshopSession);
  expect(stem).toMatch(/^accueil-workshop-equipe-accueil-\d{4}-\d{2}-\d{2}$/);
  expect(fileStem({ name: '😀' } as WorkshopSession)).toMatch(/^accueil-workshop-session-/);
});
