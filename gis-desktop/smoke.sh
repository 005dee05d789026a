#!/usr/bin/env bash
# Smoke run of the packaged desktop under Xvfb: unpacks the application zip, starts it
# against a running GridPatrol server (signing in without the dialog), waits for the map
# and the alarms, takes screenshots into gis-desktop/target/screenshots/, and stops it.
#
#   gis-desktop/smoke.sh [--server URL] [--wait SECONDS] [--seed-alarms PGDIR] [--locale zh|en] [--walkers N] [--draw]
#                        [--account NAME]   (default sup-BS-340303, the demo district's bureau supervisor)
#                        [--basemap SPEC]   base map for the session, e.g. folder:/path/to/tiles (as -J-Dgridpatrol.basemap)
#
# --seed-alarms loads smoke/demo-alarms.sql into the server's database (a private cluster
# folder); --walkers N makes N demo officers' phones walk and upload fixes (smoke/walkers.py,
# mobile API, demo passwords) so the map shows them live when the server has the event stream;
# --draw also draws a new key area west of the district and saves it (it stays on the server).
#
# Build first: mvn -q package -pl gis-desktop/application -am
# Needs: xvfb-run, import (imagemagick), xdotool; a CJK font (fonts-wqy-zenhei) for Chinese.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
server=http://127.0.0.1:8080
wait_s=40
seed=""
locale=zh
walkers=0
draw=no
account=sup-BS-340303
basemap=""
while [ $# -gt 0 ]; do
  case "$1" in
    --server) server=$2; shift 2 ;;
    --wait) wait_s=$2; shift 2 ;;
    --seed-alarms) seed=$2; shift 2 ;;
    --locale) locale=$2; shift 2 ;;
    --walkers) walkers=$2; shift 2 ;;
    --draw) draw=yes; shift ;;
    --account) account=$2; shift 2 ;;
    --basemap) basemap=$2; shift 2 ;;
    *) echo "smoke.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
die() { echo "smoke.sh: $*" >&2; exit 1; }
for tool in xvfb-run import convert xdotool unzip curl bc; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y xvfb imagemagick xdotool unzip curl)"
done
zip=$here/application/target/gridpatrol.zip
[ -f "$zip" ] || die "no $zip: build it with mvn -q package -pl gis-desktop/application -am"
curl -fsS "$server/api/v1/health" >/dev/null || die "no healthy server at $server"
if [ -n "$seed" ]; then
  "$root/database/pg-private.sh" psql --dir "$seed" -v ON_ERROR_STOP=1 -q -f "$here/smoke/demo-alarms.sql"
fi

work=$here/target/smoke
shots=$here/target/screenshots
rm -rf "$work"
mkdir -p "$work" "$shots"
unzip -q "$zip" -d "$work"
launcher=$work/gridpatrol/bin/gridpatrol
chmod +x "$launcher"
# the main menu's Tools and Window (工具, 窗口 in Chinese are wider than their English names)
case "$locale" in
  en) lang=en_US.UTF-8; tools_x=168; window_x=213 ;;
  *) lang=zh_CN.UTF-8; tools_x=208; window_x=257 ;;
esac

basemap_arg=""
[ -z "$basemap" ] || basemap_arg="\"-J-Dgridpatrol.basemap=$basemap\""
cat >"$work/session.sh" <<INNER
#!/usr/bin/env bash
set -u
TZ=\${TZ:-Asia/Shanghai} LANG=$lang LC_ALL= setsid "$launcher" --nosplash --userdir "$work/userdir" $basemap_arg \
  >"$work/app.out" 2>&1 &
app=\$!
# the sign-in dialog: server address, account, password
dialog=""
for _ in \$(seq 1 $wait_s); do
  sleep 1
  dialog=\$(xdotool search --onlyvisible --name "登录网格巡查|Sign in to GridPatrol" 2>/dev/null | head -1)
  [ -n "\$dialog" ] && break
done
[ -n "\$dialog" ] || { echo "no sign-in dialog after $wait_s s" >&2; import -window root "$shots/failed.png"; kill -TERM -- -\$app; exit 1; }
sleep 2
# no window manager here: the fields get the keyboard by a click (offsets from the dialog's corner)
eval "\$(xdotool getwindowgeometry --shell "\$dialog")"
# the server field first (a click), then Tab to the account and the password: clicks on the
# lower fields land one row off when the dialog has no title bar
xdotool mousemove \$((X + 182)) \$((Y + 26)) click 1 sleep 0.3 key ctrl+a type --delay 20 "$server"
xdotool sleep 0.3 key Tab sleep 0.3 key ctrl+a type --delay 20 "$account"
xdotool sleep 0.3 key Tab sleep 0.3 key ctrl+a type --delay 20 "Patrol-2026!"
sleep 1
import -window root "$shots/00-sign-in-$locale.png"
xdotool mousemove \$((X + 214)) \$((Y + 149)) click 1
shown=""
for _ in \$(seq 1 $wait_s); do
  sleep 1
  if xdotool search --onlyvisible --name "GridPatrol|网格巡查" >/dev/null 2>&1; then shown=yes; break; fi
done
if [ -z "\$shown" ]; then echo "no main window after $wait_s s" >&2; import -window root "$shots/failed.png"; kill -TERM -- -\$app; exit 1; fi
sleep 12   # grids, officers and alarms load after sign-in
win=\$(xdotool search --onlyvisible --name "GridPatrol|网格巡查" | head -1)
xdotool windowsize "\$win" 1440 900 windowmove "\$win" 0 0 2>/dev/null || true
sleep 3
import -window root "$shots/01-map-and-alarms-$locale.png"
# double-click the newest alarm: the map centres on its officer; zoom in on him (wheel)
xdotool mousemove 300 740 click --repeat 2 --delay 80 1
sleep 2
xdotool mousemove 525 381 click 4 sleep 0.4 click 4
sleep 3
import -window root "$shots/01-live-officer-$locale.png"
# the lost-contact alarm (third row, seeded): the map centres on his last known position — a dashed ring
# and how long he has been silent
xdotool mousemove 300 772 click --repeat 2 --delay 80 1
sleep 3
import -window root "$shots/01-lost-contact-$locale.png"
xdotool mousemove 22 113 click 1
sleep 2
# select a grid in the middle of the map (outlined in magenta) ...
xdotool mousemove 560 380 click 1
sleep 1
import -window root "$shots/02-grid-selected-$locale.png"
# ... and edit it ("Edit Selected" in the grid editor): the map zooms to it, vertex handles show
xdotool mousemove 1181 113 click 1
sleep 4
xdotool mousemove 700 330
sleep 1
import -window root "$shots/03-grid-editing-$locale.png"
# (the editor's form: tools in two rows, then kind, name, code, org unit, reason, and 检查 保存 取消)
# drag the outline's topmost vertex 45 px north, into the neighbour, and 检查 (POST /grids/check,
# which stores nothing): the server finds the overlap and the editor paints where. The outline
# is the only purple on screen.
read -r x y < <(convert "$shots/03-grid-editing-$locale.png" -crop 1040x500+0+135 +repage -depth 8 rgb:- | python3 -c '
import sys
px = sys.stdin.buffer.read()
for i in range(0, len(px), 3):
    r, g, b = px[i], px[i + 1], px[i + 2]
    if 90 <= r <= 180 and g < 90 and b > 130:   # the purple of the edit handles, first from the top
        y, x = divmod(i // 3, 1040)
        print(x + 3, y + 135 + 4)
        break
')
echo "dragging the vertex at \$x,\$y"
xdotool mousemove \$x \$y sleep 0.3 mousedown 1 sleep 0.2 mousemove \$x \$((y - 20)) sleep 0.2 mousemove \$x \$((y - 45)) sleep 0.3 mouseup 1
sleep 1
xdotool mousemove 1250 309 click 1 sleep 0.3 type "smoke: vertex moved north"
xdotool mousemove 1088 337 click 1
sleep 8   # the server's check takes a few seconds on a busy machine
import -window root "$shots/04-server-check-$locale.png"
# Ctrl-Z with the map active takes the vertex back; so does the toolbar's Undo, from any window
xdotool mousemove 700 560 click 1 sleep 0.5 key ctrl+z
sleep 1
import -window root "$shots/05-undone-key-$locale.png"
xdotool mousemove 81 43 click 1
sleep 1
import -window root "$shots/05-undone-$locale.png"
if [ "$draw" = yes ]; then
  # 取消, 全图, 新建网格; kind 重点区域, a name; four clicks west of the district, double click closes; 保存
  # (the one step that writes to the server)
  xdotool mousemove 1209 337 click 1 sleep 1 mousemove 22 113 click 1 sleep 2 mousemove 1099 113 click 1 sleep 1
  xdotool mousemove 1269 197 click 1 sleep 0.5 key Down sleep 0.2 key Down sleep 0.2 key Return sleep 0.5
  xdotool mousemove 1269 225 click 1 sleep 0.3 type --delay 20 "smoke key area \$(date +%H%M%S)"
  xdotool mousemove 150 300 click 1 sleep 0.4 mousemove 260 300 click 1 sleep 0.4 mousemove 260 420 click 1 sleep 0.4
  xdotool mousemove 150 420 click --repeat 2 --delay 80 1
  sleep 1
  import -window root "$shots/06-new-grid-drawn-$locale.png"
  xdotool mousemove 1148 337 click 1
  sleep 4
  import -window root "$shots/07-new-grid-saved-$locale.png"
fi
# 确认… on the newest alarm with a note: POST /alarms/{id}/acknowledge, the row turns 已确认
# (状态 filter 未处理 first, so the newest alarm still open is the first row; 全部 again after)
xdotool mousemove 180 694 click 1 sleep 0.5 key Down sleep 0.3 key Return sleep 1
xdotool mousemove 300 740 click 1 sleep 0.5 mousemove 287 694 click 1
sleep 3
xdotool mousemove 718 449 click 1 sleep 0.3 type --delay 20 "smoke: seen"
import -window root "$shots/08-acknowledge-$locale.png"
xdotool mousemove 766 506 click 1
sleep 3
xdotool mousemove 180 694 click 1 sleep 0.5 key Up sleep 0.3 key Return sleep 1
import -window root "$shots/08-acknowledged-$locale.png"
# the selected alarm's replay (回放 in the alarms window): its officer's track from half an hour
# before the alarm, standing at its start; then play at 16×
xdotool mousemove 300 740 click 1 sleep 0.5 mousemove 405 694 click 1
sleep 8
import -window root "$shots/09-replay-of-alarm-$locale.png"
# then three walking officers over the last quarter of an hour: 从 (typed), officers BS0001-0003, 加载;
# 播放 at 16× (speed box: four steps down)
xdotool mousemove 311 694 click 1 sleep 0.3 key ctrl+a type --delay 20 "\$(TZ=\${TZ:-Asia/Shanghai} date -d '-15 min' '+%Y-%m-%d %H:%M')"
xdotool key Tab sleep 0.3 mousemove 933 694 click 1 sleep 0.3 key ctrl+a type --delay 20 "\$(TZ=\${TZ:-Asia/Shanghai} date -d '+1 min' '+%Y-%m-%d %H:%M')"
xdotool key Tab sleep 0.3
xdotool mousemove 41 721 click 1 sleep 0.3 keydown ctrl mousemove 41 739 click 1 mousemove 41 758 click 1 keyup ctrl sleep 0.3
xdotool mousemove 1414 694 click 1
sleep 8
import -window root "$shots/10-replay-loaded-$locale.png"
xdotool mousemove 384 727 click 1 sleep 0.5 key Down Down Down Down Return sleep 0.3 mousemove 272 727 click 1
sleep 12
import -window root "$shots/11-replay-playing-$locale.png"
# Tools ▸ 测量面积: three clicks on the map, the third a double click; the area is written beside it
xdotool mousemove $tools_x 9 click 1 sleep 1 mousemove $((tools_x + 32)) 53 click 1 sleep 0.5
xdotool mousemove 300 250 click 1 sleep 0.4 mousemove 600 250 click 1 sleep 0.4 mousemove 600 450 click --repeat 2 --delay 80 1
sleep 1
import -window root "$shots/13-measure-area-$locale.png"
# Window ▸ 组织机构: the organization explorer, bureau ▸ brigades ▸ squads ▸ officers with their status
xdotool mousemove $window_x 9 click 1 sleep 1
import -window root "$shots/12-window-menu-$locale.png"
xdotool mousemove $((window_x + 24)) 32 click 1
sleep 4
# open the bureau, its first brigade and that brigade's first squad with the keyboard
xdotool mousemove 93 102 click 1 sleep 0.5 key Right sleep 1 key Down Right sleep 1 key Down Right sleep 2
import -window root "$shots/12-organization-$locale.png"
# Tools ▸ 选项 (its last item): the GridPatrol page, server, base map, colours, sound; Escape closes it
xdotool mousemove $tools_x 9 click 1 sleep 1 mousemove $((tools_x + 7)) 129 click 1
sleep 6
import -window root "$shots/14-options-$locale.png"
xdotool key Escape
sleep 1
kill -TERM -- -\$app 2>/dev/null
for _ in \$(seq 1 20); do kill -0 \$app 2>/dev/null || break; sleep 0.5; done
kill -KILL -- -\$app 2>/dev/null || true
INNER
chmod +x "$work/session.sh"
walker=""
if [ "$walkers" -gt 0 ]; then
  python3 "$here/smoke/walkers.py" "$server" --officers "$walkers" --seconds $((wait_s + 120)) --account "$account" >"$work/walkers.out" 2>&1 &
  walker=$!
fi
status=0
xvfb-run -a -s "-screen 0 1440x900x24" "$work/session.sh" || status=$?
[ -z "$walker" ] || kill "$walker" 2>/dev/null || true
grep -E "SEVERE|Exception" "$work/app.out" | head -20 || true
echo "screenshots in $shots:"
ls -1 "$shots"
exit $status
