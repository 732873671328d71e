import { describeSecondAnnotator } from '../feed-edition-checks';
import { V36_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v36', () => {
  describeSecondAnnotator(V36_SECOND);
});
