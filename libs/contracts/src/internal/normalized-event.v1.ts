import { z } from 'zod';
import { DivisionCode, Gender, Timestamp } from '../common';

export const FeedSource = z.enum(['police110', 'court', 'petition']);
export type FeedSource = z.infer<typeof FeedSource>;

/** Flags an event may carry: it passed, but something in it needs a person's eye. */
export const IngestFlag = z.enum([
  'invalid_id_number', // 身份证号校验位错误
  'unknown_division', // 行政区划代码不在本市
  'empty_text', // 正文为空
  'invalid_phone', // 电话号码格式错误
]);
export type IngestFlag = z.infer<typeof IngestFlag>;

/** A person after ingestion: identifiers only as keyed hashes (for linking) and masks (for display). */
export const NormalizedPerson = z.object({
  role: z.string(),
  name: z.string(),
  nameMasked: z.string(),
  idHash: z.string().optional(),
  idMasked: z.string().optional(),
  idValid: z.boolean().optional(),
  phoneHash: z.string().optional(),
  phoneMasked: z.string().optional(),
  gender: Gender.optional(),
  age: z.number().int().optional(),
});
export type NormalizedPerson = z.infer<typeof NormalizedPerson>;

/** The one internal event all three feeds map to. Topic hub.event.normalized.v1, key: householdKey. */
export const NormalizedEventV1 = z.object({
  schemaVersion: z.literal(1),
  eventId: z.string().uuid(),
  source: FeedSource,
  sourceRef: z.string(),
  revision: z.number().int().min(1),
  status: z.string(),
  occurredAt: Timestamp,
  receivedAt: Timestamp,
  texts: z.object({
    main: z.string(),
    disposition: z.string().optional(),
    subject: z.string().optional(),
  }),
  codes: z.object({
    category: z.string().optional(),
    subCategory: z.string().optional(),
    cause: z.string().optional(),
  }),
  location: z.object({
    text: z.string(),
    divisionCode: DivisionCode,
    gridCode: z.string().optional(),
    lat: z.number().optional(),
    lng: z.number().optional(),
  }),
  householdKey: z.string(),
  persons: z.array(NormalizedPerson),
  /** ID and phone numbers found inside the texts (masked there): their keyed hashes, to link records by. */
  mentions: z.array(z.object({ kind: z.enum(['id', 'phone']), hash: z.string(), masked: z.string() })).optional(),
  flags: z.array(IngestFlag),
  attributes: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])),
  correlationId: z.string(),
});
export type NormalizedEventV1 = z.infer<typeof NormalizedEventV1>;
