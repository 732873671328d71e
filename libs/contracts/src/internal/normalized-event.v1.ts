import { z } from 'zod';
import { DivisionCode, Gender, Revision, Timestamp } from '../common';

export const FeedSource = z.enum(['police110', 'court', 'petition']);
export type FeedSource = z.infer<typeof FeedSource>;

/** Flags an event may carry: it passed, but something in it needs a person's eye. */
export const IngestFlag = z.enum([
  'invalid_id_number', // 身份证号校验位错误
  'unknown_division', // 行政区划代码不在本市
  'empty_text', // 正文为空
  'invalid_phone', // 电话号码格式错误
  'text_cleaned', // 文本含 NUL 或孤立代理项, 已删除
  'correlation_id_replaced', // x-correlation-id 过长或含控制字符, 已替换
  'transcoded_gb18030', // 按消息头声明的 GB18030/GBK 编码转码
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
  revision: Revision,
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
