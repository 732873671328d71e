import { Pool } from 'pg';
import { openDatabase, prismaOver } from './database';

/** One Prisma client per pool, shared by the stores over it and the app's provider; nothing connects here. */
describe('prismaOver', () => {
  it('gives the same client for a pool, another for another pool', async () => {
    const a = new Pool({ connectionString: 'postgresql://nobody@127.0.0.1:1/none' });
    const b = new Pool({ connectionString: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(prismaOver(a)).toBe(prismaOver(a));
    expect(prismaOver(a)).not.toBe(prismaOver(b));
    await Promise.all([a.end(), b.end()]);
  });

  it("is the database's client; close() disconnects it and forgets it", async () => {
    const db = openDatabase('postgresql://nobody@127.0.0.1:1/none');
    const client = db.prisma;
    expect(prismaOver(db.pool)).toBe(client);
    await db.close();
    expect(prismaOver(db.pool)).not.toBe(client);
  });
});
