#!/usr/bin/env bash
# Build cookiec's native nginx module (crates/cookiec-nginx) for the
# installed Debian nginx and print the path of the .so on stdout.
#
# A dynamic module must be built against the same nginx version and
# configure flags as the binary that loads it. Debian's nginx-dev package
# of the installed version carries exactly that (headers, configure and the
# flags in conf_flags); it is downloaded and unpacked into the build cache,
# not installed (its package would pull in every build dependency of
# Debian's own modules). Needs the headers configure checks for: libpcre2,
# zlib and OpenSSL (installed from Debian when missing). The module is
# rebuilt only when its C source or the Rust library changed.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

bash scripts/install/nginx.sh >/dev/null
target=${CARGO_TARGET_DIR:-$root/target}
case "$target" in /*) ;; *) target="$root/$target" ;; esac
out="$target/nginx-module"
mkdir -p "$out"

version=$(dpkg-query -W -f='${Version}' nginx-common)
src="$out/nginx-dev-$version"
if [ ! -f "$src/configure" ]; then
  missing=()
  for p in libpcre2-dev zlib1g-dev libssl-dev; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} from Debian (headers for nginx's configure)" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
  fi
  echo "fetching nginx-dev $version (headers and configure of the installed nginx)" >&2
  tmp=$(mktemp -d "$out/fetch.XXXXXX")
  (cd "$tmp" && apt-get download "nginx-dev=$version" >&2 2>/dev/null || (apt-get update >&2 && apt-get download "nginx-dev=$version" >&2))
  dpkg-deb -x "$tmp"/nginx-dev_*.deb "$tmp/x"
  rm -rf "$src"
  mv "$tmp/x/usr/share/nginx/src" "$src"
  rm -rf "$tmp"
fi

cargo build --profile nginx -p cookiec-nginx --locked --quiet
lib="$target/nginx/libcookiec_nginx.a"
module_dir="$root/crates/cookiec-nginx/module"
so="$out/ngx_http_cookiec_module.so"

fresh=1
[ -f "$so" ] || fresh=0
for f in "$lib" "$module_dir"/*; do
  [ "$fresh" = 1 ] && [ "$f" -nt "$so" ] && fresh=0
done
if [ "$fresh" = 0 ]; then
  echo "building ngx_http_cookiec_module.so against nginx $version" >&2
  build=$(mktemp -d "$out/build.XXXXXX")
  cp -r "$src/." "$build"
  (
    cd "$build"
    # shellcheck disable=SC1091
    source ./conf_flags
    export COOKIEC_NGINX_LIB="$lib"
    ./configure "${NGX_CONF_FLAGS[@]}" \
      --with-cc-opt='-g -O2 -fstack-protector-strong -Wformat -Werror=format-security -fPIC -D_FORTIFY_SOURCE=2' \
      --with-ld-opt='-Wl,-z,relro -Wl,-z,now -fPIC' \
      --add-dynamic-module="$module_dir" >configure.log 2>&1 \
      || { tail -30 configure.log >&2; exit 1; }
    make -f objs/Makefile modules >make.log 2>&1 || { tail -40 make.log >&2; exit 1; }
  )
  mv "$build/objs/ngx_http_cookiec_module.so" "$so.tmp"
  mv "$so.tmp" "$so"
  rm -rf "$build"
fi
echo "$so"
