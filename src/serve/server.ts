/**
 * The `nocollapse serve` dashboard server, on node:http only. It serves three things and nothing else:
 * its own static page (src/serve/static, found from src/ or dist/), the vendored Vega/Vega-Lite browser builds,
 * and regular files under the runs folder; plus a JSON API and a server-sent-event stream of live run updates.
 *
 * Path handling is deliberately strict: the raw path is split into segments *before* percent-decoding, and any
 * decoded segment that is empty, ".", "..", or contains "/", "\" or NUL is a 400 — so `/../`, `%2e%2e`, `%2f` and
 * absolute-path tricks never reach the file system. Static files are a fixed allow-list read into memory at
 * start-up; files under the runs folder are opened through src/util/safe-read.ts (regular files whose real path is
 * inside the folder, never a FIFO or a device) and streamed from the open descriptor.
 *
 * Who may ask: every request's Host header must be an allowed name (DNS-rebinding guard), and when the server listens
 * beyond loopback a random token is required too (`?token=` once, then a cookie), as Jupyter and TensorBoard do.
 * No request can end the server: every stream has an error handler, a failure is answered (or the connection cut,
 * when headers went out already) and logged.
 */
import { createReadStream, closeSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isIP, type AddressInfo, type Socket } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { extname, join, resolve } from "node:path";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { InputError } from "../util/errors.js";
import { openRegularFile, RefusedFileError } from "../util/safe-read.js";
import { packageRoot, vendorScripts } from "../report/assets.js";
import { emptyDashboardSpecs } from "../report/specs.js";
import type { HistoryLimits } from "./history.js";
import { RunsWatcher, type WatcherEvent } from "./watcher.js";

/** Options of {@link startDashboard}. */
export interface DashboardOptions {
  /** Folder whose sub-folders are runs. */
  runsDir: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the dashboard is local unless asked otherwise. */
  host?: string;
  /** How often run folders are polled, ms (default 200). */
  pollMs?: number;
  /**
   * A token every request must carry (`?token=...`, then the cookie the server sets, or `Authorization: Bearer`):
   * a string, true for a random one, false for none. Default: a random token when `host` is not a loopback
   * address, none on loopback.
   */
  token?: string | boolean;
  /** Host header names accepted besides loopback names and the listening address; "*" accepts any. */
  allowHosts?: string[];
  /** Budgets of the history each new client gets (see src/serve/history.ts). */
  history?: HistoryLimits;
  /** Event-stream clients at once; more get a 503 (default 256). */
  maxClients?: number;
}

/** A running dashboard. */
export interface Dashboard {
  /** The address to open, token included: names the listening address (this host's name for 0.0.0.0 / ::). */
  url: string;
  /** A loopback URL, token included, when the server also listens on loopback; else null. */
  localUrl: string | null;
  port: number;
  /** The address listened on, as given. */
  host: string;
  /** Whether other machines can reach the server (it listens beyond loopback). */
  exposed: boolean;
  /** The token requests need, or null. */
  token: string | null;
  /** Host header names accepted ("*": any). */
  allowedHosts: string[];
  server: Server;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".log": "text/plain; charset=utf-8",
};

/** Headers of every response: nothing is cached, sniffed, framed elsewhere, or leaks the URL (token) as a referrer. */
const COMMON = { "cache-control": "no-store", "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" };

/** An event-stream client whose unsent backlog passes this is dropped (its browser reconnects to a fresh snapshot). */
const MAX_BACKLOG = 8 << 20;

/** Where the static page lives: in the source tree, which ships with the package (dist/ has only compiled TS). */
export function staticDir(): string {
  return join(packageRoot(), "src", "serve", "static");
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Splits a raw URL path into decoded, safe segments, or throws a 400. Exported for tests. */
export function safeSegments(rawPath: string): string[] {
  if (!rawPath.startsWith("/")) throw new HttpError(400, "bad path");
  const parts = rawPath.slice(1).split("/");
  if (parts.length === 1 && parts[0] === "") return [];
  return parts.map((p) => {
    let d: string;
    try {
      d = decodeURIComponent(p);
    } catch {
      throw new HttpError(400, "bad percent-encoding");
    }
    if (d === "" || d === "." || d === ".." || /[/\\\0]/.test(d)) throw new HttpError(400, "bad path segment");
    return d;
  });
}

/**
 * Whether `host` (an address or name to listen on) is loopback only: localhost, 127.0.0.0/8, ::1.
 *
 * @example
 * isLoopbackHost("127.0.0.1") // true
 * isLoopbackHost("0.0.0.0")   // false: every interface
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.startsWith("::ffff:") ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/** The host part of a Host header, lower-case, without port or IPv6 brackets ("" when absent or malformed). */
export function hostOfHeader(header: string | undefined): string {
  const h = (header ?? "").trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    return end > 0 ? h.slice(1, end) : "";
  }
  return h.replace(/:\d*$/, "");
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];

/** Host header names a server listening on `host` answers to, besides `extra`. */
function allowedHostNames(host: string, extra: string[]): string[] {
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((e) => hostOfHeader(e) || e.toLowerCase())]);
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "0.0.0.0" || h === "::" || h === "") {
    // Every interface: this machine's names and addresses.
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(a.address.toLowerCase());
  } else names.add(h);
  return [...names];
}

function send(res: ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8", extra: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), ...COMMON, ...extra });
  res.end(body);
}

/** Streams an open file (`size` bytes from offset 0) and closes it, whatever happens to the file or the client. */
export function streamOpenFile(req: IncomingMessage, res: ServerResponse, fd: number, size: number, type: string): void {
  res.writeHead(200, { "content-type": type, "content-length": size, ...COMMON });
  if (req.method === "HEAD" || size === 0) {
    closeSync(fd);
    res.end();
    return;
  }
  // `end` bounds the read to the size announced, should the file grow meanwhile. A file that shrank under the read
  // (truncated, or a read error) cannot honour the announced length: the connection is cut rather than left to wait
  // for bytes that never come. A vanished client stops the read and closes the file.
  const stream = createReadStream("", { fd, start: 0, end: size - 1, autoClose: true });
  let sent = 0;
  stream.on("data", (chunk: string | Buffer) => {
    sent += chunk.length;
    if (!res.write(chunk)) {
      stream.pause();
      res.once("drain", () => stream.resume());
    }
  });
  stream.on("end", () => {
    if (sent === size) res.end();
    else res.destroy();
  });
  stream.on("error", (err) => {
    process.stderr.write(`serve: ${req.url}: ${err.message}\n`);
    res.destroy();
  });
  res.on("close", () => stream.destroy());
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

function resolveToken(t: DashboardOptions["token"], exposed: boolean): string | null {
  if (typeof t === "string") {
    if (!/^[\x21-\x7e]{1,256}$/.test(t)) throw new InputError("--token", "expected 1–256 printable characters without spaces");
    return t;
  }
  if (t === false) return null;
  return t === true || exposed ? randomBytes(24).toString("base64url") : null;
}

/**
 * Starts the dashboard. Resolves once listening; rejects with an {@link InputError} naming `--port` when the
 * port is taken or out of range, or `--host` when the address cannot be listened on (the CLI prints one line and
 * exits 2).
 *
 * @example
 * const d = await startDashboard({ runsDir: "runs", port: 8080 });
 * console.log(`dashboard: ${d.url}`);
 * // ... later
 * await d.close();
 */
export async function startDashboard(opts: DashboardOptions): Promise<Dashboard> {
  const host = opts.host ?? "127.0.0.1";
  const wantedPort = opts.port ?? 8080;
  if (!Number.isInteger(wantedPort) || wantedPort < 0 || wantedPort > 65535) throw new InputError("--port", `expected a port number 0–65535, got ${wantedPort}`);
  let root: string;
  try {
    root = realpathSync(resolve(opts.runsDir));
  } catch {
    throw new InputError("--runs", `no such folder: ${opts.runsDir}`);
  }
  if (!statSync(root).isDirectory()) throw new InputError("--runs", `not a folder: ${root}`);
  const exposed = !isLoopbackHost(host);
  const token = resolveToken(opts.token, exposed);
  const allowAny = (opts.allowHosts ?? []).includes("*");
  const allowed = allowAny ? ["*"] : allowedHostNames(host, opts.allowHosts ?? []);
  const allowedSet = new Set(allowed);

  // Static files: read once, so a request never touches the file system for them.
  const assets = new Map<string, { body: Buffer; type: string }>();
  const addAsset = (name: string, path: string): void => {
    assets.set(name, { body: readFileSync(path), type: MIME[extname(path)] ?? "application/octet-stream" });
  };
  for (const f of readdirSync(staticDir(), { withFileTypes: true })) if (f.isFile()) addAsset(f.name, join(staticDir(), f.name));
  const vendor = vendorScripts();
  addAsset("vega.min.js", vendor.vega);
  addAsset("vega-lite.min.js", vendor.vegaLite);
  const specs = JSON.stringify(emptyDashboardSpecs());

  const watcher = new RunsWatcher(root, opts.pollMs ?? 200, { history: opts.history });
  const clients = new Set<ServerResponse>();
  const maxClients = opts.maxClients ?? 256;
  // One JSON text per watcher state, as one Buffer that every client connecting in that state is sent (sockets
  // hold a reference, not a copy): N clients cost one build and one copy in memory.
  let cached: { version: number; body: Buffer } | null = null;
  const snapshotBody = (): Buffer => {
    if (!cached || cached.version !== watcher.version) cached = { version: watcher.version, body: Buffer.from(JSON.stringify(watcher.snapshot())) };
    return cached.body;
  };
  const broadcast = (text: string): void => {
    if (clients.size === 0) return;
    const buf = Buffer.from(text); // one copy for all clients
    for (const c of clients) {
      if (c.destroyed || c.writableEnded) {
        clients.delete(c);
        continue;
      }
      if (c.writableLength > MAX_BACKLOG) {
        clients.delete(c); // a client that does not read: drop it rather than buffer for it without bound
        c.destroy();
        continue;
      }
      c.write(buf);
    }
  };
  watcher.on("event", (e: WatcherEvent) => {
    if (clients.size === 0) return;
    try {
      const payload = e.type === "lines" ? e.batch : e.type === "run" ? e.run : e.type === "reset" ? { run: e.run } : e.baseline;
      broadcast(`event: ${e.type}\ndata: ${JSON.stringify(payload)}\n\n`);
    } catch (err) {
      process.stderr.write(`serve: event ${e.type}: ${(err as Error).message}\n`);
    }
  });

  const cookieName = (port: number): string => `nocollapse-token-${port}`;
  let port = 0;

  /** Host and token checks; returns the Set-Cookie header to send when the token came in the URL. */
  const admit = (req: IncomingMessage, query: URLSearchParams): Record<string, string> => {
    // DNS-rebinding guard: a page on another site must not reach the dashboard through its own name.
    if (!allowAny && !allowedSet.has(hostOfHeader(req.headers.host))) throw new HttpError(403, "forbidden host (allow it with serve --allow-host NAME)");
    if (token === null) return {};
    const fromQuery = query.get("token");
    if (fromQuery !== null && tokensEqual(fromQuery, token)) {
      return { "set-cookie": `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict` };
    }
    const auth = /^(?:bearer|token)\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const fromCookie = cookie(req, cookieName(port));
    if ((auth !== undefined && tokensEqual(auth, token)) || (fromCookie !== null && tokensEqual(fromCookie, token))) return {};
    throw new HttpError(401, "token required: open the URL that `nocollapse serve` printed (it ends in ?token=...)");
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed\n");
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : "");
    const extra = admit(req, query);
    const segs = safeSegments(q >= 0 ? raw.slice(0, q) : raw);
    const asset = (name: string): void => {
      const a = assets.get(name)!;
      res.writeHead(200, { "content-type": a.type, "content-length": a.body.length, ...COMMON, ...extra });
      res.end(req.method === "HEAD" ? undefined : a.body);
    };
    if (segs.length === 0) return asset("index.html");
    const [head, ...rest] = segs;
    if (head === "static" && rest.length === 1 && assets.has(rest[0]!)) return asset(rest[0]!);
    if (head === "api" && rest.length === 1) {
      if (rest[0] === "ping") return send(res, 200, `{"ok":true}`, MIME[".json"], extra);
      if (rest[0] === "specs") return send(res, 200, specs, MIME[".json"], extra);
      if (rest[0] === "snapshot") {
        const body = snapshotBody();
        res.writeHead(200, { "content-type": MIME[".json"]!, "content-length": body.length, ...COMMON, ...extra });
        res.end(req.method === "HEAD" ? undefined : body);
        return;
      }
      if (rest[0] === "events") {
        if (clients.size >= maxClients) throw new HttpError(503, "too many dashboard clients");
        res.writeHead(200, { "content-type": "text/event-stream", connection: "keep-alive", ...COMMON, ...extra });
        // The snapshot and the registration happen in the same tick, so no event falls between them.
        res.write("event: snapshot\ndata: ");
        res.write(snapshotBody());
        res.write("\n\n");
        clients.add(res);
        const drop = (): void => {
          clients.delete(res);
        };
        req.on("close", drop);
        res.on("close", drop);
        res.on("error", drop);
        return;
      }
    }
    if (head === "runs" && rest.length >= 1) {
      let f;
      try {
        f = openRegularFile(join(root, ...rest), { inside: root });
      } catch (e) {
        // Missing, a folder, a FIFO or device, a symlink out of DIR, unreadable: all look the same from outside.
        if (e instanceof RefusedFileError) throw new HttpError(404, "not found");
        throw e;
      }
      try {
        return streamOpenFile(req, res, f.fd, f.size, MIME[extname(f.realPath)] ?? "application/octet-stream");
      } catch (e) {
        if (!res.headersSent) closeSync(f.fd);
        throw e;
      }
    }
    throw new HttpError(404, "not found");
  };

  const server = createServer((req, res) => {
    req.on("error", () => res.destroy());
    res.on("error", () => res.destroy());
    try {
      handle(req, res);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (!(e instanceof HttpError)) process.stderr.write(`serve: ${req.url}: ${(e as Error).stack ?? e}\n`);
      if (!res.headersSent) send(res, status, `${e instanceof HttpError ? e.message : "internal error"}\n`);
      else res.destroy();
    }
  });
  // Malformed requests, resets, timeouts: answer 400 when the socket can still take it, never throw.
  server.on("clientError", (_err: Error, socket: Socket) => {
    if (socket.writable && !socket.destroyed) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else socket.destroy();
  });
  const heartbeat = setInterval(() => broadcast(": keep-alive\n\n"), 15000); // proxies and browsers drop silent streams
  heartbeat.unref();

  await new Promise<void>((ok, fail) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      if (e.code === "EADDRINUSE") fail(new InputError("--port", `port ${wantedPort} on ${host} is already in use`));
      else if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") fail(new InputError("--host", `cannot listen on ${host}`));
      else if (e.code === "EACCES") fail(new InputError("--port", `no permission to listen on port ${wantedPort}`));
      else fail(e);
    };
    server.once("error", onError);
    server.listen(wantedPort, host, () => {
      server.removeListener("error", onError);
      ok();
    });
  });
  // After start-up (EMFILE on accept, ...): log, keep serving.
  server.on("error", (e) => process.stderr.write(`serve: ${e.message}\n`));
  watcher.start();
  port = (server.address() as AddressInfo).port;
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  const wildcard = bare === "0.0.0.0" || bare === "::";
  const shown = wildcard ? hostname() : bare.includes(":") ? `[${bare}]` : bare;
  const suffix = token ? `?token=${encodeURIComponent(token)}` : "";
  const local = wildcard ? (bare === "::" ? "[::1]" : "127.0.0.1") : exposed ? null : shown;
  return {
    url: `http://${shown}:${port}/${suffix}`,
    localUrl: local === null ? null : `http://${local}:${port}/${suffix}`,
    port,
    host,
    exposed,
    token,
    allowedHosts: allowed,
    server,
    close: async () => {
      watcher.stop();
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
