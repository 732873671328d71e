import { describeSecondAnnotator } from '../feed-edition-checks';
import { V21_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v21', () => {
  describeSecondAnnotator(V21_SECOND);
});
