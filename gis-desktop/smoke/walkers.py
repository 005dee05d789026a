#!/usr/bin/env python3
"""Live officers for the desktop smoke run: a few demo officers' phones sign in and walk small
loops inside their own grids, uploading a fix every 2 s; one phone reports a mock location, one
officer walks off into the neighbouring grid. Only the mobile API is used, as a phone would.

The grids, officers and duty plans are read as a supervisor would (a desktop session from
POST /auth/login; the API answers 401 without one).

    walkers.py BASE_URL [--officers 12] [--seconds 120] [--account sup-BS-340303]
"""
import argparse, json, math, sys, threading, time, urllib.error, urllib.request
from datetime import datetime, timezone

PASSWORD = "Patrol-2026!"   # the demo district's accounts (database/demo/README.md)


def call(base, method, path, body=None, token=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + "/api/v1" + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept", "application/json, application/geo+json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as answer:
        text = answer.read()
        return json.loads(text) if text else None


def sign_in(base, account):
    """@return a reader for the supervisor's calls: path -> answer, with his session's token"""
    session = call(base, "POST", "/auth/login", {"username": account, "password": PASSWORD})
    return lambda path: call(base, "GET", path, token=session["token"])


def centroid(geometry):
    ring = geometry["coordinates"][0][0]
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


def walk(base, badge, home, away, mock, seconds, stop):
    session = call(base, "POST", "/mobile/sign-in", {"badgeNo": badge, "password": PASSWORD, "deviceId": "dev-" + badge})
    token = session["accessToken"]
    seq, start = int(time.time()) % 100000 * 10, time.time()
    radius_lon, radius_lat = 0.0006, 0.0005
    phase = (hash(badge) % 628) / 100
    while not stop.is_set() and time.time() - start < seconds:
        t = time.time() - start
        lon, lat = home
        if away is not None and t > 20:         # heads for the neighbour's centre and stays there
            f = min(1.0, (t - 20) / 150)   # about 2 m/s
            lon, lat = lon + f * (away[0] - lon), lat + f * (away[1] - lat)
        else:
            a = phase + t / 25
            lon, lat = lon + radius_lon * math.cos(a), lat + radius_lat * math.sin(a)
        seq += 1
        fix = {"seq": seq, "time": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"),
               "lon": round(lon, 7), "lat": round(lat, 7), "accuracy": 8.0, "speed": 1.2,
               "provider": "fused", "mock": mock and t > 10, "crs": "WGS84"}
        try:
            call(base, "POST", "/mobile/positions", {"fixes": [fix]}, token)
        except urllib.error.HTTPError as e:
            print(badge, "fix refused:", e.code, e.read()[:200], file=sys.stderr)
        stop.wait(2)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("base")
    args.add_argument("--officers", type=int, default=12)
    args.add_argument("--seconds", type=int, default=120)
    args.add_argument("--account", default="sup-BS-340303")
    options = args.parse_args()
    read = sign_in(options.base, options.account)
    grids = {f["id"]: f for f in read("/grids?kind=UNIT_GRID")["features"]}
    officers = read("/org-units/100004/officers?limit=100")["items"] \
        + read("/org-units/100005/officers?limit=100")["items"]
    now = datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")
    walkers, stop = [], threading.Event()
    for i, officer in enumerate(officers[:options.officers]):
        duty = read("/duty/officers/%d/grids?at=%s" % (officer["id"], now))
        own = [g for g in duty.get("grids", []) if g.get("gridId", g.get("id")) in grids]
        if not own:
            continue
        grid = grids[own[0].get("gridId", own[0].get("id"))]
        home = centroid(grid["geometry"])
        away = None
        if i == 1:   # the second officer crosses into the nearest other grid
            others = sorted((g for g in grids.values() if g["id"] != grid["id"]),
                            key=lambda g: math.dist(centroid(g["geometry"]), home))
            away = centroid(others[0]["geometry"])
        walker = threading.Thread(target=walk, args=(options.base, officer["badgeNo"], home, away, i == 0,
                                                     options.seconds, stop), daemon=True)
        walker.start()
        walkers.append(walker)
    print("walking %d officers for %d s" % (len(walkers), options.seconds), flush=True)
    try:
        for walker in walkers:
            walker.join()
    except KeyboardInterrupt:
        stop.set()


if __name__ == "__main__":
    main()
