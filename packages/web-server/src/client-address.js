import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The browser's address for the request being handled, so the app's calls to
 * the API can forward it (X-Forwarded-For) and the API's per-IP sign-in limits
 * count browsers rather than this server. Kept on globalThis under a registered
 * symbol because the app's server build bundles its own copy of this module:
 * both copies must share one store.
 */
const KEY = Symbol.for("@cetr/web-server.clientAddress");

/** @returns {AsyncLocalStorage<string>} */
function storage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<string> | undefined>} */ (globalThis);
  let store = holder[KEY];
  if (!store) {
    store = new AsyncLocalStorage();
    holder[KEY] = store;
  }
  return store;
}

/**
 * Runs `fn` (and everything it starts) with `address` as the client's.
 * @template T
 * @param {string} address
 * @param {() => T} fn
 * @returns {T}
 */
export function runWithClientAddress(address, fn) {
  return storage().run(address, fn);
}

/**
 * The address of the browser whose request is being handled, or null outside
 * one (a development server, a test).
 * @returns {string | null}
 */
export function currentClientAddress() {
  return storage().getStore() ?? null;
}

/**
 * Express middleware: everything after it runs with `req.ip` as the client's
 * address. `req.ip` follows the app's "trust proxy" setting, so a header a
 * browser made up is ignored unless this app sits behind a proxy it trusts.
 * @param {import("node:http").IncomingMessage & { ip?: string }} req
 * @param {unknown} _res
 * @param {() => void} next
 */
export function clientAddressMiddleware(req, _res, next) {
  const address = req.ip ?? req.socket.remoteAddress;
  if (!address) return next();
  runWithClientAddress(plainAddress(address), () => next());
}

/**
 * "::ffff:192.0.2.1" (how a dual-stack socket reports an IPv4 peer) as
 * "192.0.2.1", so one browser is one bucket at the API however we listen.
 * @param {string} address
 */
export function plainAddress(address) {
  return address.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
}

/**
 * TRUST_PROXY as Express's "trust proxy" (the same syntax the API reads):
 * unset or "false" trusts nobody, so the address is the TCP peer; "true"
 * trusts every hop; a number trusts that many; anything else is a
 * comma-separated list of addresses, subnets or "loopback"/"uniquelocal".
 * @param {string | undefined} value
 * @returns {boolean | number | string}
 */
export function parseTrustProxy(value) {
  const v = (value ?? "").trim();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}
