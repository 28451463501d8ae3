// Shapes shared by the worksheet islands.
import type { JourneyTemplate } from '../../core/journey/templates';

/** A template offered on the page, read from content/journeys at build time. */
export interface TemplateOffer {
  /** The file name without `.yaml`. */
  slug: string;
  /** The parsed, validated template. */
  template: JourneyTemplate;
  /** Sources the template draws on, as "Author, “Title”", with their id on /sources/. */
  credits: { id: string; text: string }[];
}

/** The views of one worksheet. */
export type WorksheetView = 'journey' | 'curve' | 'matrix' | 'shortlist';
