/** Types of bundle.mjs for the TypeScript tests that use it. */
export declare const ESM_BANNER: string;
export declare function bundle(entryFile: string, outDir: string): Promise<void>;
