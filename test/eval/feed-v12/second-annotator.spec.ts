import { describeSecondAnnotator } from '../feed-edition-checks';
import { V12_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v12', () => {
  describeSecondAnnotator(V12_SECOND);
});
