import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV22, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v22';

describe('feed-v22, held out beside v21 (written after round 18, where no round could read it), development from round 26', () => {
  describeFeedEdition({
    name: 'v22',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV22(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v22'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 202,
      romantic: 49,
      levels: [51, 64, 36, 51, 128],
      longFilings: [14, 2],
      noise: [12, 12, 12], // in the text or subject, none in dispositions
      shortCalls: 11, // 15–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
