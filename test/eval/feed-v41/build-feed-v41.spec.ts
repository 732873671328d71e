import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV41, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v41';

describe('feed-v41, held out (written after round 66’s review (-100), registered before round 67 landed on main)', () => {
  describeFeedEdition({
    name: 'v41',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV41(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v41'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 221,
      romantic: 59,
      levels: [61, 71, 38, 51, 109],
      longFilings: [14, 2],
      noise: [12, 11, 12], // 12 of each written; one zero-width space stands in a 110 disposition, which this count leaves out
      shortCalls: 38, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
