/** See heap-cap.js. */
export declare const HEAP_CAP_MB: number;
export declare const HEAP_FLAG: string;
export declare const ANALYZE_HEAP_CAP_MB: number;
export declare function heapFlagFor(command: string | undefined): string;
