import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV35, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v35';

describe('feed-v35, held out (written after round 51’s review (-70), committed before round 52 (-71) landed or was run on it)', () => {
  describeFeedEdition({
    name: 'v35',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV35(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v35'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 219,
      romantic: 56,
      levels: [58, 71, 38, 52, 111],
      longFilings: [14, 2],
      // In subjects or texts; one ideographic space stands in a 110 disposition.
      noise: [12, 12, 11],
      shortCalls: 3, // under 48 characters with the disposition (writers were not asked for a length)
    },
  });
});
