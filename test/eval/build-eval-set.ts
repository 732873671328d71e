/**
 * Builds test/eval/eval-set.jsonl: labelled records composed per scenario from hand-written fragments
 * (see LABELLING.md). Deterministic: `npx tsx test/eval/build-eval-set.ts` rewrites the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeededRandom } from '../../libs/simulation/src';

type Level = 'red' | 'orange' | 'yellow' | 'blue' | 'none';
type Domain = '婚姻家庭' | '恋爱情感' | '邻里' | '经济/借贷' | '劳动' | '物业' | '其他' | '非纠纷';

interface EvalRecord {
  id: string;
  feed: 'police110' | 'court' | 'petition';
  date: string;
  text: string;
  disposition?: string;
  cause?: string;
  subject?: string;
  category?: string;
  label: { domain: Domain; familyRomantic: boolean; level: Level };
  scenario: string;
  hard?: boolean;
  split: 'dev' | 'heldout';
}

const rng = new SeededRandom(611);
const pick = <T>(xs: readonly T[]): T => rng.pick(xs);

// Who does it to whom: the reporting person and the other party, by relation.
const SPOUSE_M = ['丈夫', '老公', '爱人', '男人', '孩子他爸', '老头子'];
const SPOUSE_F = ['妻子', '老婆', '媳妇', '爱人', '孩子他妈'];
const EX_SPOUSE = ['前夫', '已离婚的前夫', '离婚两年的前夫'];
const PARTNER = ['男朋友', '男友', '对象', '同居男友', '处了三年的对象'];
const EX_PARTNER = ['前男友', '分手的男朋友', '前对象', '刚分手的男友'];
const KIN = ['儿子', '女婿', '公公', '儿媳', '小叔子', '大伯哥', '亲弟弟'];
const DRUNK = ['酒后', '喝醉酒后', '喝了酒', '醉醺醺地'];

interface Scenario {
  name: string;
  domain: Domain;
  level: Level;
  make: () => Omit<EvalRecord, 'id' | 'date' | 'label' | 'scenario' | 'split'>;
}

const romantic = (lvl: Level, name: string, texts: (() => string)[], disposition?: () => string): Scenario => ({
  name,
  domain: '恋爱情感',
  level: lvl,
  make: () => ({ feed: 'police110', text: pick(texts)(), ...(disposition ? { disposition: disposition() } : {}), category: '婚恋纠纷' }),
});

const family = (lvl: Level, name: string, texts: (() => string)[], disposition?: () => string, withCategory = true): Scenario => ({
  name,
  domain: '婚姻家庭',
  level: lvl,
  make: () => ({
    feed: 'police110',
    text: pick(texts)(),
    ...(disposition ? { disposition: disposition() } : {}),
    ...(withCategory ? { category: '家庭纠纷' } : {}),
  }),
});

const other = (domain: Domain, name: string, texts: (() => string)[], hard = false): Scenario => ({
  name,
  domain,
  level: 'none',
  make: () => ({ feed: 'police110', text: pick(texts)(), ...(hard ? { hard: true } : {}) }),
});

const SCENARIOS: Scenario[] = [
  // ── 婚姻家庭, blue: quarrels ──
  family(
    'blue',
    'family-quarrel',
    [
      () => `报警人称与${pick(SPOUSE_M)}因孩子上学的事吵架，双方情绪激动，要求民警到场调解。`,
      () => `报警人称和${pick(SPOUSE_F)}因为彩礼钱的事闹矛盾，在家里吵得很厉害。`,
      () => `报警人称婆媳之间因家务琐事发生口角，儿子夹在中间两头受气。`,
      () => `报警人称其${pick(SPOUSE_M)}整夜不回家，两人吵了一架，想找民警评评理。`,
      () => `报警人称与${pick(KIN)}因老人赡养费分摊问题发生争执。`,
      () => `两口子吵架，女方要求出警。`,
    ],
    () =>
      pick([
        '民警到场，双方系夫妻，因琐事争吵，未发生肢体冲突，经调解双方情绪平复。',
        '经了解系家庭矛盾，双方均未动手，已告知可到村调委会调解。',
        '到场后双方已停止争吵，无人员受伤，已劝解。',
      ]),
  ),
  family(
    'blue',
    'family-quarrel-nocode',
    [
      () => `报警人称其${pick(SPOUSE_M)}因为打牌输钱和她吵了起来，现在还在家里闹。`,
      () => `报警人称和${pick(SPOUSE_F)}闹离婚，对方把孩子带回娘家不让见。`,
    ],
    undefined,
    false,
  ),
  // ── 婚姻家庭, yellow: violence without injury, threats without means ──
  family(
    'yellow',
    'family-push',
    [
      () => `报警人称其${pick(SPOUSE_M)}因琐事推搡了她一下，现在家中。`,
      () => `报警人称被${pick(SPOUSE_M)}扇了一个耳光，要求民警处理。`,
      () => `报警人称${pick(SPOUSE_F)}跟他吵架时把他推倒在沙发上。`,
      () => `报警人称其${pick(SPOUSE_M)}在家摔东西，把电视砸了。`,
      () => `报警人称其${pick(KIN)}因要钱不成动手推了老人。`,
    ],
    () =>
      pick([
        '民警到场，女方未见明显伤情，男方承认推搡，已批评教育。',
        '双方系夫妻关系，经查无人受伤，已调解。',
        '到场时双方已分开，无伤，已进行法制教育。',
      ]),
  ),
  family('yellow', 'family-threat', [
    () => `报警人称其${pick(SPOUSE_M)}扬言要打她，她不敢回家。`,
    () => `报警人称${pick(SPOUSE_M)}在电话里威胁说回来收拾她。`,
  ]),
  // ── 婚姻家庭, orange: injury, aggravation, confinement, protection-order application ──
  family(
    'orange',
    'family-injury',
    [
      () => `报警人称其${pick(SPOUSE_M)}${pick(DRUNK)}对其拳打脚踢，脸上都是血。`,
      () => `报警人称被${pick(SPOUSE_M)}打得鼻青脸肿，胳膊也受伤了。`,
      () => `报警人称${pick(SPOUSE_M)}用皮带抽她，身上多处淤青。`,
      () => `报警人称其女儿被${pick(['女婿', '丈夫'])}殴打，已送医院。`,
    ],
    () => pick(['民警到场见女方面部红肿，男方承认动手，已对男方出具告诫书。', '女方手臂有淤青，已送医检查，男方带回所里处理。']),
  ),
  family('orange', 'family-repeat-drunk', [
    () => `报警人称其${pick(SPOUSE_M)}${pick(DRUNK)}又打她了，这个月已经是第三次。`,
    () => `报警人称${pick(SPOUSE_M)}经常${pick(DRUNK)}打人，今天又动手了，她很害怕。`,
  ]),
  family('orange', 'family-confinement', [
    () => `报警人称其${pick(SPOUSE_M)}把她锁在屋里不让出门，已经两天了。`,
    () => `报警人称被${pick(SPOUSE_M)}关在家里，手机也被没收，偷偷打的电话。`,
  ]),
  // ── 婚姻家庭, red: hard triggers ──
  family(
    'red',
    'family-weapon',
    [
      () => `报警人称其${pick(SPOUSE_M)}${pick(DRUNK)}拿菜刀追着她砍，她跑到邻居家躲起来了。`,
      () => `报警人称${pick(SPOUSE_M)}手持水果刀在家里比划，说要捅她。`,
      () => `报警人称其${pick(KIN)}拎着斧头在门口砸门。`,
      () => `报警人称${pick(SPOUSE_M)}提着一桶汽油到她娘家，说要把房子点了。`,
    ],
    () => pick(['民警到场将男方控制，收缴菜刀一把。', '男方已离开，女方受到惊吓，已通知村委会跟进。']),
  ),
  family('red', 'family-strangle', [
    () => `报警人称被${pick(SPOUSE_M)}掐住脖子，差点喘不过气。`,
    () => `报警人称其${pick(SPOUSE_M)}吵架时掐她脖子，脖子上有掐痕。`,
    () => `女方称男方掐她的脖子，男方否认。`,
  ]),
  family('red', 'family-kill-threat', [
    () => `报警人称其${pick(SPOUSE_M)}扬言要杀了她全家。`,
    () => `报警人称${pick(EX_SPOUSE)}不同意离婚后的财产分割，说要跟她同归于尽。`,
    () => `报警人称其${pick(SPOUSE_M)}说离婚就弄死她。`,
    () => `报警人称${pick(SPOUSE_M)}威胁要喝农药，还要拉着她一起死。`,
  ]),
  family('red', 'family-po-violation', [() => `报警人称法院已经发了人身安全保护令，${pick(EX_SPOUSE)}还是闯进家里打了她。`]),
  // ── 恋爱情感 ──
  romantic(
    'blue',
    'romantic-quarrel',
    [
      () => `报警人称与${pick(PARTNER)}因感情问题发生争吵，要求民警调解。`,
      () => `报警人称和${pick(PARTNER)}分手后对方要求退还彩礼，双方协商不成。`,
    ],
    () => '双方系恋人关系，因感情纠纷争执，未动手，已劝离。',
  ),
  romantic('yellow', 'romantic-harass', [
    () => `报警人称${pick(EX_PARTNER)}一直给她打电话发短信骚扰她。`,
    () => `报警人称${pick(EX_PARTNER)}天天在她单位门口守着不走。`,
    () => `报警人称${pick(PARTNER)}吵架时推了她一把。`,
  ]),
  romantic('orange', 'romantic-stalk-threat', [
    () => `报警人称${pick(EX_PARTNER)}跟踪她到出租屋，扬言不复合就让她好看。`,
    () => `报警人称${pick(EX_PARTNER)}不同意分手，天天堵她家门，还威胁要报复她家人。`,
    () => `报警人称被${pick(PARTNER)}打伤，嘴角流血。`,
  ]),
  romantic('red', 'romantic-kill', [
    () => `报警人称${pick(EX_PARTNER)}说不复合就同归于尽。`,
    () => `报警人称${pick(EX_PARTNER)}拿着刀在她楼下，说要杀了她。`,
    () => `报警人称${pick(PARTNER)}掐住她脖子把她按在地上。`,
    () => `报警人称${pick(EX_PARTNER)}扬言要泼硫酸毁她容。`,
  ]),
  // ── Other domains ──
  other('邻里', 'neighbor', [
    () => `报警人称与邻居因宅基地边界问题发生争吵，对方推倒了其院墙。`,
    () => `报警人称楼上住户长期深夜噪音扰民，上门理论时发生口角。`,
    () => `报警人称邻居家的狗咬伤了其孩子，双方就赔偿问题协商不成。`,
    () => `报警人称和邻居因为排水沟堵了吵起来了。`,
  ]),
  other(
    '邻里',
    'neighbor-armed',
    [() => `报警人称与邻居因宅基地问题打起来了，对方拿铁锹威胁要弄死他。`, () => `报警人称邻居持刀砍伤了其父亲，起因是争地界。`],
    true,
  ),
  other('经济/借贷', 'debt', [
    () => `报警人称朋友借其5万元至今不还，双方在饭店发生争执。`,
    () => `报警人称有人上门催收欠款，在其家门口堵门叫骂。`,
    () => `报警人称生意伙伴欠货款八万元拒不归还。`,
  ]),
  other(
    '经济/借贷',
    'debt-kin',
    [() => `报警人称其小舅子借钱不还还对其辱骂，要求民警处理。`, () => `报警人称表哥借了他三万块钱一直不还，电话也不接。`],
    true,
  ),
  other('劳动', 'labor', [
    () => `报警人称工地老板拖欠其工资三个月，十几名工人聚集在项目部讨薪。`,
    () => `报警人称被公司辞退后未拿到补偿，与老板发生争吵。`,
  ]),
  other('物业', 'property', [() => `报警人称物业停了其家的水，双方发生争吵。`, () => `报警人称小区车位被占，与物业保安发生推搡。`]),
  other(
    '其他',
    'traffic-kin',
    [() => `报警人称其姐夫开车与电动车相撞，对方倒地，请求救护车。`, () => `报警人称和老婆开车回家路上被追尾，对方不肯赔钱。`],
    true,
  ),
  other('其他', 'shopping', [() => `报警人称在菜市场买菜时与摊主因缺斤少两发生争吵。`, () => `报警人称网购商品与商家发生纠纷。`]),
  other('非纠纷', 'nondispute', [
    () => `报警人称在人民路丢失一个黑色钱包，内有身份证。`,
    () => `报警人称家中老人走失，身穿蓝色上衣，患有老年痴呆。`,
    () => `报警人称其儿子放学未归，电话打不通，请求帮助寻找。`,
    () => `报警人称被锁在门外，请求开锁。`,
  ]),
  other(
    '非纠纷',
    'nondispute-kin',
    [() => `报警人称其丈夫突发心脏病倒在家中，请求急救。`, () => `报警人称女儿离家出走，留下纸条说去打工了。`],
    true,
  ),
];

// Court filings and petitions.
const COURT: Scenario[] = [
  {
    name: 'court-divorce-plain',
    domain: '婚姻家庭',
    level: 'blue',
    make: () => ({
      feed: 'court',
      cause: '离婚纠纷',
      text: pick([
        '原被告婚后常因家庭琐事争吵，双方已分居两年，感情确已破裂，请求判决离婚。',
        '原告与被告性格不合，婚后缺乏沟通，请求判决准予离婚并分割共同财产。',
      ]),
    }),
  },
  {
    name: 'court-divorce-violence',
    domain: '婚姻家庭',
    level: 'orange',
    make: () => ({
      feed: 'court',
      cause: '离婚纠纷',
      text: pick([
        '被告酗酒后多次殴打原告，致原告多处受伤，夫妻感情确已破裂，请求判决离婚。',
        '婚后被告经常对原告实施家庭暴力，原告曾多次报警，请求判决离婚。',
      ]),
    }),
  },
  {
    name: 'court-custody',
    domain: '婚姻家庭',
    level: 'blue',
    make: () => ({
      feed: 'court',
      cause: pick(['抚养纠纷', '变更抚养关系纠纷', '探望权纠纷']),
      text: '原被告离婚后，被告拒不履行探视约定，请求变更抚养关系。',
    }),
  },
  {
    name: 'court-cohabit',
    domain: '恋爱情感',
    level: 'blue',
    make: () => ({
      feed: 'court',
      cause: pick(['同居关系析产纠纷', '婚约财产纠纷']),
      text: pick([
        '原告与被告同居期间共同出资购房，现双方分手，请求分割同居期间财产。',
        '双方订婚时原告给付彩礼十八万元，后被告悔婚，请求返还彩礼。',
      ]),
    }),
  },
  {
    name: 'court-po',
    domain: '婚姻家庭',
    level: 'orange',
    make: () => ({
      feed: 'court',
      cause: '人身安全保护令',
      text: '申请人与被申请人系夫妻关系，被申请人多次实施家庭暴力，申请人身安全保护令。',
    }),
  },
  {
    name: 'court-po-kill',
    domain: '婚姻家庭',
    level: 'red',
    make: () => ({ feed: 'court', cause: '人身安全保护令', text: '被申请人多次殴打申请人，并扬言要杀死申请人全家，申请人身安全保护令。' }),
  },
  {
    name: 'court-loan',
    domain: '经济/借贷',
    level: 'none',
    make: () => ({
      feed: 'court',
      cause: '民间借贷纠纷',
      text: '被告向原告借款人民币八万元，到期后经多次催要未还，请求判令被告偿还借款及利息。',
    }),
  },
  {
    name: 'court-loan-spouse',
    domain: '经济/借贷',
    level: 'none',
    make: () => ({
      feed: 'court',
      cause: '民间借贷纠纷',
      text: '被告夫妻二人共同向原告借款十万元，约定一年归还，至今未还，请求判令二被告共同偿还。',
      hard: true,
    }),
  },
  {
    name: 'court-labor',
    domain: '劳动',
    level: 'none',
    make: () => ({ feed: 'court', cause: '劳务合同纠纷', text: '原告为被告提供劳务，被告拖欠劳务报酬两万元，请求判令被告支付。' }),
  },
  {
    name: 'court-neighbor',
    domain: '邻里',
    level: 'none',
    make: () => ({ feed: 'court', cause: '相邻关系纠纷', text: '原被告系相邻关系，被告建房影响原告采光通风，请求排除妨碍。' }),
  },
];
const PETITION: Scenario[] = [
  {
    name: 'petition-dv',
    domain: '婚姻家庭',
    level: 'orange',
    make: () => ({
      feed: 'petition',
      category: '婚姻家庭',
      subject: '反映丈夫长期家暴问题',
      text: pick(['丈夫经常酒后打我，去派出所报过警也没用，请求政府帮助解决。', '我长期遭受丈夫殴打，身上伤痕累累，请求有关部门处理。']),
    }),
  },
  {
    name: 'petition-dv-kill',
    domain: '婚姻家庭',
    level: 'red',
    make: () => ({
      feed: 'petition',
      category: '婚姻家庭',
      subject: '反映前夫威胁人身安全',
      text: '前夫扬言要杀了我和孩子，派出所处理后他仍天天来闹，请求保护。',
    }),
  },
  {
    name: 'petition-elder',
    domain: '婚姻家庭',
    level: 'blue',
    make: () => ({
      feed: 'petition',
      category: '婚姻家庭',
      subject: '反映儿子不赡养老人问题',
      text: '我今年七十多岁，儿子儿媳不给生活费，还对我骂骂咧咧，请求村里主持公道。',
    }),
  },
  {
    name: 'petition-ex-harass',
    domain: '恋爱情感',
    level: 'yellow',
    make: () => ({
      feed: 'petition',
      category: '婚姻家庭',
      subject: '反映前男友骚扰问题',
      text: '分手后前男友一直骚扰我，换了电话号码他还能找到，请求处理。',
    }),
  },
  {
    name: 'petition-wage',
    domain: '劳动',
    level: 'none',
    make: () => ({
      feed: 'petition',
      category: '劳动保障',
      subject: '反映拖欠工资问题',
      text: '我们在某工地干活，老板拖欠工资至今未付，多次讨要无果，请求劳动部门处理。',
    }),
  },
  {
    name: 'petition-land',
    domain: '邻里',
    level: 'none',
    make: () => ({
      feed: 'petition',
      category: '城乡建设',
      subject: '反映宅基地纠纷',
      text: '邻居建房占用我家宅基地，村里调解多次没有结果，请求上级处理。',
    }),
  },
  {
    name: 'petition-land-comp',
    domain: '其他',
    level: 'none',
    make: () => ({
      feed: 'petition',
      category: '农村农业',
      subject: '反映征地补偿问题',
      text: '村里征地补偿款发放不公，我和老伴都没拿到，请求公开账目。',
      hard: true,
    }),
  },
];

/** Hand-written hard cases: short texts, typos, colloquial words, reported speech, denials. */
const HARD: { feed: EvalRecord['feed']; text: string; disposition?: string; category?: string; domain: Domain; level: Level }[] = [
  { feed: 'police110', text: '老公打我', domain: '婚姻家庭', level: 'yellow' },
  { feed: 'police110', text: '家暴，快来', domain: '婚姻家庭', level: 'yellow' },
  { feed: 'police110', text: '我老工喝多了拿刀要砍我', domain: '婚姻家庭', level: 'red' },
  { feed: 'police110', text: '报警人称其媳妇跟人跑了，找不到人。', domain: '非纠纷', level: 'none' },
  { feed: 'police110', text: '报警人称其前妻的现任丈夫上门找事，双方在楼道里打起来了。', domain: '婚姻家庭', level: 'yellow' },
  { feed: 'police110', text: '报警人称与丈夫吵架，丈夫说要去死，现在联系不上。', domain: '婚姻家庭', level: 'orange' },
  { feed: 'police110', text: '报警人称其丈夫与人打架被打伤住院。', domain: '其他', level: 'none' },
  { feed: 'police110', text: '报警人称２０２６年１１月其对象多次向其索要钱财，不给就打她。', domain: '恋爱情感', level: 'yellow' },
  { feed: 'police110', text: '夫妻吵架，双方均称未动手，无人受伤。', domain: '婚姻家庭', level: 'blue', disposition: '经调解双方和解。' },
  { feed: 'police110', text: '报警人称其儿子吸毒后在家砸东西，还拿刀威胁要杀了她。', domain: '婚姻家庭', level: 'red' },
  { feed: 'police110', text: '报警人称邻居夫妻天天吵架影响休息。', domain: '邻里', level: 'none' },
  { feed: 'police110', text: '报警人称老婆的弟弟开车撞了人跑了。', domain: '其他', level: 'none' },
  { feed: 'police110', text: '女方称男方把她按在床上掐脖子，男方称是开玩笑。', domain: '婚姻家庭', level: 'red', category: '家庭纠纷' },
  { feed: 'police110', text: '报警人称其女友怀孕了，两人因为要不要孩子吵架，女友被推倒。', domain: '恋爱情感', level: 'orange' },
  { feed: 'police110', text: '报警人称婆婆和儿媳打起来了，儿媳脸被抓破流血。', domain: '婚姻家庭', level: 'orange' },
  { feed: 'police110', text: '报警人称在KTV与朋友的老公发生口角。', domain: '其他', level: 'none' },
  { feed: 'police110', text: '报警人称丈夫没有打人，只是吵架声音大，邻居报的警。', domain: '婚姻家庭', level: 'blue' },
  { feed: 'police110', text: '报警人称前夫偷偷把孩子从学校接走了，不让她见孩子。', domain: '婚姻家庭', level: 'blue' },
  { feed: 'police110', text: '报警人称其男友拿着汽油瓶在楼下，说她不下来就点火。', domain: '恋爱情感', level: 'red' },
  { feed: 'police110', text: '求助：丈夫失联三天', domain: '非纠纷', level: 'none' },
];

// How 110 call-takers open a record, and where: varies the wording, never the meaning.
const OPENINGS = ['报警人称', '报警人李某称', '来电人称', '一女子报警称', '群众报警称', '报警人王女士称', '报警人张某某称'];
const PLACES = [
  '',
  '',
  '，地址在湖滨区新园社区',
  '，地点为陕州区张村镇某村三组',
  '，现场在灵宝市函谷关镇',
  '，在卢氏县城关镇某小区',
  '，地址在义马市千秋路附近',
];
function augment(text: string): string {
  if (!text.startsWith('报警人称')) return text;
  const body = text.slice('报警人称'.length).replace(/。$/, '');
  return `${pick(OPENINGS)}${body}${pick(PLACES)}。`;
}

const records: (EvalRecord & { core: string })[] = [];
const base = Date.parse('2026-06-01T08:00:00+08:00');
const perScenario = (s: Scenario) => (s.level === 'none' ? 14 : 18);
for (const s of [...SCENARIOS, ...COURT, ...PETITION]) {
  const n = s.name.startsWith('court') || s.name.startsWith('petition') ? 10 : perScenario(s);
  const seen = new Set<string>();
  for (let i = 0, tries = 0; i < n && tries < n * 20; tries++) {
    const r = s.make();
    const core = `${r.text}|${r.disposition ?? ''}|${r.cause ?? ''}`;
    const text = augment(r.text);
    const key = `${text}|${r.disposition ?? ''}|${r.cause ?? ''}`;
    if (seen.has(key) && tries < n * 10) continue; // prefer distinct texts
    seen.add(key);
    records.push({
      ...r,
      text,
      core,
      id: '',
      date: new Date(base + records.length * 3_600_000 * 5).toISOString(),
      label: { domain: s.domain, familyRomantic: s.level !== 'none', level: s.level },
      scenario: s.name,
      split: 'dev',
    });
    i++;
  }
}
for (const h of HARD) {
  records.push({
    feed: h.feed,
    text: h.text,
    ...(h.disposition ? { disposition: h.disposition } : {}),
    ...(h.category ? { category: h.category } : {}),
    id: '',
    date: new Date(base + records.length * 3_600_000 * 5).toISOString(),
    label: { domain: h.domain, familyRomantic: h.level !== 'none', level: h.level },
    scenario: 'hand-written',
    core: h.text,
    hard: true,
    split: 'dev',
  });
}
records.forEach((r, i) => {
  r.id = `E${String(i + 1).padStart(4, '0')}`;
  // All development: a split of records composed from one fragment pool is no held-out part (the
  // held-out part is test/eval/feed/, written apart).
  r.split = 'dev';
  r.label.level = byRubric(r);
});

/**
 * Levels as docs/risk-rubric.md (2026-11-30) has them where the first guide differed: hospital
 * treatment is red; stalking or harassment by an ex-partner (a separation) is at least orange.
 */
function byRubric(r: EvalRecord): Level {
  if (r.scenario === 'family-injury' && r.text.includes('送医院')) return 'red';
  if (r.scenario === 'romantic-harass' && !r.text.includes('推了她')) return 'orange';
  if (r.scenario === 'petition-ex-harass') return 'orange';
  return r.label.level;
}

writeFileSync(join(__dirname, 'eval-set.jsonl'), records.map(({ core: _core, ...r }) => JSON.stringify(r)).join('\n') + '\n');
const count = (f: (r: EvalRecord) => boolean) => records.filter(f).length;
console.log(
  `wrote ${records.length} records: ${count((r) => r.feed === 'police110')} police110, ${count((r) => r.feed === 'court')} court, ${count((r) => r.feed === 'petition')} petition; ` +
    `${count((r) => r.label.familyRomantic)} family-or-romantic`,
);
