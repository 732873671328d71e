import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV20, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v20';

describe('feed-v20, held out for round 17 (written before it), development from round 18', () => {
  describeFeedEdition({
    name: 'v20',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV20(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v20'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 198,
      romantic: 50,
      levels: [50, 62, 36, 50, 132],
      longFilings: [14, 2],
      noise: [12, 12, 12], // in the text or subject, none in dispositions
      shortCalls: 8, // 34–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
