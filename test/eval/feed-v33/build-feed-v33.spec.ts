import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV33, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v33';

describe('feed-v33, held out (written after round 46 (-63), committed before its review was scored or any later engine change)', () => {
  describeFeedEdition({
    name: 'v33',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV33(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v33'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 220,
      romantic: 57,
      levels: [58, 70, 39, 53, 110],
      longFilings: [14, 2],
      // In subjects or texts; two zero-width joiners, three zero-width spaces and four ideographic spaces stand in 110 dispositions.
      noise: [10, 9, 8],
      shortCalls: 4, // under 48 characters with the disposition (writers were not asked for a length)
    },
  });
});
