/** See heap-cap.js. */
export declare const HEAP_CAP_MB: number;
export declare const HEAP_FLAG: string;
