/** Resolves at the next animation frame with its timestamp: the step between chunks of canvas work. */
export const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));
