import { z } from 'zod';
import { Address, CodeName, Revision, Timestamp, UpstreamPerson } from '../common';

/** Roles of persons in a 110 incident. */
export const PoliceRole = z
  .enum(['caller', 'party', 'victim', 'suspect', 'witness'])
  .describe('caller 报警人, party 当事人, victim 受害人, suspect 嫌疑人, witness 证人');

/**
 * 110 dispatch incident (接处警), one message per revision: the dispatch system publishes the incident
 * when received and again as it moves on (dispatched, on scene, closed with the officers' disposition).
 * Topic: police110.incident.reported.v1, key: the household's division code + address hash, else the incident number.
 */
export const Police110IncidentV1 = z.object({
  schemaVersion: z.literal(1),
  incidentNo: z.string().regex(/^[A-Za-z0-9-]{6,40}$/, 'incident number (警情编号): 6-40 letters, digits or dashes'),
  revision: Revision,
  status: z
    .enum(['received', 'dispatched', 'on_scene', 'closed'])
    .describe('received 接警, dispatched 派警, on_scene 到场, closed 结束(含处警反馈)'),
  receivedAt: Timestamp.describe('time the call was received (接警时间)'),
  dispatchedAt: Timestamp.optional(),
  arrivedAt: Timestamp.optional(),
  closedAt: Timestamp.optional(),
  category: CodeName.describe('incident category (警情类别), e.g. 纠纷, 治安, 刑事'),
  subCategory: CodeName.optional().describe('sub-category (警情细类), e.g. 家庭纠纷, 婚恋纠纷, 邻里纠纷'),
  callText: z.string().describe('call text (报警内容)'),
  dispositionText: z.string().optional().describe("officers' disposition (处警反馈)"),
  address: Address,
  policeStation: CodeName.describe('responsible police station (管辖派出所)'),
  persons: z.array(UpstreamPerson.extend({ role: PoliceRole })).max(50),
});

export type Police110IncidentV1 = z.infer<typeof Police110IncidentV1>;
