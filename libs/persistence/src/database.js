"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PrismaClient = void 0;
exports.openDatabase = openDatabase;
exports.pingDatabase = pingDatabase;
const adapter_pg_1 = require("@prisma/adapter-pg");
const pg_1 = require("pg");
const client_1 = require("./generated/prisma/client");
Object.defineProperty(exports, "PrismaClient", { enumerable: true, get: function () { return client_1.PrismaClient; } });
function openDatabase(url, options = {}) {
    const pool = new pg_1.Pool({
        connectionString: url,
        max: options.max ?? 10,
        application_name: options.applicationName ?? 'suyuan-hub',
        connectionTimeoutMillis: 5_000,
    });
    // An idle client losing its connection (PostgreSQL restarted) must not crash the process;
    // the next query gets a fresh connection and fails or succeeds on its own.
    pool.on('error', () => undefined);
    const prisma = new client_1.PrismaClient({ adapter: new adapter_pg_1.PrismaPg(pool) });
    return {
        pool,
        prisma,
        async close() {
            await prisma.$disconnect();
            await pool.end().catch(() => undefined);
        },
    };
}
async function pingDatabase(pool) {
    await pool.query('select 1');
}
//# sourceMappingURL=database.js.map