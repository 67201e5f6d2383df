#!/usr/bin/env bash
# Fails when the program's classes use a Java module that installer/modules.txt (the bundled runtime's list)
# does not name: jdeps finds what the jar and its libraries refer to. Run by .ci/run after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jdeps" ]; then jdk=$JAVA_HOME
else jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")"); fi
libs=target/installer/input/lib
[ -d "$libs" ] || { echo "先运行 installer/build.sh（找不到 $libs）" >&2; exit 1; }
needed=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$libs/*" target/installer/input/annalist.jar | tail -n 1)
missing=()
for m in ${needed//,/ }; do
  grep -qx "$m" installer/modules.txt || missing+=("$m")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installer/modules.txt 缺少程序用到的模块：${missing[*]}" >&2
  exit 1
fi
echo "installer/modules.txt 包含程序用到的全部模块（$needed）" >&2
