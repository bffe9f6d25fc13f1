/**
 * The `nocollapse serve` dashboard server, on node:http only. It serves three things and nothing else:
 * its own static page (src/serve/static, found from src/ or dist/), the vendored Vega/Vega-Lite browser builds,
 * and files under the runs folder; plus a JSON API and a server-sent-event stream of live run updates.
 *
 * Path handling is deliberately strict: the raw path is split into segments *before* percent-decoding, and any
 * decoded segment that is empty, ".", "..", or contains "/", "\" or NUL is a 400 — so `/../`, `%2e%2e`, `%2f` and
 * absolute-path tricks never reach the file system. Static files are a fixed allow-list read at start-up.
 */
import { createReadStream, readdirSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { InputError } from "../util/errors.js";
import { packageRoot, vendorScripts } from "../report/assets.js";
import { emptyDashboardSpecs } from "../report/specs.js";
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
}

/** A running dashboard. */
export interface Dashboard {
  url: string;
  port: number;
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

function send(res: ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(body);
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string): void {
  const st = statSync(path);
  res.writeHead(200, {
    "content-type": MIME[extname(path)] ?? "application/octet-stream",
    "content-length": st.size,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(path).pipe(res);
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * Starts the dashboard. Resolves once listening; rejects with an {@link InputError} naming `--port` when the
 * port is taken (the CLI prints one line and exits 2).
 *
 * @example
 * const d = await startDashboard({ runsDir: "runs", port: 8080 });
 * console.log(`dashboard: ${d.url}`);
 * // ... later
 * await d.close();
 */
export async function startDashboard(opts: DashboardOptions): Promise<Dashboard> {
  const host = opts.host ?? "127.0.0.1";
  const root = realpathSync(resolve(opts.runsDir));
  if (!statSync(root).isDirectory()) throw new InputError("--runs", `not a folder: ${root}`);
  const assets = new Map<string, string>();
  for (const f of readdirSync(staticDir())) assets.set(f, join(staticDir(), f));
  const vendor = vendorScripts();
  assets.set("vega.min.js", vendor.vega);
  assets.set("vega-lite.min.js", vendor.vegaLite);
  const specs = JSON.stringify(emptyDashboardSpecs());

  const watcher = new RunsWatcher(root, opts.pollMs ?? 200);
  const clients = new Set<ServerResponse>();
  const sse = (res: ServerResponse, event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  watcher.on("event", (e: WatcherEvent) => {
    const payload = e.type === "lines" ? e.batch : e.type === "run" ? e.run : e.type === "reset" ? { run: e.run } : e.baseline;
    for (const c of clients) sse(c, e.type, payload);
  });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed\n");
    // DNS-rebinding guard: a page on another site must not reach a loopback-bound dashboard through its own name.
    const hostHeader = (req.headers.host ?? "").replace(/:\d+$/, "");
    if (LOOPBACK.has(host) && !LOOPBACK.has(hostHeader)) return send(res, 403, "forbidden host\n");
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const segs = safeSegments(q >= 0 ? raw.slice(0, q) : raw);
    if (segs.length === 0) return sendFile(req, res, assets.get("index.html")!);
    const [head, ...rest] = segs;
    if (head === "static" && rest.length === 1 && assets.has(rest[0]!)) return sendFile(req, res, assets.get(rest[0]!)!);
    if (head === "api" && rest.length === 1) {
      if (rest[0] === "specs") return send(res, 200, specs, MIME[".json"]);
      if (rest[0] === "snapshot") return send(res, 200, JSON.stringify(watcher.snapshot()), MIME[".json"]);
      if (rest[0] === "events") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
        // The snapshot and the registration happen in the same tick, so no event falls between them.
        sse(res, "snapshot", watcher.snapshot());
        clients.add(res);
        req.on("close", () => clients.delete(res));
        return;
      }
    }
    if (head === "runs" && rest.length >= 1) {
      const p = join(root, ...rest);
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        throw new HttpError(404, "not found");
      }
      // A symlink inside DIR must not lead outside it.
      if (!real.startsWith(root + sep) || !statSync(real).isFile()) throw new HttpError(404, "not found");
      return sendFile(req, res, real);
    }
    throw new HttpError(404, "not found");
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (!(e instanceof HttpError)) process.stderr.write(`serve: ${(e as Error).stack ?? e}\n`);
      if (!res.headersSent) send(res, status, `${e instanceof HttpError ? e.message : "internal error"}\n`);
      else res.end();
    }
  });
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(": keep-alive\n\n"); // proxies and browsers drop silent streams
  }, 15000);
  heartbeat.unref();

  await new Promise<void>((ok, fail) => {
    server.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE") fail(new InputError("--port", `port ${opts.port ?? 8080} on ${host} is already in use`));
      else if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") fail(new InputError("--host", `cannot listen on ${host}`));
      else if (e.code === "EACCES") fail(new InputError("--port", `no permission to listen on port ${opts.port ?? 8080}`));
      else fail(e);
    });
    server.listen(opts.port ?? 8080, host, () => ok());
  });
  watcher.start();
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    server,
    close: async () => {
      watcher.stop();
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
