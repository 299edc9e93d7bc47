#!/usr/bin/env bash
# Server enforcement suite: the tower layer (a real axum server), nginx
# with the generated njs header filter and nginx with cookiec's native
# module (each a real nginx in its own prefix dir, daemon off, in front of
# an echo backend), each driven over HTTP by the harness
# (crates/cookiec-tower/examples/harness.rs, hyper's client):
# 1. every case of the conformance suite (tests/conformance/v1/suite.json);
# 2. a bounded load: 50,000 requests over 8 connections in random consent
#    states, each checked against the reference; zero leaks, zero drops.
# nginx and its JavaScript module come from scripts/install/nginx.sh, the
# native module from scripts/install/nginx-module.sh.
# Set ENFORCE_LOAD=N to change the load size.
set -euo pipefail
cd "$(dirname "$0")/../.."

module=$(bash scripts/install/nginx.sh)
native=$(bash scripts/install/nginx-module.sh)
requests=${ENFORCE_LOAD:-50000}

cargo build -p cookiec --locked --quiet
cargo build -p cookiec-tower --release --example harness --locked --quiet
target=${CARGO_TARGET_DIR:-target}
bin="$target/debug/cookiec"
harness="$target/release/examples/harness"

dir=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

# A free port chosen by the kernel.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() {
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  return 1
}

# The policies of the suite, compiled by `cookiec build` (the suite's
# `multilingual-strip`/`-allow` are `--undeclared strip|allow`).
build() { "$bin" build "$1" -o "$dir/rules/$2" "${@:3}" >/dev/null 2>&1; }
for f in examples/*.cookies tests/conformance/policies/*.cookies; do
  build "$f" "$(basename "$f" .cookies)"
done
build examples/multilingual.cookies multilingual-strip --undeclared strip
build examples/multilingual.cookies multilingual-allow --undeclared allow

echo "== tower layer (axum)"
axum_port=$(port)
"$harness" axum "$axum_port" "$dir/rules" & pids+=($!)
wait_port "$axum_port"
"$harness" conformance "127.0.0.1:$axum_port"
"$harness" load "127.0.0.1:$axum_port" shop "$requests" 8

echo "== nginx with the generated njs filter"
backend_port=$(port)
"$harness" backend "$backend_port" & pids+=($!)
wait_port "$backend_port"
# An nginx in prefix $dir/$1 that loads module $2, listens on port $3 and
# proxies /p/<policy>/ to the backend with the directives `$4 NAME DIR`
# prints (and the http-block lines `$5` prints); then the suite and the
# load through it.
nginx_suite() {
  local prefix="$dir/$1" port=$3 d name
  mkdir -p "$prefix/logs"
  {
    echo "load_module $2;"
    echo "daemon off; worker_processes 2; pid $prefix/nginx.pid;"
    echo "error_log $prefix/logs/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off; keepalive_requests 100000;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $prefix/$t;"; done
    echo "  upstream backend { server 127.0.0.1:$backend_port; keepalive 16; }"
    "$5"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    proxy_http_version 1.1; proxy_set_header Connection \"\";"
    for d in "$dir"/rules/*/; do
      name=$(basename "$d")
      echo "    location = /p/$name/ {"
      "$4" "$name" "$d" | grep -v '^#' | sed 's/^/      /'
      echo "      proxy_pass http://backend;"
      echo "    }"
    done
    echo "  }"
    echo "}"
  } > "$prefix/nginx.conf"
  nginx -p "$prefix" -c "$prefix/nginx.conf" -t -q
  nginx -p "$prefix" -c "$prefix/nginx.conf" & pids+=($!)
  wait_port "$port"
  "$harness" conformance "127.0.0.1:$port" || { cat "$prefix/logs/error.log" >&2; exit 1; }
  "$harness" load "127.0.0.1:$port" shop "$requests" 8
}
njs_imports() {
  for d in "$dir"/rules/*/; do
    name=$(basename "$d")
    echo "  js_import p_${name//-/_} from ${d}cookiec-filter.js;"
  done
}
# The generated directives, with the import renamed per policy, the
# preloaded policy's path made absolute and the US-state header the suite
# uses.
njs_location() {
  sed -e "s/js_header_filter cookiec.filter;/js_header_filter p_${1//-/_}.filter;/" \
    -e "s#from cookiec/cookiec-filter.json;#from ${2}cookiec-filter.json;#" \
    "${2}nginx-filter.conf"
  echo "set \$cookiec_subdivision \$http_cloudfront_viewer_country_region;"
}
# The generated directives, with the rules' path made absolute and the
# US-state header the suite uses.
native_location() {
  sed -e "s#^cookiec_rules cookiec/#cookiec_rules ${2}#" \
    -e "s/^# cookiec_subdivision /cookiec_subdivision /" \
    "${2}nginx-module.conf"
}
nothing() { :; }
nginx_suite nginx "$module" "$(port)" njs_location njs_imports

echo "== nginx with cookiec's native module"
native_port=$(port)
h2_port=$(port)
# Beside the suite's server: the shop policy over HTTP/2 (h2c), where the
# client sends each cookie in a header of its own.
native_h2() {
  echo "  server {"
  echo "    listen 127.0.0.1:$h2_port http2;"
  echo "    location / {"
  native_location shop "$dir/rules/shop/" | grep -v '^#' | sed 's/^/      /'
  echo "      proxy_pass http://backend;"
  echo "    }"
  echo "  }"
}
nginx_suite native "$native" "$native_port" native_location native_h2

# Over HTTP/2, two Cookie headers of withdrawn analytics cookies, no
# Set-Cookie from upstream: both are expired.
h2=$(curl -s --http2-prior-knowledge -D - -o /dev/null -H "CF-IPCountry: DE" \
  -H "Cookie: srv_track=1" -H "Cookie: _ga_Y=2" "http://127.0.0.1:$h2_port/")
grep -q '^HTTP/2 200' <<<"$h2" || { echo "no HTTP/2 answer: $h2" >&2; exit 1; }
for name in srv_track _ga_Y; do
  grep -qi "^set-cookie: $name=; Max-Age=0" <<<"$h2" \
    || { echo "HTTP/2: $name was not expired: $h2" >&2; exit 1; }
done
echo "HTTP/2: withdrawn cookies from separate Cookie headers are expired"

# A rules file nginx must refuse at start-up, with the loader's message.
echo '{"version": 99}' > "$dir/native/newer.json"
sed -e "s#listen 127.0.0.1:$native_port;#listen 127.0.0.1:$(port);#" \
  -e "0,/cookiec_rules [^;]*;/s##cookiec_rules $dir/native/newer.json;#" \
  "$dir/native/nginx.conf" > "$dir/native/bad.conf"
if msg=$(nginx -p "$dir/native" -c "$dir/native/bad.conf" -t 2>&1); then
  echo "nginx accepted a rules file of version 99" >&2
  exit 1
fi
grep -q "version 99 is newer" <<<"$msg" || { echo "unexpected nginx error: $msg" >&2; exit 1; }
echo "nginx refuses a newer rules file: $(sed -n 's/.*\(cookiec: .*\) in .*/\1/p' <<<"$msg" | head -1)"

# A reload with a broken rules file keeps the running configuration (nginx
# refuses the new one with the loader's message); the old rules still apply.
rules="$dir/rules/shop/cookiec.headers.json"
cp "$rules" "$dir/native/shop-rules.json"
echo '{"version": 1, "cookies": 3}' > "$rules"
# (SIGHUP to the master: `nginx -s reload` itself reads the configuration
# and stops at the broken file before it signals anything.)
kill -HUP "$(cat "$dir/native/nginx.pid")"
for _ in $(seq 50); do grep -q "cookiec: .*cookiec.headers.json" "$dir/native/logs/error.log" && break; sleep 0.1; done
grep -q "cookiec: .*cookiec.headers.json" "$dir/native/logs/error.log" \
  || { echo "nginx did not report the broken rules on reload" >&2; cat "$dir/native/logs/error.log" >&2; exit 1; }
cp "$dir/native/shop-rules.json" "$rules"
"$harness" conformance "127.0.0.1:$native_port" || { cat "$dir/native/logs/error.log" >&2; exit 1; }
echo "a reload with broken rules keeps the running ones: $(grep -o 'cookiec: [^ ]*cookiec.headers.json[^,]*' "$dir/native/logs/error.log" | tail -1)"
