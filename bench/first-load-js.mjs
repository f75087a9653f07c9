// First-load JS per App Router route, from the build output (Next 16 no longer prints it).
// Usage: node scripts/first-load-js.mjs [.next]   (run after `next build`)
// Counts: rootMainFiles (framework/runtime, shared by every route) + the route's entryJSFiles
// (layouts + page) from its client-reference manifest. Excludes polyfillFiles (nomodule,
// not loaded by modern browsers) and chunks loaded later by next/dynamic or import().
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = process.argv[2] ?? ".next";
const build = JSON.parse(fs.readFileSync(path.join(dist, "build-manifest.json"), "utf8"));
const routes = JSON.parse(fs.readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8"));
const size = new Map();
function sizes(file) {
  if (!size.has(file)) {
    const buf = fs.readFileSync(path.join(dist, file));
    size.set(file, { raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length, br: zlib.brotliCompressSync(buf).length });
  }
  return size.get(file);
}
const sum = (files) => files.map(sizes).reduce((a, s) => ({ raw: a.raw + s.raw, gz: a.gz + s.gz, br: a.br + s.br }), { raw: 0, gz: 0, br: 0 });
const kB = (n) => (n / 1024).toFixed(1).padStart(7);

const shared = [...new Set(build.rootMainFiles)];
const rows = [];
for (const [entry, route] of Object.entries(routes)) {
  if (!entry.endsWith("/page")) continue; // skip route handlers
  const manifestFile = path.join(dist, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!fs.existsSync(manifestFile)) continue;
  globalThis.self = globalThis;
  globalThis.__RSC_MANIFEST = {};
  (0, eval)(fs.readFileSync(manifestFile, "utf8"));
  const m = globalThis.__RSC_MANIFEST[entry];
  const files = new Set(shared);
  for (const [seg, list] of Object.entries(m.entryJSFiles ?? {})) {
    if (seg.includes("builtin/global-error")) continue;
    for (const f of list) files.add(f);
  }
  const all = sum([...files]);
  const own = sum([...files].filter((f) => !shared.includes(f)));
  rows.push({ route, ...all, ownGz: own.gz, n: files.size });
}
const s = sum(shared);
console.log(`shared by all (rootMainFiles, ${shared.length} files): raw ${kB(s.raw)} kB  gzip ${kB(s.gz)} kB  br ${kB(s.br)} kB`);
console.log("route".padEnd(24) + "files    raw kB   gzip kB    br kB   route-only gzip kB");
for (const r of rows.sort((a, b) => a.route.localeCompare(b.route)))
  console.log(r.route.padEnd(24) + String(r.n).padStart(5) + kB(r.raw).padStart(10) + kB(r.gz).padStart(10) + kB(r.br).padStart(9) + kB(r.ownGz).padStart(12));
