"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NestPinoLogger = void 0;
exports.createLogger = createLogger;
const pino_1 = __importDefault(require("pino"));
/**
 * Structured JSON logs. Fields that could carry personal data are redacted here as a last line of
 * defence; code must still never log a raw ID number, phone or free text about a person.
 */
function createLogger(app, level) {
    return (0, pino_1.default)({
        level,
        base: { app },
        timestamp: pino_1.default.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: {
            paths: ['*.idNumber', '*.phone', '*.name', '*.callText', '*.text', 'persons', '*.persons', 'payload'],
            censor: '[redacted]',
        },
    });
}
/** Nest's own log lines go through the same pino logger. */
class NestPinoLogger {
    logger;
    constructor(logger) {
        this.logger = logger;
    }
    log(message, context) {
        this.logger.info({ context }, String(message));
    }
    error(message, trace, context) {
        this.logger.error({ context, trace }, String(message));
    }
    warn(message, context) {
        this.logger.warn({ context }, String(message));
    }
    debug(message, context) {
        this.logger.debug({ context }, String(message));
    }
    verbose(message, context) {
        this.logger.trace({ context }, String(message));
    }
}
exports.NestPinoLogger = NestPinoLogger;
//# sourceMappingURL=logger.js.map