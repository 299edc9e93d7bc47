#!/usr/bin/env bash
# Server enforcement suite: the tower layer (a real axum server) and nginx
# with the generated njs header filter (a real nginx in its own prefix dir,
# daemon off, in front of an echo backend), each driven over HTTP by the
# harness (crates/cookiec-tower/examples/harness.rs, hyper's client):
# 1. every case of the conformance suite (tests/conformance/v1/suite.json);
# 2. a bounded load: 50,000 requests over 8 connections in random consent
#    states, each checked against the reference; zero leaks, zero drops.
# nginx and its JavaScript module come from scripts/install/nginx.sh.
# Set ENFORCE_LOAD=N to change the load size.
set -euo pipefail
cd "$(dirname "$0")/../.."

module=$(bash scripts/install/nginx.sh)
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
ngx_port=$(port)
mkdir -p "$dir/nginx/logs"
{
  echo "load_module $module;"
  echo "daemon off; worker_processes 2; pid $dir/nginx/nginx.pid;"
  echo "error_log $dir/nginx/logs/error.log warn;"
  echo "events { worker_connections 1024; }"
  echo "http {"
  echo "  access_log off; keepalive_requests 100000;"
  for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $dir/nginx/$t;"; done
  echo "  upstream backend { server 127.0.0.1:$backend_port; keepalive 16; }"
  for d in "$dir"/rules/*/; do
    name=$(basename "$d")
    echo "  js_import p_${name//-/_} from ${d}cookiec-filter.js;"
  done
  echo "  server {"
  echo "    listen 127.0.0.1:$ngx_port;"
  echo "    proxy_http_version 1.1; proxy_set_header Connection \"\";"
  for d in "$dir"/rules/*/; do
    name=$(basename "$d")
    echo "    location = /p/$name/ {"
    # The generated directives, with the import renamed per policy, the
    # preloaded policy's path made absolute and the US-state header the
    # suite uses.
    sed -e "s/js_header_filter cookiec.filter;/js_header_filter p_${name//-/_}.filter;/" \
      -e "s#from cookiec/cookiec-filter.json;#from ${d}cookiec-filter.json;#" \
      "${d}nginx-filter.conf" | grep -v '^#' | sed 's/^/      /'
    echo "      set \$cookiec_subdivision \$http_cloudfront_viewer_country_region;"
    echo "      proxy_pass http://backend;"
    echo "    }"
  done
  echo "  }"
  echo "}"
} > "$dir/nginx/nginx.conf"
nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -t -q
nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" & pids+=($!)
wait_port "$ngx_port"
"$harness" conformance "127.0.0.1:$ngx_port" || { cat "$dir/nginx/logs/error.log" >&2; exit 1; }
"$harness" load "127.0.0.1:$ngx_port" shop "$requests" 8
