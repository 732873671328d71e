import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV25, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v25';

describe('feed-v25, held out for round 24 (written after round 23, committed after round 24 had branched), development from round 26', () => {
  describeFeedEdition({
    name: 'v25',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV25(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v25'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 204,
      romantic: 49,
      levels: [51, 65, 37, 51, 126],
      longFilings: [14, 2],
      noise: [11, 12, 12], // in the text or subject; one zero-width joiner is in a disposition
      shortCalls: 3, // 45–46 characters with the disposition (writers were not asked for a length)
    },
  });
});
