#!/usr/bin/env bash
# Runs every FletActors test on a fresh machine: installs what the tests need (Debian packages, node packages),
# builds the solution in Release, runs each test project and the browser client's own tests, and prints one
# closing line "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

apt_packages=(python3-grpcio python3-protobuf protobuf-compiler chromium fonts-dejavu-core)
# kubectl renders k8s/ for FletActors.Deployment.Tests; where the machine has none, Debian ships it as kubernetes-client.
command -v kubectl >/dev/null 2>&1 || apt_packages+=(kubernetes-client)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing_apt_packages() {
  local missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_node_packages() {
  local lock
  while IFS= read -r lock; do
    local dir; dir="$(dirname "$lock")"
    echo "==> npm install (locked versions) in ${dir#"$root"/}"
    # Not `npm ci`: it insists on lock entries for every platform's optional binaries (esbuild, rollup, buf), and a
    # registry may not carry all of them. `install --no-save` takes the locked versions and leaves the lock as it is.
    (cd "$dir" && npm install --no-save --no-audit --no-fund --loglevel=error)
  done < <(find "$root/clients" "$root/tests" -name package-lock.json -not -path '*/node_modules/*' 2>/dev/null | sort)
}

install_missing_apt_packages
install_node_packages

echo "==> building"
dotnet build "$root/FletActors.sln" -c Release -nologo -clp:ErrorsOnly

passed=0; failed=0; status=0
results="$(mktemp -d)"
for project in $(find "$root/tests" -name '*.Tests.csproj' | sort); do
  name="$(basename "$project" .csproj)"
  echo "==> $name"
  log="$results/$name.log"
  if dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log"; then :; else status=1; fi
  # "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42"
  line="$(grep -E 'Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1 || true)"
  if [ -n "$line" ]; then
    passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
    failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")))
  else
    echo "!! $name produced no test summary"; failed=$((failed + 1)); status=1
  fi
done

if [ -f "$root/clients/web/package.json" ]; then
  echo "==> clients/web"
  log="$results/web.log"
  if (cd "$root/clients/web" && npm test --silent) 2>&1 | tee "$log"; then :; else status=1; fi
  # vitest: "Tests  12 passed | 1 failed (13)"; node --test: "# pass 12" / "# fail 1"
  wp="$(grep -Eo 'Tests +[0-9]+ passed' "$log" | grep -Eo '[0-9]+' | tail -n 1 || true)"
  wf="$(grep -Eo '[0-9]+ failed' "$log" | grep -Eo '[0-9]+' | tail -n 1 || true)"
  [ -z "$wp" ] && wp="$(grep -Eo '^# pass [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -n 1 || true)"
  [ -z "$wf" ] && wf="$(grep -Eo '^# fail [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -n 1 || true)"
  passed=$((passed + ${wp:-0})); failed=$((failed + ${wf:-0}))
fi

echo
echo "${passed} passed, ${failed} failed"
exit $status
