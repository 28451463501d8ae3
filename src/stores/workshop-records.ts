// The workshop records saved on this device, oldest first: what each workshop agreed. The workshop
// writes them; its results and the action plan read them.
import { workshopHistoryFormat, type WorkshopRecord } from '../core/assessment/workshop-record';
import { versionedStore } from './versioned-store';

/** Where the records are kept. */
export const WORKSHOP_RECORDS_KEY = 'accueil.workshop.records';

/** Saved workshop records, oldest first, for comparing one workshop with the next. */
export const $workshopRecords = versionedStore<WorkshopRecord[]>(WORKSHOP_RECORDS_KEY, workshopHistoryFormat, []);
