import type { Db } from '../db/open-database';
import type { CalendarExportRepository } from './calendar-export-repository';
import type { CardPhotoRepository } from './card-photo-repository';
import type { DraftRepository } from './draft-repository';
import type { InterviewRepository } from './interview-repository';
import type { InterviewSummaryRepository } from './interview-summary-repository';
import type { NoteRepository } from './note-repository';
import type { NoteTemplateRepository } from './note-template-repository';
import type { OpportunityRepository } from './opportunity-repository';
import type { ParticipantRepository } from './participant-repository';
import type { PeopleRepository } from './people-repository';
import type { PeopleSearchRepository } from './people-search-repository';
import type { PlanCacheRepository } from './plan-cache-repository';
import type { PlanInputRepository } from './plan-input-repository';
import type { PlanStateRepository } from './plan-state-repository';
import type { PrinterOffsetRepository, PrintQueueRepository } from './print-queue-repository';
import type { ReferenceChecks } from './reference-checks';
import type { ReviewRepository } from './review-repository';
import type { SettingsRepository } from './settings-repository';

/**
 * Every repository, built once on the open database by the composition root (core.ts) and
 * handed to the features; all SQL lives behind these. A feature names the ones it uses.
 */
export interface Repositories {
  /** Runs a function as one transaction: every write in it lands, or none does. */
  transaction: Db['transaction'];
  opportunities: OpportunityRepository;
  interviews: InterviewRepository;
  settings: SettingsRepository;
  /** Checks that the ids a request names point at rows, where no foreign key can. */
  references: ReferenceChecks;
  people: PeopleRepository;
  /** Each person's searchable text, folded once (derived; see db/derived-tables.ts). */
  peopleSearch: PeopleSearchRepository;
  participants: ParticipantRepository;
  /** The photos of people's business cards, with what was read from each. */
  cardPhotos: CardPhotoRepository;
  notes: NoteRepository;
  noteTemplates: NoteTemplateRepository;
  printQueue: PrintQueueRepository;
  printerOffsets: PrinterOffsetRepository;
  planState: PlanStateRepository;
  /** Kept plans (derived; see db/derived-tables.ts) and the inputs they are computed from, in bulk. */
  planCache: PlanCacheRepository;
  planInputs: PlanInputRepository;
  reviews: ReviewRepository;
  calendarExports: CalendarExportRepository;
  drafts: DraftRepository;
  /** Read-only joins across features: who was met where, and how far the notes to them have got. */
  summaries: InterviewSummaryRepository;
}
