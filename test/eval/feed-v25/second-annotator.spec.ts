import { describeSecondAnnotator } from '../feed-edition-checks';
import { V25_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v25', () => {
  describeSecondAnnotator(V25_SECOND);
});
