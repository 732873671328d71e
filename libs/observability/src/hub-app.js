"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runHubApp = runHubApp;
const core_1 = require("@nestjs/core");
const logger_1 = require("./logger");
/**
 * The lifecycle every hub app shares: JSON logs, health and metrics over HTTP, consumers started last,
 * and on SIGTERM or SIGINT: stop intake, let the batch in hand finish and commit, then close connections.
 */
async function runHubApp(spec) {
    const log = (0, logger_1.createLogger)(spec.name, spec.logLevel);
    const app = await core_1.NestFactory.create(spec.module(log), { logger: new logger_1.NestPinoLogger(log), abortOnError: false });
    if (spec.transport)
        app.connectMicroservice({ strategy: spec.transport(log) }, { inheritAppConfig: true });
    await app.init();
    await app.listen(spec.healthPort, '127.0.0.1');
    if (spec.transport)
        await app.startAllMicroservices();
    log.info({ healthPort: spec.healthPort }, `${spec.name} started`);
    let stopping = false;
    const stop = async (signal) => {
        if (stopping)
            return;
        stopping = true;
        log.info({ signal }, `${spec.name} stopping`);
        const deadline = setTimeout(() => {
            log.error(`${spec.name} did not stop within 30 s; exiting`);
            process.exit(1);
        }, 30_000);
        try {
            await app.close();
            await spec.onShutdown?.();
            log.info(`${spec.name} stopped`);
        }
        catch (e) {
            log.error({ err: e }, 'error during shutdown');
            process.exitCode = 1;
        }
        finally {
            clearTimeout(deadline);
            log.flush();
            process.exit();
        }
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
    return app;
}
//# sourceMappingURL=hub-app.js.map