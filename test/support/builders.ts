import type { CourtFilingV1, PetitionV1, Police110IncidentV1 } from '../../libs/contracts/src';

/** A village the seeded template knows (三门峡市湖滨区, first street, first community). */
export const KNOWN_VILLAGE = '411202001001';

/** Valid GB 11643 numbers (check characters computed) for test persons. */
export const ID_WIFE = '411202199003150023';
export const ID_HUSBAND = '411202198807160011';

export function policeIncident(overrides: Partial<Police110IncidentV1> = {}): Police110IncidentV1 {
  return {
    schemaVersion: 1,
    incidentNo: `J411202${Date.now()}`,
    revision: 1,
    status: 'received',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    category: { code: '04', name: '纠纷' },
    subCategory: { code: '040101', name: '家庭纠纷' },
    callText: '报警人称其丈夫酒后拿菜刀威胁要杀了她，现在躲到邻居家，很害怕。',
    address: { text: '新园社区人民路12号3号楼2单元301室', divisionCode: KNOWN_VILLAGE },
    policeStation: { code: 'PS411202', name: '湖滨派出所' },
    persons: [
      { role: 'caller', name: '李秀英', idNumber: ID_WIFE, phone: '13903981234', gender: 'F', age: 36 },
      { role: 'suspect', name: '王建国', idNumber: ID_HUSBAND, phone: '13803985678', gender: 'M', age: 38 },
    ],
    ...overrides,
  };
}

export function courtFiling(overrides: Partial<CourtFilingV1> = {}): CourtFilingV1 {
  return {
    schemaVersion: 1,
    caseNo: '(2026)豫1202民初1234号',
    revision: 1,
    court: { code: 'C411202', name: '三门峡市湖滨区人民法院' },
    filedAt: new Date(Date.now() - 3_600_000).toISOString(),
    cause: { code: '9012', name: '离婚纠纷' },
    status: 'filed',
    claimsText: '原告与被告于2012年登记结婚，被告酒后多次殴打原告，夫妻感情确已破裂，请求判决离婚。',
    parties: [
      { role: 'plaintiff', name: '李秀英', idNumber: ID_WIFE },
      { role: 'defendant', name: '王建国', idNumber: ID_HUSBAND },
    ],
    address: { text: '新园社区人民路12号3号楼2单元301室', divisionCode: KNOWN_VILLAGE },
    ...overrides,
  };
}

export function petition(overrides: Partial<PetitionV1> = {}): PetitionV1 {
  return {
    schemaVersion: 1,
    petitionNo: `XF411202${Date.now()}`,
    revision: 1,
    channel: 'visit',
    receivedAt: new Date(Date.now() - 7_200_000).toISOString(),
    petitioners: [{ name: '李秀英', idNumber: ID_WIFE, phone: '13903981234' }],
    subject: '反映丈夫长期家暴问题',
    content: '丈夫经常酒后打我，报警后仍不改，请求政府帮助。',
    category: { code: 'F01', name: '婚姻家庭' },
    repeat: true,
    collective: false,
    levelSkipped: false,
    levelReached: 'county',
    status: 'registered',
    address: { text: '新园社区人民路12号3号楼2单元301室', divisionCode: KNOWN_VILLAGE },
    ...overrides,
  };
}
