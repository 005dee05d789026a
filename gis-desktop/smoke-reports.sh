#!/usr/bin/env bash
# Smoke run of the reports window under Xvfb against a running server with the demo district:
# signs in, opens Window ▸ 报表, chooses the first squad (天桥中队) in the organization tree (组织树…),
# runs its day report, takes a
# screenshot, exports the job's result as XLSX and PDF into the run's folder and checks the
# files' types. Screenshots and files in gis-desktop/target/smoke-reports/.
#
#   gis-desktop/smoke-reports.sh [--server URL] [--day YYYY-MM-DD] [--wait SECONDS]
#
# Build first: mvn -q package -pl gis-desktop/application -am. Needs xvfb-run, import, xdotool, file.
# The clicks are at fixed places of a 1440×900 screen; the menu item is the sixth of Window.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
server=http://127.0.0.1:8080
day=$(TZ=Asia/Shanghai date +%F)
wait_s=60
while [ $# -gt 0 ]; do
  case "$1" in
    --server) server=$2; shift 2 ;;
    --day) day=$2; shift 2 ;;
    --wait) wait_s=$2; shift 2 ;;
    *) echo "smoke-reports.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
die() { echo "smoke-reports.sh: $*" >&2; exit 1; }
for tool in xvfb-run import xdotool unzip curl file; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y xvfb imagemagick xdotool unzip curl file)"
done
zip=$here/application/target/gridpatrol.zip
[ -f "$zip" ] || die "no $zip: build it with mvn -q package -pl gis-desktop/application -am"
curl -fsS "$server/api/v1/health" >/dev/null || die "no healthy server at $server"
work=$here/target/smoke-reports
rm -rf "$work"
mkdir -p "$work"
unzip -q "$zip" -d "$work"
launcher=$work/gridpatrol/bin/gridpatrol
chmod +x "$launcher"

cat >"$work/session.sh" <<INNER
#!/usr/bin/env bash
set -u
TZ=Asia/Shanghai LANG=zh_CN.UTF-8 LC_ALL= setsid "$launcher" --nosplash --userdir "$work/userdir" >"$work/app.out" 2>&1 &
app=\$!
stop() { kill -TERM -- -\$app 2>/dev/null; sleep 3; kill -KILL -- -\$app 2>/dev/null || true; }
dialog=""
for _ in \$(seq 1 $wait_s); do
  sleep 1
  dialog=\$(xdotool search --onlyvisible --name "登录网格巡查|Sign in to GridPatrol" 2>/dev/null | head -1)
  [ -n "\$dialog" ] && break
done
[ -n "\$dialog" ] || { echo "no sign-in dialog" >&2; import -window root "$work/failed.png"; stop; exit 1; }
sleep 2
eval "\$(xdotool getwindowgeometry --shell "\$dialog")"
xdotool mousemove \$((X + 182)) \$((Y + 26)) click 1 sleep 0.3 key ctrl+a type --delay 20 "$server"
xdotool sleep 0.3 key Tab sleep 0.3 key ctrl+a type --delay 20 "sup-BS-340303"
xdotool sleep 0.3 key Tab sleep 0.3 key ctrl+a type --delay 20 "Patrol-2026!"
sleep 1
xdotool mousemove \$((X + 214)) \$((Y + 149)) click 1
sleep 15
win=\$(xdotool search --onlyvisible --name "GridPatrol|网格巡查" | head -1)
xdotool windowsize "\$win" 1440 900 windowmove "\$win" 0 0 2>/dev/null || true
sleep 3
# Window ▸ 报表 (窗口 in the Chinese menu bar); the org units load after sign-in
xdotool mousemove 257 9 click 1 sleep 1.5 mousemove 270 138 click 1
sleep 4
# 组织树…: the unit tree in a dialog; open the bureau and its first brigade, click its first squad, 确定
xdotool mousemove 219 113 click 1 sleep 4 mousemove 569 255 click 1 sleep 1 mousemove 588 274 click 1 sleep 1
xdotool mousemove 665 292 click 1 sleep 1
import -window root "$work/00-unit-tree.png"
xdotool mousemove 764 629 click 1 sleep 1
xdotool mousemove 463 113 click 1 sleep 0.3 key ctrl+a type --delay 20 "$day"
xdotool mousemove 540 113 click 1
sleep 1
import -window root "$work/01-report-running.png"
sleep 8
import -window root "$work/02-report-shown.png"
# 导出 XLSX… and 导出 PDF…: the file chooser's name field gets the full path
xdotool mousemove 615 113 click 1 sleep 3 mousemove 560 442 click 1 sleep 0.3 key ctrl+a type --delay 20 "$work/report.xlsx"
xdotool key Return
sleep 5
xdotool mousemove 683 113 click 1 sleep 3 mousemove 560 442 click 1 sleep 0.3 key ctrl+a type --delay 20 "$work/report.pdf"
xdotool key Return
sleep 8
import -window root "$work/03-exported.png"
stop
INNER
chmod +x "$work/session.sh"
status=0
xvfb-run -a -s "-screen 0 1440x900x24" "$work/session.sh" || status=$?
grep -E "SEVERE|Exception" "$work/app.out" | head -20 || true
for f in report.xlsx report.pdf; do
  [ -s "$work/$f" ] && echo "$f: $(file -b "$work/$f")" || { echo "$f: not saved" >&2; status=1; }
done
echo "screenshots in $work:"
ls -1 "$work"/*.png
exit $status
