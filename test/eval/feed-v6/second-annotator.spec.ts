import { describeSecondAnnotator } from '../feed-edition-checks';
import { V6_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v6', () => {
  describeSecondAnnotator(V6_SECOND);
});
