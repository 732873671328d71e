import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV16, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v16';

describe('feed-v16, held out for round 13 (written during it), development from round 14', () => {
  describeFeedEdition({
    name: 'v16',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV16(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v16'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 193,
      romantic: 46,
      levels: [48, 59, 35, 51, 137],
      longFilings: [14, 2],
      noise: [12, 11, 12], // in the text or subject (one zero-width space more in a disposition: P016)
      shortCalls: 9, // 31–46 characters with the disposition (writers were not asked for a length)
    },
  });
});
