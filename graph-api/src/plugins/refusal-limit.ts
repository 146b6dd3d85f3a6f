/**
 * A per-client budget of refused requests. Refusing a hostile document is cheap but not free: it
 * is read, parsed and validated first (0.4–2.5 ms of the event loop each on the city schema), so
 * a client that sends nothing but refused requests on many connections takes the event loop from
 * everyone else. A client whose requests were refused (any 4xx answer) MAX_REFUSALS_PER_MINUTE
 * times within a minute gets 429 TOO_MANY_REFUSED_REQUESTS, with `Retry-After`, for the rest of
 * that minute — answered before its body is read or parsed, and only after THROTTLE_DELAY_MS, so
 * that a client that ignores Retry-After and retries at once sends at most one request a second
 * per connection instead of thousands (a prompt 429 still costs the event loop its routing and
 * writing). Only refusals count: a client whose requests are valid never spends its budget,
 * however many it sends.
 *
 * Clients are told apart by address (`req.ip`): behind a load balancer set TRUST_PROXY so that
 * the address is the caller's (from `X-Forwarded-For`), not the balancer's. The budget lives in
 * each API process (rate-limiter-flexible's memory store): with N processes a client may be
 * refused up to N times the budget before all of them turn it away, which is what the limit is
 * for (the event loop of each process); nothing is shared or persisted.
 */
import type { RequestHandler } from "express";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { sendGraphqlError } from "./http-errors.js";

export const REFUSAL_WINDOW_SECONDS = 60;
/** How long a client over its budget waits for its 429. */
export const THROTTLE_DELAY_MS = 1000;

/** The middleware; with `maxPerMinute` 0 it lets everything through. */
export function refusalLimit(maxPerMinute: number): RequestHandler {
  if (maxPerMinute === 0) return (_req, _res, next) => next();
  const refusals = new RateLimiterMemory({ points: maxPerMinute, duration: REFUSAL_WINDOW_SECONDS });
  return (req, res, next) => {
    const client = req.ip ?? req.socket.remoteAddress ?? "unknown";
    refusals.get(client).then((spent) => {
      if (spent && spent.consumedPoints >= maxPerMinute) {
        const retryAfter = Math.max(1, Math.ceil(spent.msBeforeNext / 1000));
        const answer = () => {
          if (res.writableEnded || res.destroyed) return;
          res.set("Retry-After", String(retryAfter));
          sendGraphqlError(
            res,
            429,
            `Too many refused requests from this client: ${maxPerMinute} in ${REFUSAL_WINDOW_SECONDS} s (MAX_REFUSALS_PER_MINUTE); retry after ${retryAfter} s`,
            {
              code: "TOO_MANY_REFUSED_REQUESTS",
              limit: "MAX_REFUSALS_PER_MINUTE",
              max: maxPerMinute,
              retryAfterSeconds: retryAfter,
            },
          );
        };
        setTimeout(answer, THROTTLE_DELAY_MS).unref();
        return;
      }
      res.once("finish", () => {
        if (res.statusCode >= 400 && res.statusCode < 500) void refusals.penalty(client);
      });
      next();
    }, next);
  };
}
