import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV32, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v32';

describe('feed-v32, held out (written after round 43’s review, -62, committed before any later engine change)', () => {
  describeFeedEdition({
    name: 'v32',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV32(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v32'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 218,
      romantic: 55,
      levels: [57, 70, 39, 52, 112],
      longFilings: [14, 2],
      // In subjects or texts; two zero-width spaces and one ideographic space stand in 110 dispositions.
      noise: [12, 10, 11],
      shortCalls: 6, // under 48 characters with the disposition (writers were not asked for a length)
    },
  });
});
