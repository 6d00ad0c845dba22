// autocannon ships no types; only what bench/load/run.ts uses.
declare module 'autocannon' {
  type Result = { requests: { total: number }; timeouts: number; errors: number; non2xx: number };
  type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  };
  function autocannon(options: Record<string, unknown>): Instance;
  export default autocannon;
}
