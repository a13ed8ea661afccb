import type { Hash } from 'node:crypto';

export declare function hashFile(hash: Hash, base: string, file: string): void;
export declare function hashTree(hash: Hash, base: string, dir: string): void;
