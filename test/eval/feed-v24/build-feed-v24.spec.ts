import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV24, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v24';

describe('feed-v24, held out for round 22 (written after round 21, committed after round 22 had branched), development from round 26', () => {
  describeFeedEdition({
    name: 'v24',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV24(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v24'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 203,
      romantic: 48,
      levels: [51, 65, 36, 51, 127],
      longFilings: [15, 2],
      noise: [11, 10, 11], // in the text or subject; one zero-width joiner, two zero-width spaces and one ideographic space are in dispositions
      shortCalls: 13, // 31–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
