import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV31, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v31';

describe('feed-v31, held out for round 40 (written after round 39, committed before round 40’s engine changes)', () => {
  describeFeedEdition({
    name: 'v31',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV31(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v31'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 215,
      romantic: 54,
      levels: [57, 69, 38, 51, 115],
      longFilings: [15, 2],
      noise: [12, 12, 12],
      shortCalls: 8, // under 48 characters with the disposition (writers were not asked for a length)
    },
  });
});
