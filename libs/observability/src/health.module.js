"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var HealthModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.HealthModule = exports.DEPENDENCY_PROBES = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const metrics_1 = require("./metrics");
exports.DEPENDENCY_PROBES = Symbol('DEPENDENCY_PROBES');
let HealthController = class HealthController {
    health;
    indicators;
    probes;
    metrics;
    constructor(health, indicators, probes, metrics) {
        this.health = health;
        this.indicators = indicators;
        this.probes = probes;
        this.metrics = metrics;
    }
    /** Each dependency reported on its own, so operations see which one is down. */
    check() {
        return this.health.check(Object.entries(this.probes).map(([name, probe]) => async () => {
            const session = this.indicators.check(name);
            try {
                const data = await withTimeout(probe(), 3_000, name);
                return session.up(data ?? {});
            }
            catch (e) {
                return session.down({ message: e.message });
            }
        }));
    }
    renderMetrics() {
        return this.metrics.render();
    }
};
__decorate([
    (0, common_1.Get)('health'),
    (0, terminus_1.HealthCheck)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], HealthController.prototype, "check", null);
__decorate([
    (0, common_1.Get)('metrics'),
    (0, common_1.Header)('content-type', 'text/plain; version=0.0.4'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", String)
], HealthController.prototype, "renderMetrics", null);
HealthController = __decorate([
    (0, common_1.Controller)(),
    __param(2, (0, common_1.Inject)(exports.DEPENDENCY_PROBES)),
    __metadata("design:paramtypes", [terminus_1.HealthCheckService,
        terminus_1.HealthIndicatorService, Object, metrics_1.MetricsRegistry])
], HealthController);
function withTimeout(p, ms, name) {
    let timer;
    return Promise.race([
        p.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
        }),
    ]);
}
let HealthModule = HealthModule_1 = class HealthModule {
    static forProbes(probes, metrics) {
        return {
            module: HealthModule_1,
            imports: [terminus_1.TerminusModule.forRoot({ logger: false })],
            controllers: [HealthController],
            providers: [
                { provide: exports.DEPENDENCY_PROBES, useValue: probes },
                { provide: metrics_1.MetricsRegistry, useValue: metrics },
            ],
            exports: [metrics_1.MetricsRegistry],
        };
    }
};
exports.HealthModule = HealthModule;
exports.HealthModule = HealthModule = HealthModule_1 = __decorate([
    (0, common_1.Module)({})
], HealthModule);
//# sourceMappingURL=health.module.js.map