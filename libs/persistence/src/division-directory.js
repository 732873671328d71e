"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoredDivisionDirectory = void 0;
/** The divisions the hub serves, loaded once at start-up (a few thousand codes) and refreshed on demand. */
class StoredDivisionDirectory {
    pool;
    codes = new Set();
    constructor(pool) {
        this.pool = pool;
    }
    async refresh() {
        const { rows } = await this.pool.query('SELECT code FROM division');
        this.codes = new Set(rows.map((r) => r.code));
        return this.codes.size;
    }
    isKnown(divisionCode) {
        return this.codes.has(divisionCode);
    }
}
exports.StoredDivisionDirectory = StoredDivisionDirectory;
//# sourceMappingURL=division-directory.js.map