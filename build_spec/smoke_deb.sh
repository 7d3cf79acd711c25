#!/usr/bin/env bash
# Package the built bundle as a .deb and make the round trip a user makes: install it with apt,
# run the installed program (as root and as an ordinary user), remove it, and check that every
# file it installed is gone. Needs root (CI runs as root) and Debian's dpkg/apt.
#   bash build_spec/smoke_deb.sh      # reuses dist/policylens/ (smoke_binary.sh built it)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

if [ "$(id -u)" != 0 ]; then echo "deb smoke: needs root (it installs and removes the package); skipped"; exit 0; fi
command -v dpkg-deb >/dev/null && command -v apt-get >/dev/null || { echo "deb smoke: not a Debian system; skipped"; exit 0; }
if dpkg -s policylens >/dev/null 2>&1; then echo "deb smoke: policylens is already installed here; remove it first"; exit 1; fi

START=$(date +%s)
SECONDS=0
[ -x dist/policylens/policylens ] || uv run python build_spec/build.py
uv run python build_spec/build.py --deb --no-build
VERSION=$(uv run python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
DEB=$REPO/dist/policylens_${VERSION}_$(dpkg --print-architecture).deb
echo "deb smoke: built $(basename "$DEB") ($(du -m "$DEB" | cut -f1) MB) in ${SECONDS}s"
dpkg-deb --field "$DEB" Package Version Architecture Installed-Size Depends Recommends

work=$(mktemp -d)
cleanup() { if dpkg-query -W policylens >/dev/null 2>&1; then dpkg --purge policylens >/dev/null; fi; rm -rf "$work"; }
trap cleanup EXIT

# Install as a user would (apt resolves Depends; Recommends, the CJK fonts, are left out here).
SECONDS=0
export DEBIAN_FRONTEND=noninteractive
if ! apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$DEB" >"$work/apt.log" 2>&1; then
  apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$DEB" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; echo "deb smoke: apt could not install the package"; exit 1; }
fi
echo "deb smoke: installed in ${SECONDS}s"
dpkg -L policylens >"$work/files"

# Where things are.
[ "$(command -v policylens)" = /usr/bin/policylens ] || { echo "deb smoke: policylens is not /usr/bin/policylens"; exit 1; }
for f in /opt/policylens/policylens /usr/share/applications/policylens.desktop /usr/share/icons/hicolor/48x48/apps/policylens.png; do
  [ -e "$f" ] || { echo "deb smoke: $f missing"; exit 1; }
done
grep -q '^Name\[zh_CN\]=' /usr/share/applications/policylens.desktop || { echo "deb smoke: the menu entry has no Chinese name"; exit 1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/policylens.desktop; fi
installed_kib=$(du -sk --apparent-size /opt/policylens | cut -f1)
echo "deb smoke: /opt/policylens holds $((installed_kib / 1024)) MiB; Installed-Size says $(( $(dpkg-query -W -f='${Installed-Size}' policylens) / 1024 )) MiB"

# Run it from elsewhere, as root and as an ordinary user (the files must be readable by anyone).
cd "$work"
policylens --version
sample=$(ls /opt/policylens/_internal/seeds/*.txt | head -1)
policylens extract "$sample" -o "$work/root.jsonl"
grep -q '"value": 8.8' "$work/root.jsonl" || { echo "deb smoke: extract output lacks the 8.8% growth"; exit 1; }
echo "deb smoke: extract gave $(wc -l <"$work/root.jsonl") indicators"
mkdir -m 777 "$work/home"
chmod 755 "$work"
# (jieba keeps its dictionary cache in /tmp/jieba.cache, owned by whoever ran first: for anyone
# else it logs "Dump cache file failed" with a traceback and goes on; harmless, but noisy)
if command -v runuser >/dev/null && id nobody >/dev/null 2>&1; then
  runuser -u nobody -- env HOME="$work/home" policylens --version
  runuser -u nobody -- env HOME="$work/home" policylens extract "$sample" -o "$work/home/user.jsonl"
  cmp -s "$work/root.jsonl" "$work/home/user.jsonl" || { echo "deb smoke: an ordinary user's extract differs"; exit 1; }
  echo "deb smoke: an ordinary user runs it too"
fi
QT_QPA_PLATFORM=offscreen policylens --smoke | tail -2
cd "$REPO"

# Remove it, and check that nothing it installed is left (folders shared with others stay).
SECONDS=0
dpkg -r policylens >/dev/null
echo "deb smoke: removed in ${SECONDS}s"
left=0
while read -r path; do
  if [ -e "$path" ] || [ -L "$path" ]; then
    if [ ! -d "$path" ] || [[ "$path" == /opt/policylens* ]]; then echo "deb smoke: left behind: $path"; left=1; fi
  fi
done <"$work/files"
for f in /opt/policylens /usr/bin/policylens /usr/share/applications/policylens.desktop; do
  if [ -e "$f" ] || [ -L "$f" ]; then echo "deb smoke: left behind: $f"; left=1; fi
done
if ls /usr/share/icons/hicolor/*/apps/policylens.png >/dev/null 2>&1; then echo "deb smoke: icons left behind"; left=1; fi
[ "$left" = 0 ] || exit 1
echo "deb smoke: removal left nothing of its $(grep -c . "$work/files") paths ($(wc -l < <(grep -v '^/opt/policylens/' "$work/files")) outside /opt/policylens)"
dpkg --purge policylens >/dev/null  # the postrm keeps it listed as removed until purged
echo "deb smoke: OK ($(( $(date +%s) - START ))s in all)"
