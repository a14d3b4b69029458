// Fails when the committed bundle in dist/ is stale against its sources (npm run check-stale).
import { staleness } from "./source-hash.mjs";

const problems = staleness();
if (problems.length > 0) {
  console.error(`clients/web/dist is stale: ${problems.join("; ")}. Run npm run build in clients/web.`);
  process.exit(1);
}
console.log("clients/web/dist is up to date with its sources.");
