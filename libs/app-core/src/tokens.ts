/** Injection tokens of the providers every hub app has that are not classes (hubCoreProviders builds them). */
export const HUB_CONFIG = Symbol('HUB_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const DATABASE = Symbol('DATABASE');
export const KAFKA = Symbol('KAFKA');
