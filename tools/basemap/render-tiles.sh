#!/usr/bin/env bash
# Renders the demo district's offline base map: MapServer draws the district's area and its streets
# from a GridPatrol database into web-mercator tiles OUT/z/x/y.png, for the zoom levels given (default
# 9-16: 180 tiles; 9-17: 617), over the district's extent. The desktop shows the folder with
# -J-Dgridpatrol.basemap=folder:OUT. Repeatable: an OUT holding .complete for the same zooms is kept.
#
#   tools/basemap/render-tiles.sh --dir DIR --out OUT [--zooms 9-16] [--jobs 2]
#   DIR: the folder of database/pg-private.sh (its env names the database)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
die() { echo "render-tiles: $*" >&2; exit 1; }
dir=""; out=""; zooms="9-16"; jobs=2
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --zooms) zooms=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[ -n "$dir" ] && [ -f "$dir/env" ] || die "--dir DIR of a started database/pg-private.sh cluster is required"
[ -n "$out" ] || die "--out OUT is required"
zmin=${zooms%-*}; zmax=${zooms#*-}
if [ -f "$out/.complete" ] && [ "$(cat "$out/.complete")" = "$zooms" ]; then
  echo "base map tiles already in $out (zooms $zooms)"; exit 0
fi
mapserv=$("$here/ensure-mapserver.sh" | tail -n 1)
get() { sed -n "s/^$1=//p" "$dir/env"; }
conn="host=$(get GP_DB_HOST) port=$(get GP_DB_PORT) dbname=$(get GP_DB_NAME) user=$(get GP_DB_USER) password=$(get GP_DB_PASSWORD)"
mkdir -p "$out"
work=$(cd "$out/.." && pwd)/basemap-work
mkdir -p "$work"
sed -e "s|@CONNECTION@|$conn|" -e "s|@ROADS@|$root/database/demo/roads.geojson|" -e "s|@ONLINE@|file://$work/|" "$here/demo.map.in" >"$work/demo.map"
printf 'CONFIG\n  ENV\n    MS_MAPFILE "%s"\n  END\nEND\n' "$work/demo.map" >"$work/mapserver.conf"
chmod 600 "$work/demo.map"

# the district's extent, with a margin so the edges of the view are not bare
extent=$(PGPASSWORD=$(get GP_DB_PASSWORD) psql -X -q -A -t -h "$(get GP_DB_HOST)" -p "$(get GP_DB_PORT)" \
  -U "$(get GP_DB_USER)" -d "$(get GP_DB_NAME)" -F ' ' -c \
  "SELECT ST_XMin(e) - 0.01, ST_YMin(e) - 0.01, ST_XMax(e) + 0.01, ST_YMax(e) + 0.01
     FROM (SELECT ST_Extent(geom)::geometry AS e FROM grid WHERE retired_at IS NULL) x")
read -r west south east north <<<"$extent"
[ -n "$north" ] || die "no grids in the database: load the demo first (database/demo/load.sh)"

# one line per tile: z x y minx miny maxx maxy (EPSG:3857 metres)
awk -v w="$west" -v s="$south" -v e="$east" -v n="$north" -v z0="$zmin" -v z1="$zmax" 'BEGIN {
  pi = 3.141592653589793; half = 20037508.342789244
  for (z = z0; z <= z1; z++) {
    m = 2 ^ z
    x0 = int((w + 180) / 360 * m); x1 = int((e + 180) / 360 * m)
    y0 = int((1 - log(sin(n * pi / 180) / cos(n * pi / 180) + 1 / cos(n * pi / 180)) / pi) / 2 * m)
    y1 = int((1 - log(sin(s * pi / 180) / cos(s * pi / 180) + 1 / cos(s * pi / 180)) / pi) / 2 * m)
    size = 2 * half / m
    for (x = x0; x <= x1; x++) for (y = y0; y <= y1; y++)
      printf "%d %d %d %.3f %.3f %.3f %.3f\n", z, x, y, -half + x * size, half - (y + 1) * size, -half + (x + 1) * size, half - y * size
  }
}' >"$work/tiles.txt"
count=$(wc -l <"$work/tiles.txt")
started=$(date +%s)
export MAPSERVER_CONFIG_FILE="$work/mapserver.conf" MAPSERV="$mapserv" OUT="$out"
render_one() {
  read -r z x y a b c d <<<"$1"
  mkdir -p "$OUT/$z/$x"
  "$MAPSERV" -nh "QUERY_STRING=SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=district,roads&STYLES=&SRS=EPSG:3857&BBOX=$a,$b,$c,$d&WIDTH=256&HEIGHT=256&FORMAT=image/png" \
    >"$OUT/$z/$x/$y.png.part" && mv "$OUT/$z/$x/$y.png.part" "$OUT/$z/$x/$y.png"
}
export -f render_one
xargs -P "$jobs" -I{} bash -c 'render_one "$@"' _ {} <"$work/tiles.txt"
bad=$(find "$out" -name '*.png' -size -100c | wc -l)
if [ "$bad" -gt 0 ] || ! head -c 8 "$(find "$out" -name '*.png' | head -n 1)" | grep -q PNG; then
  die "MapServer did not draw every tile (see a small file under $out); is the database up?"
fi
echo "$zooms" >"$out/.complete"
echo "base map: $count tiles (zooms $zooms) in $out in $(( $(date +%s) - started )) s"
