import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV21, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v21';

describe('feed-v21, held out for round 18 (written after round 17, before round 18 could read it), development from round 20', () => {
  describeFeedEdition({
    name: 'v21',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV21(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v21'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 202,
      romantic: 49,
      levels: [51, 64, 36, 51, 128],
      longFilings: [14, 2],
      noise: [12, 11, 12], // in the text or subject; the twelfth zero-width space is in a disposition (P012)
      shortCalls: 6, // 32–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
