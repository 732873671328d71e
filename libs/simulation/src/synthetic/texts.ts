import type { SeededRandom } from './random';

/** Sentence pieces in the style of real records; the generator joins them with seeded choices. */
export const FAMILY_CALLS = [
  '报警人称其丈夫{drunk}回家后因琐事与其发生争吵，{act}，请求出警。',
  '报警人称其老公{drunk}在家中{act}，现在还在砸东西。',
  '报警人称与妻子因孩子抚养问题吵架，媳妇{act2}，要求民警处理。',
  '报警人称其女儿被女婿{act}，女儿现在娘家，女婿在门外叫骂。',
  '报警人称其儿子{drunk}向其索要钱财未果，{act}。',
  '报警人称其丈夫因离婚一事{act}，自己很害怕。',
];
export const ROMANTIC_CALLS = [
  '报警人称其前男友{stalk}，{threat}。',
  '报警人称与同居男友分手后，对方{stalk}，{act}。',
  '报警人称其对象不同意分手，{threat}，现在在其出租屋楼下。',
  '报警人称前女友的现任男友{act}，双方在小区门口发生冲突。',
];
export const FAMILY_ACTS = [
  '对其推搡',
  '打了她两个耳光',
  '对其拳打脚踢',
  '用皮带抽打她',
  '把她锁在屋里不让出门',
  '掐住她的脖子',
  '拿菜刀追砍她',
  '把家里电视砸了',
];
export const FAMILY_ACTS2 = ['抓伤了他的脸', '把他推倒在地', '拿剪刀比划', '摔了手机'];
export const STALKING = ['一直跟踪她', '天天到她单位门口堵她', '不停打电话发短信骚扰她', '在她家门口守着不走'];
export const THREATS = ['扬言要杀了她全家', '说不复合就同归于尽', '威胁要泼汽油烧她家', '说要喝农药死在她家门口', '扬言弄死她'];
export const DRUNK = ['', '酒后', '喝醉酒', '喝了酒'];

export const DISPOSITION_MILD = [
  '民警到场后了解，系夫妻因家庭琐事发生口角，经调解双方情绪稳定，已告知到村委会进一步调解。',
  '民警到场，双方系恋人关系，因感情问题发生争执，未动手，已劝离。',
  '经了解系家庭矛盾，男方否认打人，女方未见明显伤情，已对双方进行批评教育。',
];
export const DISPOSITION_SEVERE = [
  '民警到场后女方脸部有明显红肿，男方承认酒后动手，已对男方出具家庭暴力告诫书。',
  '民警到场时男方手持菜刀情绪激动，已将其控制并带回所里处理，女方送医检查。',
  '经查男方多次对女方实施殴打，女方颈部有掐痕，已受案调查，告知女方可申请人身安全保护令。',
  '男方已离开现场，女方称对方扬言还要回来报复，已联系村委会和妇联跟进。',
];

export const OTHER_CALLS: Record<string, string[]> = {
  neighbor: [
    '报警人称与邻居因宅基地边界问题发生争吵，对方推倒了其院墙。',
    '报警人称楼上住户长期深夜噪音扰民，上门理论时发生口角。',
    '报警人称邻居家的狗咬伤了其孩子，双方就赔偿问题协商不成。',
    '报警人称与邻居因排水沟堵塞发生纠纷，对方拿铁锹威胁。',
  ],
  debt: [
    '报警人称朋友借其5万元至今不还，双方在饭店发生争执。',
    '报警人称其小舅子借钱不还还对其辱骂，要求民警处理。',
    '报警人称有人上门催收欠款，在其家门口堵门叫骂。',
  ],
  labor: ['报警人称工地老板拖欠其工资三个月，十几名工人聚集在项目部讨薪。', '报警人称被公司辞退后未拿到补偿，与老板发生争吵。'],
  property: ['报警人称物业停了其家的水，双方发生争吵。', '报警人称小区车位被占，与物业保安发生推搡。'],
  other: ['报警人称在菜市场买菜时与摊主因缺斤少两发生争吵。', '报警人称网购商品与商家发生纠纷。'],
  none: [
    '报警人称在人民路丢失一个黑色钱包，内有身份证。',
    '报警人称两车在路口发生剐蹭，无人员受伤，需要交警处理。',
    '报警人称其姐夫开车与电动车相撞，对方倒地，请求救护车。',
    '报警人称家中老人走失，身穿蓝色上衣，患有老年痴呆。',
    '报警人称发现路边有一只受伤的狗。',
  ],
};

export const COURT_FAMILY_CLAIMS = [
  '原告与被告于{year}年登记结婚，婚后育有一子。被告{drunk}后多次殴打原告，夫妻感情确已破裂，请求判决离婚，婚生子由原告抚养。',
  '原被告婚后常因家庭琐事争吵，被告长期不顾家，双方已分居两年，请求判决准予离婚并依法分割共同财产。',
  '申请人与被申请人系夫妻关系，被申请人多次实施家庭暴力，{threat}，申请人身安全保护令。',
  '原告与被告离婚后，被告拒不履行探视约定，且在接送孩子时与原告发生冲突，请求变更抚养关系。',
  '原告与被告同居期间共同出资购房，现双方分手，被告{stalk}，请求分割同居期间财产。',
];
export const COURT_OTHER_CLAIMS = [
  '被告于{year}年向原告借款人民币八万元，约定一年内归还，到期后经多次催要未还，请求判令被告偿还借款及利息。',
  '原告为被告提供劳务，被告拖欠劳务报酬两万元，请求判令被告支付。',
  '被告拖欠物业服务费三年，经催缴拒不缴纳，请求判令支付。',
  '原被告系相邻关系，被告建房影响原告采光通风，请求排除妨碍。',
];

export const PETITION_FAMILY = [
  { subject: '反映丈夫长期家暴问题', content: '本人{name}，丈夫{drunk}经常打我，去派出所报过警也没用，{threat}，请求政府帮助解决。' },
  { subject: '反映离婚后前夫骚扰问题', content: '我与前夫已离婚，但他{stalk}，还扬言要报复我的家人，请求有关部门处理。' },
  { subject: '反映儿子不赡养老人问题', content: '我今年七十多岁，儿子儿媳不给生活费，还对我骂骂咧咧，请求村里和政府主持公道。' },
];
export const PETITION_OTHER = [
  { subject: '反映拖欠工资问题', content: '我们在某工地干活，老板拖欠工资至今未付，多次讨要无果，请求劳动部门处理。' },
  { subject: '反映宅基地纠纷', content: '邻居建房占用我家宅基地，村里调解多次没有结果，请求上级处理。' },
  { subject: '反映征地补偿问题', content: '村里征地补偿款发放不公，请求公开账目。' },
];

export function fill(rng: SeededRandom, template: string, extra: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    switch (k) {
      case 'act':
        return rng.pick(FAMILY_ACTS);
      case 'act2':
        return rng.pick(FAMILY_ACTS2);
      case 'stalk':
        return rng.pick(STALKING);
      case 'threat':
        return rng.pick(THREATS);
      case 'drunk':
        return rng.pick(DRUNK);
      case 'year':
        return String(rng.int(2008, 2022));
      default:
        return extra[k] ?? '';
    }
  });
}
