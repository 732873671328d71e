import type { FeedSource, IngestFlag, NormalizedEventV1, PlainRecord } from '@hub/contracts';
import type { PersonIdentity } from '../identity/person-identity';
import { eventIdFor, normalizeAddress, normalizePerson } from './admission';

/** Division code for records that name none: twelve zeros, flagged `unknown_division`. */
const NO_DIVISION = '000000000000';

/**
 * The plain record form mapped to the normalized event the live pipeline assesses, so `classify`
 * runs the same assessment. Its category is the 警情细类 for 110 records and the 信访分类 for petitions.
 */
export function plainRecordToEvent(r: PlainRecord, identity: PersonIdentity, now: Date): NormalizedEventV1 {
  const occurredAt = r.date ? new Date(r.date).toISOString() : now.toISOString();
  const codes: NormalizedEventV1['codes'] = {};
  if (r.cause) codes.cause = r.cause;
  if (r.category) {
    if (r.feed === 'police110') codes.subCategory = r.category;
    else codes.category = r.category;
  }
  const address = r.address?.trim() ?? '';
  const flags: NormalizedEventV1['flags'] = ['unknown_division'];
  if (!r.text.trim()) flags.unshift('empty_text');
  const found = new Set<IngestFlag>();
  const persons = (r.persons ?? []).map((p) => normalizePerson({ ...p, name: p.name ?? '', role: p.role ?? 'party' }, identity, found));
  flags.push(...found);
  return {
    schemaVersion: 1,
    eventId: eventIdFor(r.feed, r.id, 1),
    source: r.feed,
    sourceRef: r.id,
    revision: 1,
    status: 'analysis',
    occurredAt,
    receivedAt: now.toISOString(),
    texts: {
      main: r.text,
      ...(r.disposition ? { disposition: r.disposition } : {}),
      ...(r.subject ? { subject: r.subject } : {}),
    },
    codes,
    location: { text: address, divisionCode: NO_DIVISION },
    // Without an address a record links by its persons only.
    householdKey: address ? `hh_${identity.hash('address', normalizeAddress(address))}` : `rec_${r.id}`,
    persons,
    flags,
    attributes: {},
    correlationId: r.id,
  };
}

/** Which feed a message in the upstream format belongs to, from its identifying field. */
export function feedOfUpstreamMessage(raw: unknown): FeedSource | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  if ('incidentNo' in raw) return 'police110';
  if ('caseNo' in raw) return 'court';
  if ('petitionNo' in raw) return 'petition';
  return undefined;
}
