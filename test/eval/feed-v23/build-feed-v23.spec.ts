import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV23, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v23';

describe('feed-v23, held out beside v22 (written after round 19, committed after round 20 had branched), development from round 26', () => {
  describeFeedEdition({
    name: 'v23',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV23(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v23'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 203,
      romantic: 49,
      levels: [51, 64, 37, 51, 127],
      longFilings: [14, 2],
      noise: [12, 12, 12], // in the text or subject, none in dispositions
      shortCalls: 3, // 35–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
