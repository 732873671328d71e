"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.redisConnectionOptions = redisConnectionOptions;
exports.pingRedis = pingRedis;
const ioredis_1 = __importDefault(require("ioredis"));
/** BullMQ needs maxRetriesPerRequest: null on worker connections so blocking commands are not cut short. */
function redisConnectionOptions(url) {
    const u = new URL(url);
    return {
        host: u.hostname,
        port: Number(u.port || 6379),
        db: Number(u.pathname.replace('/', '') || 0),
        username: u.username || undefined,
        password: u.password || undefined,
        tls: u.protocol === 'rediss:' ? {} : undefined,
        maxRetriesPerRequest: null,
        enableReadyCheck: true,
    };
}
async function pingRedis(url) {
    const client = new ioredis_1.default({ ...redisConnectionOptions(url), maxRetriesPerRequest: 1, lazyConnect: true, connectTimeout: 2_000 });
    try {
        await client.connect();
        await client.ping();
    }
    finally {
        client.disconnect();
    }
}
//# sourceMappingURL=redis.js.map