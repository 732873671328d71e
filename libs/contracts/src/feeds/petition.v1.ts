import { z } from 'zod';
import { Address, CodeName, Revision, Timestamp, UpstreamPerson } from '../common';

/**
 * Petition (信访), one message per revision.
 * Topic: petition.case.received.v1, key: the petition number.
 */
export const PetitionV1 = z.object({
  schemaVersion: z.literal(1),
  petitionNo: z.string().regex(/^[A-Za-z0-9-]{6,40}$/, 'petition number (信访件编号): 6-40 letters, digits or dashes'),
  revision: Revision,
  channel: z.enum(['letter', 'visit', 'online', 'hotline']).describe('letter 来信, visit 来访, online 网上, hotline 热线'),
  receivedAt: Timestamp,
  petitioners: z.array(UpstreamPerson).min(1).max(200),
  subject: z.string().max(200).describe('subject (信访事项)'),
  content: z.string().describe('content (信访内容)'),
  category: CodeName.describe('category (问题分类)'),
  repeat: z.boolean().describe('repeated petition (重复访)'),
  collective: z.boolean().describe('group petition (集体访)'),
  levelSkipped: z.boolean().describe('skipped a level (越级访)'),
  levelReached: z.enum(['province', 'city', 'county', 'township']).describe('highest level reached'),
  status: z.enum(['registered', 'accepted', 'handling', 'replied', 'closed']),
  address: Address,
});

export type PetitionV1 = z.infer<typeof PetitionV1>;
