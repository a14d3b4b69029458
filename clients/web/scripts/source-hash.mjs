// The fingerprint that ties the committed bundle in dist/ to its sources. Plain node, no dependencies, so the
// staleness check runs on a machine without node_modules.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const webRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const distDir = join(webRoot, "dist");
export const buildInfoPath = join(distDir, "BUILD-INFO.json");

const repoRoot = join(webRoot, "..", "..");

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** The inputs of the bundle: every source, the build scripts, the lock file and the wire contract. */
export function sourceFiles() {
  return [
    ...filesUnder(join(webRoot, "src")),
    join(webRoot, "scripts", "build.mjs"),
    join(webRoot, "scripts", "source-hash.mjs"),
    join(webRoot, "package-lock.json"),
    join(repoRoot, "protos", "fletactors", "v1", "session.proto"),
  ];
}

/** The outputs: everything in dist/ but the build info itself. */
export function bundleFiles() {
  return filesUnder(distDir).filter((path) => path !== buildInfoPath);
}

/**
 * sha256 over (path relative to the repository, content) pairs in path order. Line endings are normalised so a
 * checkout that converts them does not look stale.
 */
export function hashFiles(paths) {
  const hash = createHash("sha256");
  const entries = paths.map((path) => [relative(repoRoot, path).split("\\").join("/"), path]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, path] of entries) {
    const text = readFileSync(path).toString("latin1").replace(/\r\n/g, "\n");
    hash.update(`${name}\0${text.length}\0`);
    hash.update(text, "latin1");
  }
  return hash.digest("hex");
}

/** Compares the committed build info with the sources and the bundle; returns the problems found. */
export function staleness() {
  let info;
  try {
    info = JSON.parse(readFileSync(buildInfoPath, "utf8"));
  } catch (error) {
    return [`cannot read ${relative(webRoot, buildInfoPath)}: ${error.message}`];
  }
  const problems = [];
  if (info.sourcesSha256 !== hashFiles(sourceFiles())) problems.push("the sources changed since dist/ was built");
  if (info.bundleSha256 !== hashFiles(bundleFiles())) problems.push("dist/ differs from what the build wrote");
  return problems;
}
