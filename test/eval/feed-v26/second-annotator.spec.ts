import { describeSecondAnnotator } from '../feed-edition-checks';
import { V26_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v26', () => {
  describeSecondAnnotator(V26_SECOND);
});
