import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV15, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v15';

describe('feed-v15, held out for rounds 12 and 13 (written after round 12 and its review), development from round 14', () => {
  describeFeedEdition({
    name: 'v15',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV15(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v15'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 191,
      romantic: 46,
      levels: [47, 57, 35, 52, 139],
      longFilings: [14, 2],
      noise: [12, 11, 8], // in the text or subject (one zero-width space and four ideographic spaces more in dispositions: P112; P019, P058, P098, P119)
      shortCalls: 14, // 33–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
