import { describeSecondAnnotator } from '../feed-edition-checks';
import { V30_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v30', () => {
  describeSecondAnnotator(V30_SECOND);
});
