import { z } from 'zod';

/** 12-digit administrative division code (行政区划代码, GB/T 2260 + statistical village codes). */
export const DivisionCode = z
  .string()
  .regex(/^\d{12}$/, 'division code must be 12 digits (行政区划代码)')
  .describe('12-digit administrative division code (行政区划代码)');

/** ISO-8601 timestamp with an offset; upstream systems send Beijing time (+08:00) or UTC. */
export const Timestamp = z.iso.datetime({ offset: true }).describe('ISO-8601 date-time with offset');

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
