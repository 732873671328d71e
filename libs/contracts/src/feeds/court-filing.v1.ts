import { z } from 'zod';
import { Address, CodeName, Revision, Timestamp, UpstreamPerson } from '../common';

export const CourtPartyRole = z
  .enum(['plaintiff', 'defendant', 'applicant', 'respondent', 'third_party'])
  .describe('plaintiff 原告, defendant 被告, applicant 申请人, respondent 被申请人, third_party 第三人');

/**
 * Court filing (法院立案), one message per revision of the case record.
 * Topic: court.filing.registered.v1, key: the case number.
 */
export const CourtFilingV1 = z.object({
  schemaVersion: z.literal(1),
  caseNo: z
    .string()
    .regex(/^[(（]\d{4}[)）][\u4e00-\u9fa5]\d{2,4}[\u4e00-\u9fa5]{1,4}\d{1,6}号$/, 'case number (案号) like (2026)豫1202民初1234号'),
  revision: Revision,
  court: CodeName.describe('court (受理法院)'),
  filedAt: Timestamp.describe('filing time (立案时间)'),
  cause: CodeName.describe('cause of action (案由), e.g. 离婚纠纷, 抚养纠纷, 人身安全保护令'),
  status: z
    .enum(['filed', 'pre_filing_mediation', 'delegated_mediation', 'withdrawn', 'closed'])
    .describe('filed 立案, pre_filing_mediation 诉前调解, delegated_mediation 委派调解, withdrawn 撤诉, closed 结案'),
  claimsText: z.string().describe('claims, facts and reasons (诉讼请求及事实与理由)'),
  parties: z
    .array(UpstreamPerson.extend({ role: CourtPartyRole, address: Address.optional() }))
    .min(1)
    .max(50),
  address: Address.describe("the household's address, usually the plaintiff's or applicant's"),
});

export type CourtFilingV1 = z.infer<typeof CourtFilingV1>;
