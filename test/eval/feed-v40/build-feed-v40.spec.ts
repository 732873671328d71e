import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV40, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v40';

describe('feed-v40, held out (written while round 62 (-91) was under review, committed before round 63 landed)', () => {
  describeFeedEdition({
    name: 'v40',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV40(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v40'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 220,
      romantic: 59,
      levels: [58, 70, 39, 53, 110],
      longFilings: [14, 2],
      noise: [11, 12, 10], // 12 of each written; one joiner and two ideographic spaces stand in a 110 disposition, which this count leaves out
      shortCalls: 6, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
