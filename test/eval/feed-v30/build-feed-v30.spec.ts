import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV30, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v30';

describe('feed-v30, held out for rounds 31 to 54 (written after round 30, committed before round 31’s engine changes), development from round 55', () => {
  describeFeedEdition({
    name: 'v30',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV30(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v30'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 213,
      romantic: 54,
      levels: [56, 68, 38, 51, 117],
      longFilings: [14, 2],
      noise: [12, 12, 12],
      shortCalls: 27, // under 48 characters with the disposition (writers were not asked for a length)
    },
  });
});
