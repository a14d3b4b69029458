// Bundles the browser client into dist/ (npm run build): fletactors.js, styles.css and index.html, then records
// the sources' fingerprint in dist/BUILD-INFO.json. No source maps: with the protobuf runtime they would outweigh
// the bundle itself.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildInfoPath, bundleFiles, distDir, hashFiles, sourceFiles, webRoot } from "./source-hash.mjs";

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });

await build({
  entryPoints: { fletactors: join(webRoot, "src", "main.ts"), styles: join(webRoot, "src", "styles", "index.css") },
  outdir: distDir,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020", "chrome90", "firefox90", "safari15"],
  legalComments: "none",
  logLevel: "warning",
});
copyFileSync(join(webRoot, "src", "index.html"), join(distDir, "index.html"));

const info = {
  sourcesSha256: hashFiles(sourceFiles()),
  bundleSha256: hashFiles(bundleFiles()),
  note: "Written by npm run build; npm run check-stale compares it with the sources.",
};
writeFileSync(buildInfoPath, `${JSON.stringify(info, null, 2)}\n`);
console.log(`built ${distDir}`);
