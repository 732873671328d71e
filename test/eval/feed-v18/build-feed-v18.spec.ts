import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV18, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v18';

describe('feed-v18, held out for round 15 (written during it), development from round 16', () => {
  describeFeedEdition({
    name: 'v18',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV18(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v18'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 196,
      romantic: 47,
      levels: [50, 61, 35, 50, 134],
      longFilings: [14, 2],
      noise: [10, 12, 12], // in the text or subject (two zero-width joiners more in dispositions: P006, P032)
      shortCalls: 9, // 31–46 characters with the disposition (writers were not asked for a length)
    },
  });
});
