import { z } from 'zod';
import { FeedSource } from '../internal/normalized-event.v1';
import { Topic } from '../topics';
import { CourtFilingV1 } from './court-filing.v1';
import { PetitionV1 } from './petition.v1';
import { Police110IncidentV1 } from './police110-incident.v1';

export * from './court-filing.v1';
export * from './petition.v1';
export * from './police110-incident.v1';

/** One upstream feed: its topic, its dead-letter topic and the schema of each version it accepts. */
export interface FeedContract<S extends z.ZodType = z.ZodType> {
  source: FeedSource;
  topic: Topic;
  deadLetterTopic: Topic;
  schemaVersion: 1;
  schema: S;
  title: string;
  /** What upstream must use as the message key, in words (for the README and AsyncAPI). */
  keyRule: string;
}

export const FEEDS = {
  police110: {
    source: 'police110',
    topic: Topic.Police110Incident,
    deadLetterTopic: Topic.Police110IncidentDead,
    schemaVersion: 1,
    schema: Police110IncidentV1,
    title: '110 dispatch incident (接处警)',
    keyRule: 'the incident number (警情编号), so every revision of one incident stays in order on one partition',
  },
  court: {
    source: 'court',
    topic: Topic.CourtFiling,
    deadLetterTopic: Topic.CourtFilingDead,
    schemaVersion: 1,
    schema: CourtFilingV1,
    title: 'court filing (法院立案)',
    keyRule: 'the case number (案号), so every revision of one case stays in order on one partition',
  },
  petition: {
    source: 'petition',
    topic: Topic.Petition,
    deadLetterTopic: Topic.PetitionDead,
    schemaVersion: 1,
    schema: PetitionV1,
    title: 'petition (信访)',
    keyRule: 'the petition number (信访件编号), so every revision of one petition stays in order on one partition',
  },
} as const satisfies Record<FeedSource, FeedContract>;

export type FeedMessage = {
  police110: Police110IncidentV1;
  court: CourtFilingV1;
  petition: PetitionV1;
};
