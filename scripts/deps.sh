#!/usr/bin/env bash
# Installs the Debian 12 packages ergraph needs to build and test, when they
# are missing. Safe to run again: it only calls apt-get for what is absent.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libigraph-dev libxml2-dev libgraphviz-dev graphviz
  libjansson-dev libutf8proc-dev libcsv-dev libcmocka-dev
  librsvg2-dev libcairo2-dev poppler-utils
  python3 python3-igraph python3-networkx
  chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "ergraph: installing missing packages: ${missing[*]}" >&2
  if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
  else
    SUDO=
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
