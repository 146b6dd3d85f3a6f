/**
 * Wraps a command action so that an expected failure (no such file, database unreachable, a bad
 * package) prints one `error:` line and sets exit code 1 instead of a stack trace.
 */
export function failCleanly<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (e) {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  };
}
