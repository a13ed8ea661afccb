// Types for bin/build.js, which runs before anything is compiled and so is plain JavaScript.
export declare const root: string;
export declare const dist: string;
export declare const snapshotFile: string;
export declare function isBuilt(): boolean;
export declare function build(): string | undefined;
export declare function snapshotBundledKb(): Promise<boolean>;
export declare function ensureBuilt(say?: (message: string) => void): Promise<boolean>;
