import { describeSecondAnnotator } from '../feed-edition-checks';
import { V31_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v31', () => {
  describeSecondAnnotator(V31_SECOND);
});
