# Shared by scripts/test, scripts/demo and friends: Debian packages and the build.
# shellcheck shell=bash

BILLING_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Everything a fresh Debian 12 needs to build, test and run Billing Desk.
BILLING_PACKAGES=(
    cmake make g++ pkg-config git ca-certificates curl openssl
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    libqt6opengl6-dev libxkbcommon-dev libgl-dev libqt6sql6-sqlite qt6-qpa-plugins
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    libsodium-dev libcsv-dev libsimdjson-dev libsqlite3-dev libssl-dev zlib1g-dev fonts-noto-cjk
    desktop-file-utils appstream dpkg-dev file librsvg2-bin libbenchmark-dev
    libzip-dev libxlsxwriter-dev python3-openpyxl
    postgresql-15 libpq-dev libqt6sql6-psql
)

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt-get update + install only when something is missing, so a ready machine stays offline.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#@} Debian packages present"
        return 0
    fi
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build PRESET: configures once, then builds incrementally.
configure_and_build() {
    local preset=$1
    cd "$BILLING_ROOT"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

build_dir_of() {
    echo "$BILLING_ROOT/build/$1"
}
