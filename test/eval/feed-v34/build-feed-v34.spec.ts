import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV34, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v34';

describe('feed-v34, held out (written after round 49 (-65), committed before its review was scored or any later engine change)', () => {
  describeFeedEdition({
    name: 'v34',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV34(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v34'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 220,
      romantic: 56,
      levels: [59, 71, 38, 52, 110],
      longFilings: [14, 2],
      // In subjects or texts; one ideographic space stands in a 110 disposition.
      noise: [12, 12, 11],
      shortCalls: 6, // under 48 characters with the disposition (writers were not asked for a length)
    },
  });
});
