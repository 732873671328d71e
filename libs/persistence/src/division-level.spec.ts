import { AREA_LEVELS } from '@hub/domain';
import { DivisionLevel } from './generated/prisma/enums';

// The database's division_level enum (prisma/schema.prisma) and the domain's AREA_LEVELS are two spellings
// of one list; a level added to one and not the other would route or import tasks no one can answer.
describe('division levels', () => {
  it('the schema enum and the domain list hold the same levels', () => {
    expect(Object.values(DivisionLevel).sort()).toEqual([...AREA_LEVELS].sort());
  });
});
