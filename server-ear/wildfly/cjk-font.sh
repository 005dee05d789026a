#!/usr/bin/env bash
# Makes sure a CJK font for PDF reports is installed (Debian fonts-wqy-zenhei), as
# pg-private.sh does for PostGIS: installs it with apt-get when it runs as root, otherwise
# prints the command. Prints the font file found. The server looks at the same paths, or at
# -Dgridpatrol.report.font.
set -uo pipefail
fonts=(/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
       /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc /usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc)
found() { for f in "${fonts[@]}"; do [ -r "$f" ] && { echo "$f"; return 0; }; done; return 1; }
found && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "cjk-font: no CJK font for PDF reports; install one with: sudo apt-get install -y fonts-wqy-zenhei" >&2
  exit 1
fi
echo "cjk-font: installing fonts-wqy-zenhei with apt-get" >&2
apt-get install -y -q fonts-wqy-zenhei >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1; apt-get install -y -q fonts-wqy-zenhei >/dev/null 2>&1; }
found || { echo "cjk-font: fonts-wqy-zenhei did not install; PDF reports will answer 503" >&2; exit 1; }
