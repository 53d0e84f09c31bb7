# Shared by the project's scripts: paths, tool versions, and idempotent installers.
# Every install step lives here, so a fresh machine needs only Rust, Node/npm and Python.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4
TOOLS="${MIGRATION_ATLAS_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/migration-atlas/tools}"
export PATH="$TOOLS/bin:$ROOT/node_modules/.bin:$PATH"
CRATE=migration_atlas

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  if [ "$("$TOOLS/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION into $TOOLS (a few minutes, once)"
    # No --locked: its lock file wants a crate version the registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS" --quiet
  fi
}

# Cuts the lazily loaded parts out of the wasm (src/components/lazy.rs, `ship_wasm`).
ensure_wasm_split() {
  if ! cargo install --list --root "$TOOLS" 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION into $TOOLS (a minute, once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked \
      --root "$TOOLS" --quiet
  fi
}

ensure_node_modules() {
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm dev dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    return
  fi
  say "installing Debian's chromium and chromium-driver"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}

# The wasm is packed with LZMA (scripts/lzma_pack.py): by Python's lzma module, or by xz
# where Python was built without it.
ensure_lzma() {
  if python3 -c 'import lzma' 2>/dev/null || command -v xz >/dev/null; then
    return
  fi
  say "installing Debian's xz-utils (this Python has no lzma module)"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xz-utils >/dev/null
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_node_modules
  ensure_lzma
}

# The wasm as it ships, from cargo's output WASM into DIR: DIR/$CRATE.js (the glue) and
# DIR/${CRATE}_bg.wasm.lzma. Used by scripts/build (DIR pkg/) and scripts/core-floor.
# Options: --split cuts out the lazily loaded parts first (a wasm built with the `split`
# feature and --emit-relocs: DIR/__wasm_split.js, their loader, and one
# DIR/part-<name>.bin.lzma per part); --wasm-opt runs -Oz instead of keeping the code as -O1 left it.
ship_wasm() {
  local wasm="$1" dir="$2" mode="" split=""
  shift 2
  for option in "$@"; do
    case "$option" in
      --split) split=1 ;;
      --wasm-opt) mode=--wasm-opt ;;
    esac
  done
  local features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-mutable-globals --enable-reference-types --enable-multivalue)
  if [ -n "$split" ]; then
    say "wasm-split-cli: the lazily loaded parts into their own files"
    local parts="$dir/parts"
    rm -rf "$parts" && mkdir -p "$parts"
    wasm-split-cli --out-name "$CRATE" "$wasm" "$parts"
    # What only parts use must not be pulled back into what every reader downloads.
    python3 "$ROOT/scripts/check_first_screen.py" "$parts/$CRATE.wasm"
    for part in "$parts"/*.wasm; do
      [ "$(basename "$part")" = "$CRATE.wasm" ] && continue
      wasm-opt "${features[@]}" --strip-debug --strip-producers "$part" -o "$part"
    done
    # One packed file per part, and their loader rewritten to read them.
    python3 "$ROOT/scripts/link_parts.py" "$parts" "$dir"
    wasm="$parts/$CRATE.wasm"
  fi
  say "wasm-bindgen"
  # The names stay for the next step, which needs them; wasm-opt strips them after. The
  # parts link to the function table the linker exported, which wasm-bindgen drops unless
  # told to keep the linker's exports.
  local keep=()
  if [ -n "$split" ]; then keep=(--keep-lld-exports); fi
  wasm-bindgen --target web --no-typescript --remove-producers-section "${keep[@]}" --out-dir "$dir" "$wasm"
  if [ -n "$split" ]; then rm -rf "$dir/parts"; fi
  # Functions ordered so compression finds what neighbours share; only their order changes.
  # Measured: −12.9 KB gzip, −7.6 KB brotli per reader (scripts/order_functions.py).
  # -O1 first, names kept: −1.5 KB gzip and brotli (-Oz and -Os make the gzip larger).
  say "wasm-opt -O1, functions ordered for compression, names stripped"
  wasm-opt "${features[@]}" -O1 --debuginfo "$dir/${CRATE}_bg.wasm" -o "$dir/${CRATE}_bg.O1.wasm"
  python3 "$ROOT/scripts/order_functions.py" "$dir/${CRATE}_bg.O1.wasm" "$dir/${CRATE}_bg.named.wasm"
  rm "$dir/${CRATE}_bg.O1.wasm"
  local opt=(--reorder-functions-by-name)
  if [ "$mode" = "--wasm-opt" ]; then opt=(-Oz); fi
  wasm-opt "${features[@]}" "${opt[@]}" --strip-debug --strip-producers \
    "$dir/${CRATE}_bg.named.wasm" -o "$dir/${CRATE}_bg.wasm"
  rm "$dir/${CRATE}_bg.named.wasm"
  # Short import names in the wasm and its glue (the hashes wasm-bindgen puts in them do not
  # compress): −3.1 KB gzip of wasm and −2.9 KB of glue per reader (scripts/short_imports.py).
  python3 "$ROOT/scripts/short_imports.py" "$dir/${CRATE}_bg.wasm" "$dir/${CRATE}.js"
  # Packed with LZMA, which www/lzma.js decodes in the browser as it arrives: −57 KB gzip
  # per reader (the decoder's 1.2 KB counted). Only the packed file ships.
  python3 "$ROOT/scripts/lzma_pack.py" "$dir/${CRATE}_bg.wasm" "$dir/${CRATE}_bg.wasm.lzma"
  rm "$dir/${CRATE}_bg.wasm"
}
