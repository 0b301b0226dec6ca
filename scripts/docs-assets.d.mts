// Types for scripts/docs-assets.mjs (used from vitest.config.ts and the node tests).
export declare const ASSETS_DIR: string;
export declare const API_REFERENCE_PATH: string;
export declare const GUIDES_PATH: string;
export declare function buildDocsAssets(): { version: string; changed: string[] };
