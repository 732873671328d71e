import { z } from 'zod';

/** 12-digit administrative division code (行政区划代码, GB/T 2260 + statistical village codes). */
export const DivisionCode = z
  .string()
  .regex(/^\d{12}$/, 'division code must be 12 digits (行政区划代码)')
  .describe('12-digit administrative division code (行政区划代码)');

/**
 * The plausible window of an event's time: nothing the hub links predates 1990, and PostgreSQL refuses
 * year 0000 outright ("date/time field value out of range"). The upper bound only catches garbage; the
 * ingest policy checks the near future (FUTURE_TOLERANCE_MINUTES).
 */
export const EARLIEST_TIMESTAMP = '1990-01-01T00:00:00Z';
export const LATEST_TIMESTAMP = '2100-01-01T00:00:00Z';
const earliest = Date.parse(EARLIEST_TIMESTAMP);
const latest = Date.parse(LATEST_TIMESTAMP);

/** ISO-8601 timestamp with an offset; upstream systems send Beijing time (+08:00) or UTC. */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .refine(
    (s) => {
      const t = Date.parse(s);
      return t >= earliest && t < latest;
    },
    { message: `date-time outside the plausible window [${EARLIEST_TIMESTAMP}, ${LATEST_TIMESTAMP})` },
  )
  .describe(`ISO-8601 date-time with offset, from ${EARLIEST_TIMESTAMP.slice(0, 10)} to before ${LATEST_TIMESTAMP.slice(0, 10)}`);

/** A PostgreSQL integer (int4) holds revisions: 2147483648 would fail the store, so the contract stops it. */
export const INT4_MAX = 2_147_483_647;
export const Revision = z.number().int().min(1).max(INT4_MAX).describe(`increases with every update; 1 to ${INT4_MAX}`);

export const Gender = z.enum(['M', 'F', 'U']).describe('M male 男, F female 女, U unknown 未知');

export const CodeName = z.object({
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(64),
});

export const Address = z.object({
  text: z.string().max(500).describe('address as recorded (地址)'),
  divisionCode: DivisionCode,
  gridCode: z
    .string()
    .regex(/^\d{12}\d{3,6}$/, 'grid code is the village division code followed by 3-6 digits')
    .optional()
    .describe('grid code (网格编码) when the upstream system knows it'),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

/** A person as upstream systems send them. ID numbers and phones are hashed and masked at ingestion. */
export const UpstreamPerson = z.object({
  name: z.string().min(1).max(64).describe('name (姓名)'),
  idNumber: z.string().max(32).optional().describe('resident ID number (身份证号), GB 11643'),
  phone: z.string().max(32).optional().describe('phone number (联系电话)'),
  gender: Gender.optional(),
  age: z.number().int().min(0).max(130).optional(),
});

export type DivisionCode = z.infer<typeof DivisionCode>;
export type AddressV1 = z.infer<typeof Address>;
export type UpstreamPersonV1 = z.infer<typeof UpstreamPerson>;
