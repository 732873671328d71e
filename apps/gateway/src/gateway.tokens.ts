/** Injection tokens of the gateway's providers that are not classes (gateway.providers.ts builds them). */
export const HUB_CONFIG = Symbol('HUB_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const DATABASE = Symbol('DATABASE');
export const KAFKA = Symbol('KAFKA');
