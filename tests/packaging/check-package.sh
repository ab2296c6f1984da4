#!/usr/bin/env bash
# check-package.sh BUILD_DIR VERSION: builds the .deb with cpack into a temporary folder and
# checks its contents and control fields with dpkg-deb.
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d -t billing-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(find "$work" -maxdepth 1 -name 'billing-desk_*.deb' -print -quit)
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; fail "cpack made no billing-desk_*.deb"; }

info=$(dpkg-deb -I "$deb")
contents=$(dpkg-deb -c "$deb")
printf '%s\n' "$info"

field() { printf '%s\n' "$info" | sed -n "s/^ $1: //p"; }
[ "$(field Package)" = billing-desk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
if printf '%s\n' "$info" | grep -q ' ;[a-z]'; then
    fail "the Description is a CMake list joined with ';', not one text"
fi
depends=$(field Depends)
# dpkg-shlibdeps fills in the libraries; the rest are loaded at run time.
for needed in libqt6widgets6 libqt6network6 libqt6keychain1 libsodium23 libc6 \
              libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins; do
    [[ ",$depends," == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
recommends=$(field Recommends)
for wanted in gnome-keyring fonts-noto-cjk qt6-translations-l10n; do
    [[ "$recommends" == *"$wanted"* ]] || fail "Recommends lacks $wanted: $recommends"
done

for path in ./usr/bin/billing-desk ./usr/bin/billing-center \
            ./usr/share/applications/org.billingdesk.BillingDesk.desktop \
            ./usr/share/metainfo/org.billingdesk.BillingDesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.billingdesk.BillingDesk.svg \
            ./usr/share/icons/hicolor/256x256/apps/org.billingdesk.BillingDesk.png \
            ./usr/share/icons/hicolor/32x32/apps/org.billingdesk.BillingDesk.png; do
    printf '%s\n' "$contents" | grep -q -- " $path\$" || fail "the package lacks $path"
done
if printf '%s\n' "$contents" | grep -q -E ' \./usr/(bin|lib)/.*(tst_|screenshots|test)'; then
    fail "test programs are packaged"
fi

dpkg-deb -x "$deb" "$work/root"
# Opening a billingdesk://claim link starts (or reaches) the desktop with the link.
desktop_file="$work/root/usr/share/applications/org.billingdesk.BillingDesk.desktop"
grep -qx 'MimeType=x-scheme-handler/billingdesk;' "$desktop_file" \
    || fail "the desktop entry does not handle billingdesk: links"
grep -qx 'Exec=billing-desk %u' "$desktop_file" || fail "the desktop entry does not pass the link"
# The packaged program runs and knows its version (parsed before any display is needed).
printed=$("$work/root/usr/bin/billing-desk" --version 2>&1) || fail "billing-desk --version failed"
[[ "$printed" == *"$version"* ]] || fail "billing-desk --version printed '$printed'"
echo "OK: $(basename "$deb")"
