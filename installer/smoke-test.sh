#!/usr/bin/env bash
# Runs the packaged program (installer/build.sh's app image) as a user would, with no JDK on the PATH, no
# JAVA_HOME and — where the kernel allows a network namespace — no network at all:
#   1. --version;  2. demo into a temporary folder (archive, import, typesetting to PDF with the shipped fonts);
#   3. import of a GBK-encoded text file (the runtime's jdk.charsets);  4. the desktop window under Xvfb, with a
#   screenshot.  Any failure stops with a message; CI runs this after the tests (.ci/run).
#
#   installer/smoke-test.sh [target/installer/Annalist]
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(readlink -f "${1:-target/installer/Annalist}")
[ -x "$app/bin/annalist-cli" ] || { echo "找不到打包好的程序 $app/bin/annalist-cli（先运行 installer/build.sh）" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/annalist-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

# no JDK: an empty environment, a PATH with no java in it; offline: a network namespace of our own
offline=()
if unshare -rn true 2>/dev/null; then offline=(unshare -rn)
elif [ "${CI:-}" = true ]; then echo "CI=true: 无法建立隔离网络（unshare -rn）" >&2; exit 1
else echo "注意：无法隔离网络（unshare -rn 不可用），在联网状态下测试" >&2; fi
run() { "${offline[@]}" env -i HOME="$work/home" PATH=/nonexistent LANG=C.UTF-8 "$@"; }

echo "== 1. 版本" >&2
run "$app/bin/annalist-cli" --version | tee "$work/version.txt"
grep -q '^Annalist [0-9]' "$work/version.txt" || { echo "版本信息不对" >&2; exit 1; }

echo "== 2. 示范档案与排版" >&2
run "$app/bin/annalist-cli" --data "$work/data" demo > "$work/demo.txt"
tail -n 2 "$work/demo.txt" >&2
for pdf in "$work/data/排版/demo-nianjian-2022.pdf" "$work/data/排版/demo-wenshi-1.pdf"; do
  [ -s "$pdf" ] || { echo "示范排版没有生成 $pdf" >&2; exit 1; }
  if command -v pdffonts >/dev/null; then
    # every font embedded (the emb column says yes)
    if pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit bad }'; then :; else
      echo "$pdf 中有未嵌入的字体" >&2; pdffonts "$pdf" >&2; exit 1; fi
  elif [ "${CI:-}" = true ]; then echo "CI=true: 缺少 pdffonts（poppler-utils）" >&2; exit 1; fi
done

echo "== 3. 导入 GBK 编码的文本" >&2
# a seed of the demo archive that GBK can hold whole (iconv fails on a character GBK lacks: the test then says so)
seed=archive/seeds/work-review-wudang-cppcc-2022.txt
iconv -f UTF-8 -t GBK "$seed" > "$work/gbk.txt"
run "$app/bin/annalist-cli" --data "$work/data" import "$work/gbk.txt" > "$work/import.txt"
cat "$work/import.txt" >&2
run "$app/bin/annalist-cli" --data "$work/data" list > "$work/list.txt"
grep -q "乌当" "$work/list.txt" || { echo "GBK 文件导入后在档案树中找不到（乌当）" >&2; exit 1; }

echo "== 4. 桌面窗口（Xvfb）" >&2
if command -v xvfb-run >/dev/null; then
  ANNALIST_CONFIG="$work/config" "${offline[@]}" env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    ANNALIST_CONFIG="$work/config" \
    xvfb-run -a -s "-screen 0 1280x720x24" "$app/bin/Annalist" desktop --data "$work/data" \
    --screenshot "$work/window.png" --exit
  [ -s "$work/window.png" ] || { echo "桌面窗口没有截图" >&2; exit 1; }
  mkdir -p target/installer && cp "$work/window.png" target/installer/smoke-window.png
  echo "截图：target/installer/smoke-window.png" >&2
elif [ "${CI:-}" = true ]; then echo "CI=true: 缺少 xvfb-run（apt-get install xvfb libgtk-3-0）" >&2; exit 1
else echo "注意：没有 xvfb-run，未测试桌面窗口" >&2; fi
echo "打包的程序运行正常：$app" >&2
