#!/usr/bin/env bash
# Benchmark (not a test) of the server enforcement, in one run:
# 1. the tower layer's cost per response (10 Set-Cookie headers, 50 rules)
#    against the same service without it (crates/cookiec-tower/benches/layer.rs);
# 2. nginx's throughput proxying to a backend that sets 10 cookies: plain,
#    with cookiec's native module and with the generated njs filter,
#    measured with wrk (Debian package), as ratios to the plain proxy (run
#    before and after the others; their mean). Targets (issue 12): under
#    5 us per response; the filter keeps at least 85% of plain proxy
#    throughput.
# BENCH_SECONDS (default 10) sets each wrk run's length, BENCH_ROUNDS
# (default 3) the rounds, NGINX_WORKERS (default auto) nginx's workers.
set -euo pipefail
cd "$(dirname "$0")/../.."

module=$(bash scripts/install/nginx.sh)
native=$(bash scripts/install/nginx-module.sh)
command -v wrk >/dev/null || { apt-get update >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk >&2; }
seconds=${BENCH_SECONDS:-10}
# nginx worker processes: `auto` (one per core) is Debian's default nginx.conf.
workers=${NGINX_WORKERS:-auto}
rounds=${BENCH_ROUNDS:-3}

echo "== tower layer"
cargo bench -p cookiec-tower --bench layer --locked --quiet 2>/dev/null

cargo build -p cookiec --locked --quiet
cargo build -p cookiec-tower --release --example harness --locked --quiet
target=${CARGO_TARGET_DIR:-target}
dir=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() {
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  return 1
}

"$target/debug/cookiec" build tests/conformance/policies/shop.cookies -o "$dir/shop" >/dev/null 2>&1
backend=$(port)
"$target/release/examples/harness" backend "$backend" & pids+=($!)
wait_port "$backend"
ngx=$(port)
mkdir -p "$dir/nginx/logs" "$dir/nginx/cookiec"
# Where nginx-filter.conf's relative path finds it (beside nginx.conf).
cp "$dir/shop/cookiec-filter.json" "$dir/nginx/cookiec/"
cat > "$dir/nginx/nginx.conf" <<CONF
load_module $module;
load_module $native;
daemon off; worker_processes $workers; pid $dir/nginx/nginx.pid;
# nginx's default level: the module reports undeclared cookies at warn, one
# error-log write per response, which a site enables when it wants them.
error_log $dir/nginx/logs/error.log error;
events { worker_connections 1024; }
http {
  access_log off; keepalive_requests 100000;
  client_body_temp_path $dir/nginx/cb; proxy_temp_path $dir/nginx/px;
  fastcgi_temp_path $dir/nginx/fc; uwsgi_temp_path $dir/nginx/uw; scgi_temp_path $dir/nginx/sc;
  upstream backend { server 127.0.0.1:$backend; keepalive 32; }
  js_import cookiec from $dir/shop/cookiec-filter.js;
  server {
    listen 127.0.0.1:$ngx;
    proxy_http_version 1.1; proxy_set_header Connection "";
    location = /filtered { include $dir/shop/nginx-filter.conf; proxy_pass http://backend; }
    location = /native { cookiec_rules $dir/shop/cookiec.headers.json; cookiec_country \$http_cf_ipcountry; proxy_pass http://backend; }
    location = /plain { proxy_pass http://backend; }
  }
}
CONF
nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" & pids+=($!)
wait_port "$ngx"

# 10 Set-Cookie lines from the backend, a visitor in the EU who accepted
# statistics only (so some lines are stripped, others corrected).
upstream='["sid=s; Path=/; Max-Age=999999","srv_track=t; Path=/app; Domain=.shop.example","_ga_A=1; Max-Age=99999999","_ga_B=1","_st_1=1","_st_2=1; Max-Age=5","ad_id=1","cookie_consent=x","other=1","sid2=1"]'
cookie="cookie_consent=$(python3 -c 'import json,urllib.parse,sys; r=json.load(open(sys.argv[1])); print(urllib.parse.quote(json.dumps({"categories":["essential","analytics"],"data":{"cookiec":{"v":1,"revision":r["revision"],"hash":"x"}}}), safe=""))' "$dir/shop/cookiec.headers.json"); ad_id=old"
run() {
  wrk -t2 -c8 -d"${seconds}s" -H "x-cookiec-upstream: $upstream" -H "Cookie: $cookie" \
    -H "CF-IPCountry: DE" "http://127.0.0.1:$ngx$1" | awk '/Requests\/sec/ {print $2}'
}
for path in native filtered; do
  curl -s -D - -o /dev/null -H "x-cookiec-upstream: $upstream" -H "Cookie: $cookie" -H "CF-IPCountry: DE" \
    "http://127.0.0.1:$ngx/$path" | grep -i '^set-cookie' | sed "s/^/  $path: /" || true
done
echo "== nginx (worker_processes $workers; wrk -t2 -c8 -d${seconds}s, 10 Set-Cookie per response, $rounds rounds)"
# Wall clock on a shared 2-core machine moves by a third between runs, so
# each round runs plain, native and njs back to back, and each ratio is
# taken within its round; the median round is the figure.
results=()
for r in $(seq "$rounds"); do
  plain=$(run /plain)
  native_rps=$(run /native)
  filtered=$(run /filtered)
  echo "round $r: plain $plain, native module $native_rps, njs filter $filtered req/s"
  results+=("$plain $native_rps $filtered")
done
printf '%s\n' "${results[@]}" | python3 -c "
import sys, statistics
rows = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
native = [100 * n / p for p, n, f in rows]
njs = [100 * f / p for p, n, f in rows]
fmt = lambda xs: ', '.join(f'{x:.1f}%' for x in xs)
print(f'native module keeps {statistics.median(native):.1f}% of plain proxy throughput (median; rounds: {fmt(native)}; target 85%)')
print(f'njs filter keeps {statistics.median(njs):.1f}% of plain proxy throughput (median; rounds: {fmt(njs)})')"
