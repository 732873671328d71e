import { describeSecondAnnotator } from '../feed-edition-checks';
import { V16_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v16', () => {
  describeSecondAnnotator(V16_SECOND);
});
