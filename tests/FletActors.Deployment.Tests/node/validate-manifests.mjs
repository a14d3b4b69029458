// Validates every object of a multi-document YAML file against the Kubernetes API schema (kubernetes-models) and
// prints them as one JSON array for the C# checks. Exit code 1 with one line per problem on stderr when any fails.
// Usage: node validate-manifests.mjs rendered.yaml
import { readFile } from "node:fs/promises";
import { parseAllDocuments } from "yaml";

const [file] = process.argv.slice(2);
const documents = parseAllDocuments(await readFile(file, "utf8"));
const objects = [];
const problems = [];

for (const [index, document] of documents.entries()) {
  if (document.errors.length > 0) {
    problems.push(`document ${index}: not YAML: ${document.errors.map((e) => e.message).join("; ")}`);
    continue;
  }

  const object = document.toJS();
  if (object === null) continue;
  const where = `document ${index} (${object.kind ?? "no kind"} ${object.metadata?.name ?? "no name"})`;
  const model = await modelOf(object);
  if (model === undefined) {
    problems.push(`${where}: no Kubernetes schema for apiVersion ${object.apiVersion}, kind ${object.kind}`);
    continue;
  }

  try {
    new model(object).validate();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }

  objects.push(object);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

console.log(JSON.stringify(objects));

// kubernetes-models lays out one module per kind: <group>/<version>/<Kind>, core kinds under v1/<Kind>.
async function modelOf({ apiVersion, kind }) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9.\/-]+$/.test(apiVersion) || !/^[A-Za-z]+$/.test(kind)) {
    return undefined;
  }

  try {
    const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
    return module[kind];
  } catch {
    return undefined;
  }
}
