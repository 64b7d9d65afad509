#!/usr/bin/env node
/**
 * A tiny static file server for the built add-in (dist/): the playground needs nothing but files from
 * its own origin. Plain http, GET/HEAD only, no directory listings, nothing outside the root.
 *
 *   node scripts/serve-static.mjs [dir=dist] [--port 3001] [--host 127.0.0.1]
 *
 * --port 0 picks a free port. The first line printed is `listening <url>` (tests read it).
 * Also importable: `const { url, close } = await serveStatic("dist", { port: 0 })`.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves `dir` until close(); resolves once listening. `index` is where "/" redirects. */
export async function serveStatic(
  dir,
  { port = 3001, host = "127.0.0.1", index = "/playground.html", log = false } = {},
) {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    const done = (code, text) => {
      res.writeHead(code, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(text);
      if (log) console.log(`${code} ${req.method} ${req.url}`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return done(405, "method not allowed\n");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return done(400, "bad url\n");
    }
    if (pathname === "/") {
      res.writeHead(302, { Location: index });
      return res.end();
    }
    const file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root + path.sep)) return done(403, "forbidden\n");
    let info;
    try {
      info = await stat(file);
    } catch {
      return done(404, "not found\n");
    }
    if (!info.isFile()) return done(404, "not found\n");
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": info.size,
      // A development server: always the file on disk now.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (log) console.log(`200 ${req.method} ${pathname}`);
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === "object" && address ? address.port : port}/`;
  return {
    url,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function parseArgs(argv) {
  const opts = { dir: "dist", port: 3001, host: "127.0.0.1", log: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port") opts.port = Number(argv[++i]);
    else if (a === "--host") opts.host = argv[++i];
    else if (a === "--log") opts.log = true;
    else if (a === "--help" || a === "-h") opts.help = true;
    else if (!a.startsWith("-")) opts.dir = a;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
    throw new Error("--port must be 0..65535");
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.help) {
      console.log("usage: node scripts/serve-static.mjs [dir=dist] [--port 3001] [--host 127.0.0.1] [--log]");
      process.exit(0);
    }
    const { url } = await serveStatic(opts.dir, opts);
    console.log(`listening ${url}`);
    console.log(`CustClass playground: ${url}playground.html   (Ctrl+C to stop)`);
  } catch (e) {
    console.error(`serve-static: ${e instanceof Error ? e.message : e}`);
    process.exit(e?.code === "EADDRINUSE" ? 1 : 2);
  }
}
