import { describeSecondAnnotator } from '../feed-edition-checks';
import { V28_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v28', () => {
  describeSecondAnnotator(V28_SECOND);
});
