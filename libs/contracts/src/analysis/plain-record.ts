import { z } from 'zod';
import { FeedSource } from '../internal/normalized-event.v1';
import { ISO_DATE_EXPECTED, parseIsoDate } from './iso-date';

/**
 * The plain record form analysts and the evaluation use with `npm run -s classify`: one record of any
 * feed with its main text and, optionally, what the structured feeds carry.
 */
export const PlainRecord = z.object({
  id: z.string().min(1).max(100),
  feed: FeedSource,
  date: z
    .string()
    .refine((d) => parseIsoDate(d) !== undefined, { error: (i) => `expected ${ISO_DATE_EXPECTED}, got ${JSON.stringify(i.input)}` })
    .transform((d) => new Date(parseIsoDate(d)!).toISOString())
    .optional(),
  text: z.string().max(20_000).describe('main free text: 报警内容 / 事实与理由 / 信访内容'),
  disposition: z.string().max(20_000).optional().describe('处警反馈'),
  cause: z.string().max(64).optional().describe('案由'),
  subject: z.string().max(200).optional().describe('信访事项 title'),
  category: z.string().max(64).optional().describe("the source system's own category: 警情细类 or 信访分类"),
  address: z.string().max(500).optional(),
  persons: z
    .array(
      z.object({
        name: z.string().max(64).optional(),
        idNumber: z.string().max(32).optional(),
        phone: z.string().max(32).optional(),
        role: z.string().max(32).optional(),
      }),
    )
    .max(50)
    .optional(),
});
export type PlainRecord = z.infer<typeof PlainRecord>;
