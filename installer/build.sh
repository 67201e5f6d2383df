#!/usr/bin/env bash
# Builds the installed form of Annalist from the sources in one command (Linux; Windows: installer/build.ps1):
#
#   installer/build.sh            the app image: target/installer/Annalist/ (bin/Annalist, bin/annalist-cli)
#   installer/build.sh deb        the app image and a .deb package: target/installer/annalist_VERSION_amd64.deb
#
# The program comes with its own Java runtime, made by jlink from the explicit module list in
# installer/modules.txt, and with its fonts, templates and demo archive: the installed program needs no JDK and
# no network. SKIP_BUILD=1 uses target/annalist.jar as it is (CI has just built it).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-app-image}
case "$kind" in app-image|deb) ;; *) echo "用法：installer/build.sh [app-image|deb]" >&2; exit 2 ;; esac

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then jdk=$JAVA_HOME
else jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")"); fi
for tool in jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || { echo "找不到 $jdk/bin/$tool：需要 JDK 17 或更新版本（含 jlink、jpackage）" >&2; exit 1; }
done
if [ "$kind" = deb ]; then
  for tool in dpkg-deb fakeroot; do
    command -v $tool >/dev/null || { echo "制作 .deb 需要 $tool（apt-get install dpkg-dev fakeroot）" >&2; exit 1; }
  done
fi

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
jar=target/annalist.jar
manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e '$!N;s/\n //;ta' -e 'P;D')
# jpackage wants a version of numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
full_version=$(printf '%s\n' "$manifest" | sed -n 's/^Implementation-Version: //p')
version=${full_version%%-*}

out=target/installer
rm -rf "$out"
mkdir -p "$out/input/lib"
cp "$jar" "$out/input/"
# exactly the libraries the jar's manifest names (target/lib may hold older versions left by earlier builds)
for lib in $(printf '%s\n' "$manifest" | sed -n 's/^Class-Path: //p'); do cp "target/$lib" "$out/input/lib/"; done
cp -r fonts templates archive "$out/input/"

modules=$(grep -v '^#' installer/modules.txt | grep . | paste -sd, -)
echo "jlink: $modules" >&2
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$out/runtime"

# The desktop runs for hours: its heap is capped at 1 GB and given back to the system when idle (see ./annalist).
"$jdk/bin/jpackage" --type app-image --dest "$out" --name Annalist --app-version "$version" \
  --vendor "Annalist" --description "年鉴·文史编辑台 Annalist" --copyright "Annalist contributors" \
  --input "$out/input" --main-jar annalist.jar --main-class org.annalist.app.Main \
  --runtime-image "$out/runtime" \
  --java-options '-Dannalist.home=$APPDIR' \
  --java-options '-Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=30000' \
  --add-launcher annalist-cli=installer/cli.properties \
  --icon installer/annalist.png
echo "已生成：$out/Annalist（bin/Annalist 桌面程序，bin/annalist-cli 命令行）" >&2

if [ "$kind" = deb ]; then
  "$jdk/bin/jpackage" --type deb --dest "$out" --app-image "$out/Annalist" --name Annalist --app-version "$version" \
    --vendor "Annalist" --description "年鉴·文史编辑台 Annalist" \
    --linux-package-name annalist --linux-deb-maintainer "annalist@localhost" \
    --linux-menu-group Office --linux-app-category editors --linux-shortcut \
    --file-associations installer/backup-association.properties \
    --icon installer/annalist.png
  ls "$out"/*.deb >&2
fi
