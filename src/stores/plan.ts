// The action plan on this device: the plays a reader chose and each item's status and note. The
// items themselves are gathered, as they are read, from the workshop records and journey shortlists
// kept by those tools, so an action edited there is never out of date here.
import { emptyPlan, planFormat, choosePlay, dropPlay, setProgress } from '../core/plan';
import type { ChosenPlay, PlanProgress } from '../core/plan';
import { versionedStore } from './versioned-store';

/** Where the plan is kept. */
export const PLAN_KEY = 'accueil.plan';

/** What the plan keeps itself. */
export const $plan = versionedStore(PLAN_KEY, planFormat, emptyPlan);

/** Sets an item's status and note. */
export function markProgress(key: string, progress: PlanProgress): void {
  $plan.set(setProgress($plan.get(), key, progress));
}

/** Adds a play to the plan, or updates it. */
export function addPlay(play: ChosenPlay): void {
  $plan.set(choosePlay($plan.get(), play));
}

/** Removes a play; returns what was removed so it can be put back. */
export function removePlay(key: string): { play: ChosenPlay; progress: PlanProgress | undefined } | null {
  const plan = $plan.get();
  const play = plan.plays.find((kept) => kept.key === key);
  if (!play) return null;
  const progress = Object.hasOwn(plan.progress, `play:${key}`) ? plan.progress[`play:${key}`] : undefined;
  $plan.set(dropPlay(plan, key));
  return { play, progress };
}

/** Puts back a play removed by removePlay. */
export function restorePlay(removed: { play: ChosenPlay; progress: PlanProgress | undefined }): void {
  let plan = choosePlay($plan.get(), removed.play);
  if (removed.progress) plan = setProgress(plan, `play:${removed.play.key}`, removed.progress);
  $plan.set(plan);
}

/** Changes a chosen play's owner or due date. */
export function updatePlay(key: string, change: Partial<Pick<ChosenPlay, 'owner' | 'due'>>): void {
  const play = $plan.get().plays.find((kept) => kept.key === key);
  if (play) addPlay({ ...play, ...change });
}
