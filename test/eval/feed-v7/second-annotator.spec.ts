import { describeSecondAnnotator } from '../feed-edition-checks';
import { V7_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v7', () => {
  describeSecondAnnotator(V7_SECOND);
});
