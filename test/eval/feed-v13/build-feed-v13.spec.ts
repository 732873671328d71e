import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV13, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v13';

describe('feed-v13, held out for round 11 (written during it), development from round 12', () => {
  describeFeedEdition({
    name: 'v13',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV13(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v13'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 191,
      romantic: 44,
      levels: [46, 57, 35, 53, 139],
      longFilings: [14, 2],
      noise: [12, 11, 11], // in the text or subject (one zero-width space and one ideographic space more in dispositions: P041, P098)
      shortCalls: 20, // 21–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
