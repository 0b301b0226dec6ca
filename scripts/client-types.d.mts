// Types for scripts/client-types.mjs (used from the node tests).
export declare const CLIENT_TYPES_FILE: string;
export declare function clientTypes(document: unknown): Promise<string>;
