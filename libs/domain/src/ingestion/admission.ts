import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  cleanStrings,
  decodeValue,
  FEEDS,
  type FeedMessage,
  type FeedSource,
  type IngestFlag,
  type NormalizedEventV1,
  type NormalizedPerson,
  type UpstreamPersonV1,
} from '@hub/contracts';
import {
  isValidIdNumber,
  isValidPhone,
  maskIdNumber,
  maskName,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  type PersonIdentity,
} from '../identity/person-identity';
import { maskIdentifiersInText, type TextIdentifier } from '../identity/text-identifiers';
import { Rejection } from './rejection';

export interface AdmissionPolicy {
  maxMessageBytes: number;
  maxTextChars: number;
  futureToleranceMinutes: number;
}

/** Division codes the hub serves; anything else passes with the `unknown_division` flag. */
export interface DivisionDirectory {
  isKnown(divisionCode: string): boolean;
}

export interface AdmissionContext {
  policy: AdmissionPolicy;
  identity: PersonIdentity;
  divisions: DivisionDirectory;
  now: Date;
  correlationId: string;
  /** The value's declared charset (`x-charset` header); UTF-8 when absent. */
  charset?: string;
  /** Flags found before the value was read (a replaced correlation id). */
  flags?: IngestFlag[];
}

/** Parse before you think: bytes in, a normalized event out, or a Rejection with a reason. */
export function admitUpstreamMessage(source: FeedSource, value: Buffer | null, ctx: AdmissionContext): NormalizedEventV1 {
  if (!value || value.length === 0) throw new Rejection('not_json', 'empty message value');
  if (value.length > ctx.policy.maxMessageBytes) {
    throw new Rejection('message_too_large', `${value.length} bytes > ${ctx.policy.maxMessageBytes}`);
  }
  const decoded = decodeValue(value, ctx.charset);
  if (!decoded.ok) throw new Rejection('invalid_encoding', decoded.detail);
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(decoded.text);
  } catch (e) {
    throw new Rejection('not_json', (e as Error).message.slice(0, 200));
  }
  // NUL and lone surrogates pass JSON and the schema but not PostgreSQL: removed, and the event flagged.
  const { value: raw, removed } = cleanStrings(parsedJson);
  const found: IngestFlag[] = [...(ctx.flags ?? [])];
  if (removed) found.push('text_cleaned');
  if (decoded.transcoded) found.push('transcoded_gb18030');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Rejection('wrong_shape', `top level is ${Array.isArray(raw) ? 'an array' : typeof raw}, expected an object`);
  }
  const feed = FEEDS[source];
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (version !== feed.schemaVersion) {
    throw new Rejection(
      'unsupported_version',
      version === undefined ? 'schemaVersion is missing' : `schemaVersion ${JSON.stringify(version)} on ${feed.topic}`,
    );
  }
  const parsed = feed.schema.safeParse(raw);
  if (!parsed.success) throw rejectionFromIssues(parsed.error.issues, raw);
  return normalize(source, parsed.data, ctx, found);
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function rejectionFromIssues(issues: z.core.$ZodIssue[], raw: unknown): Rejection {
  const issue = issues[0];
  const where = issue.path.join('.') || '(root)';
  const detail = `${where}: ${issue.message}`;
  if (issue.path.length > 0 && valueAt(raw, issue.path) === undefined) return new Rejection('missing_field', `${where}: required`);
  switch (issue.code) {
    case 'invalid_type':
      return new Rejection('wrong_type', detail);
    case 'invalid_format':
      return new Rejection(issue.format === 'datetime' ? 'invalid_date' : 'invalid_value', detail);
    case 'custom':
      // The one refinement in the feed schemas is the Timestamp's plausible window.
      return new Rejection(/plausible window/.test(issue.message) ? 'invalid_date' : 'invalid_value', detail);
    default:
      return new Rejection('invalid_value', detail);
  }
}

/** Deterministic UUID (v5 layout over SHA-1): the same input always names the same thing. */
export function stableUuid(text: string): string {
  const h = createHash('sha1').update(text).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function eventIdFor(source: FeedSource, sourceRef: string, revision: number): string {
  return stableUuid(`${source}|${sourceRef}|${revision}`);
}

/** Address text folded so that one household's address spellings meet: width, spaces, punctuation. */
export function normalizeAddress(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，.。、\-—_#()（）]/g, '')
    .replace(/号楼/g, '栋')
    .toUpperCase();
}

interface Shape {
  sourceRef: string;
  revision: number;
  status: string;
  occurredAt: string;
  texts: NormalizedEventV1['texts'];
  codes: NormalizedEventV1['codes'];
  location: NormalizedEventV1['location'];
  persons: (UpstreamPersonV1 & { role: string })[];
  attributes: NormalizedEventV1['attributes'];
}

function shapeOf(source: FeedSource, m: FeedMessage[FeedSource]): Shape {
  switch (source) {
    case 'police110': {
      const p = m as FeedMessage['police110'];
      return {
        sourceRef: p.incidentNo,
        revision: p.revision,
        status: p.status,
        occurredAt: p.receivedAt,
        texts: { main: p.callText, disposition: p.dispositionText },
        codes: { category: p.category.name, subCategory: p.subCategory?.name },
        location: p.address,
        persons: p.persons,
        attributes: {
          policeStation: p.policeStation.name,
          categoryCode: p.category.code,
          ...(p.subCategory ? { subCategoryCode: p.subCategory.code } : {}),
        },
      };
    }
    case 'court': {
      const c = m as FeedMessage['court'];
      return {
        sourceRef: c.caseNo,
        revision: c.revision,
        status: c.status,
        occurredAt: c.filedAt,
        texts: { main: c.claimsText },
        codes: { cause: c.cause.name },
        location: c.address,
        persons: c.parties,
        attributes: { court: c.court.name, causeCode: c.cause.code },
      };
    }
    case 'petition': {
      const p = m as FeedMessage['petition'];
      return {
        sourceRef: p.petitionNo,
        revision: p.revision,
        status: p.status,
        occurredAt: p.receivedAt,
        texts: { main: p.content, subject: p.subject },
        codes: { category: p.category.name },
        location: p.address,
        persons: p.petitioners.map((x) => ({ ...x, role: 'petitioner' })),
        attributes: {
          channel: p.channel,
          repeat: p.repeat,
          collective: p.collective,
          levelSkipped: p.levelSkipped,
          levelReached: p.levelReached,
        },
      };
    }
  }
}

function normalize(source: FeedSource, message: FeedMessage[FeedSource], ctx: AdmissionContext, found: IngestFlag[]): NormalizedEventV1 {
  const s = shapeOf(source, message);
  const flags = new Set<IngestFlag>(found);

  for (const [field, text] of Object.entries(s.texts)) {
    // Counting code points allocates; UTF-16 length is never below it, so count only when it might exceed.
    if (text && text.length > ctx.policy.maxTextChars) {
      const chars = [...text].length;
      if (chars > ctx.policy.maxTextChars)
        throw new Rejection('text_too_long', `${field} has ${chars} characters > ${ctx.policy.maxTextChars}`);
    }
  }
  const occurred = new Date(s.occurredAt);
  const limit = ctx.now.getTime() + ctx.policy.futureToleranceMinutes * 60_000;
  if (occurred.getTime() > limit) {
    throw new Rejection('future_date', `${s.occurredAt} is later than now + ${ctx.policy.futureToleranceMinutes} min`);
  }
  if (!s.texts.main.trim()) flags.add('empty_text');
  if (!ctx.divisions.isKnown(s.location.divisionCode)) flags.add('unknown_division');

  const persons = s.persons.map((p) => normalizePerson(p, ctx.identity, flags));
  const householdKey = `hh_${ctx.identity.hash('address', `${s.location.divisionCode}|${normalizeAddress(s.location.text)}`)}`;
  // ID and phone numbers inside the narratives and the address are masked like the structured fields and
  // kept as hashes (mentions) to link by; the household key above is computed from the address as given.
  const mentions = new Map<string, TextIdentifier>();
  const masked = (text: string) => {
    const r = maskIdentifiersInText(text, ctx.identity);
    for (const f of r.found) mentions.set(f.hash, f);
    return r.text;
  };
  const texts = Object.fromEntries(Object.entries(s.texts).map(([k, v]) => [k, v === undefined ? v : masked(v)])) as Shape['texts'];
  const location = { ...s.location, text: masked(s.location.text) };

  return {
    schemaVersion: 1,
    eventId: eventIdFor(source, s.sourceRef, s.revision),
    source,
    sourceRef: s.sourceRef,
    revision: s.revision,
    status: s.status,
    occurredAt: occurred.toISOString(),
    receivedAt: ctx.now.toISOString(),
    texts: dropUndefined(texts),
    codes: dropUndefined(s.codes),
    location: dropUndefined(location),
    householdKey,
    persons,
    ...(mentions.size ? { mentions: [...mentions.values()] } : {}),
    flags: [...flags].sort(),
    attributes: s.attributes,
    correlationId: ctx.correlationId,
  };
}

/** A person as stored and published: keyed hashes to link by, masks to show; problems go to `flags`. */
export function normalizePerson(
  p: UpstreamPersonV1 & { role: string },
  identity: PersonIdentity,
  flags: Set<IngestFlag>,
): NormalizedPerson {
  const out: NormalizedPerson = { role: p.role, name: p.name.trim(), nameMasked: maskName(p.name) };
  if (p.idNumber) {
    const id = normalizeIdNumber(p.idNumber);
    out.idHash = identity.hash('id', id);
    out.idMasked = maskIdNumber(id);
    out.idValid = isValidIdNumber(id);
    if (!out.idValid) flags.add('invalid_id_number');
  }
  if (p.phone) {
    const phone = normalizePhone(p.phone);
    out.phoneHash = identity.hash('phone', phone);
    out.phoneMasked = maskPhone(phone);
    if (!isValidPhone(phone)) flags.add('invalid_phone');
  }
  if (p.gender) out.gender = p.gender;
  if (p.age !== undefined) out.age = p.age;
  return out;
}

function dropUndefined<T extends object>(o: T): T {
  const out = {} as Record<string, unknown>;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}
