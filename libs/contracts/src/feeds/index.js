"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.FEEDS = void 0;
const topics_1 = require("../topics");
const court_filing_v1_1 = require("./court-filing.v1");
const petition_v1_1 = require("./petition.v1");
const police110_incident_v1_1 = require("./police110-incident.v1");
__exportStar(require("./court-filing.v1"), exports);
__exportStar(require("./petition.v1"), exports);
__exportStar(require("./police110-incident.v1"), exports);
exports.FEEDS = {
    police110: {
        source: 'police110',
        topic: topics_1.Topic.Police110Incident,
        deadLetterTopic: topics_1.Topic.Police110IncidentDead,
        schemaVersion: 1,
        schema: police110_incident_v1_1.Police110IncidentV1,
        title: '110 dispatch incident (接处警)',
        keyRule: 'the incident number (警情编号), so every revision of one incident stays in order on one partition',
    },
    court: {
        source: 'court',
        topic: topics_1.Topic.CourtFiling,
        deadLetterTopic: topics_1.Topic.CourtFilingDead,
        schemaVersion: 1,
        schema: court_filing_v1_1.CourtFilingV1,
        title: 'court filing (法院立案)',
        keyRule: 'the case number (案号), so every revision of one case stays in order on one partition',
    },
    petition: {
        source: 'petition',
        topic: topics_1.Topic.Petition,
        deadLetterTopic: topics_1.Topic.PetitionDead,
        schemaVersion: 1,
        schema: petition_v1_1.PetitionV1,
        title: 'petition (信访)',
        keyRule: 'the petition number (信访件编号), so every revision of one petition stays in order on one partition',
    },
};
//# sourceMappingURL=index.js.map