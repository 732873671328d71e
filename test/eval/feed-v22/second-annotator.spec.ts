import { describeSecondAnnotator } from '../feed-edition-checks';
import { V22_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v22', () => {
  describeSecondAnnotator(V22_SECOND);
});
