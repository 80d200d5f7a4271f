# Sourced by the other scripts: installs what building and testing need on
# Debian 12, as root or through sudo, and only what is missing.

# Packages to build (libpcsclite for the pcsc crate; GSSAPI headers and
# libclang for the Kerberos bindings; libdbus for the Secret Service that
# keeps a remembered token) and to test against the real PC/SC stack with
# virtual cards (pcscd, vpcd, vicc, pcsc_scan).
BUILD_PACKAGES=(build-essential pkg-config libpcsclite-dev libkrb5-dev libclang-dev libdbus-1-dev curl ca-certificates)
# What the window needs at run time (winit loads X11 and GL libraries itself).
GUI_PACKAGES=(libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 libgl1 libegl1 libgl1-mesa-dri)
# A real window without a screen, its screenshots, and the software Vulkan
# the headless UI tests render their snapshots with.
GUI_TEST_PACKAGES=(xvfb imagemagick mesa-vulkan-drivers xdotool)
# gcore, for the test that searches a core dump of the desk for the PIN.
DEBUG_TEST_PACKAGES=(gdb)
# A private MIT Kerberos realm for the sign-in tests, and faketime for the
# skewed-clock one.
KERBEROS_TEST_PACKAGES=(krb5-kdc krb5-admin-server krb5-user faketime)
# The Windows build (mingw-w64) and Wine to run it (scripts/windows.sh).
WINDOWS_TEST_PACKAGES=(gcc-mingw-w64-x86-64 wine64)
# A real Secret Service for the remembered-token test: a private session bus
# (dbus-run-session) with gnome-keyring, see scripts/with-secret-service.sh.
SECRET_SERVICE_TEST_PACKAGES=(dbus gnome-keyring)
# Third-party PIV tools the virtual card must satisfy (tests/piv_tools.rs),
# with openssl to check their signatures and certificate requests.
PCSC_TEST_PACKAGES=(pcscd pcsc-tools vsmartcard-vpcd vsmartcard-vpicc python3-virtualsmartcard python3-pycryptodome yubico-piv-tool opensc opensc-pkcs11 openssl)
# The packages IT installs (scripts/package.sh) and their checks: the MSI
# (wixl; msitools' msibuild and msiinfo), its signature (osslsigncode), the
# .deb's lint and desktop entry (lintian, desktop-file-utils).
PACKAGE_PACKAGES=(wixl msitools osslsigncode lintian desktop-file-utils)

# Everything scripts/test.sh (and so CI) needs.
ensure_test_packages() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${PCSC_TEST_PACKAGES[@]}" "${GUI_PACKAGES[@]}" "${GUI_TEST_PACKAGES[@]}" "${DEBUG_TEST_PACKAGES[@]}" "${KERBEROS_TEST_PACKAGES[@]}" "${WINDOWS_TEST_PACKAGES[@]}" "${SECRET_SERVICE_TEST_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
}

# The version in Cargo.toml, which the packages carry; VERSION overrides it
# (the tests build a "newer" package of the same binary).
package_version() {
    echo "${VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)}"
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# vpcd listens on ports 35963 and 35964 (/etc/reader.conf.d/vpcd; the tests'
# four-reader pcscd adds 35965 and 35966), which the
# kernel also hands out as the local port of outgoing connections. After a few
# hundred loopback connections (the tests and benches make them) one may sit in
# TIME-WAIT on a vpcd port for a minute, and pcscd then cannot start that
# reader ("Address already in use"). Reserved, the kernel no longer picks them
# for outgoing connections; nothing else changes. It lasts until a reboot.
reserve_vpcd_ports() {
    local file=/proc/sys/net/ipv4/ip_local_reserved_ports ports=35963-35966
    [ -r "$file" ] || return 0
    local reserved
    reserved=$(cat "$file")
    case ",$reserved," in *",$ports,"*) return 0 ;; esac
    # Written to /proc directly: sysctl (procps) is not on every fresh machine.
    echo "${reserved:+$reserved,}$ports" | as_root tee "$file" >/dev/null ||
        echo "warning: could not reserve the vpcd ports $ports; a test may find one taken" >&2
}

ensure_rust() {
    if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        # Debian 12's own rustc is too old for edition 2024.
        echo "Installing the Rust toolchain with rustup"
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
}

# Clippy's lints, warnings as errors, on our own crate while cargo builds it:
# what `cargo clippy -- -D warnings` sets up for its check-only build (clippy's
# driver in rustc's place for the workspace's crates, its arguments in
# CLIPPY_ARGS), here for a real build, so that linting needs no second build
# of the dependency tree (a check of it costs 5 to 9 CPU minutes). Dependencies
# still build with plain rustc. Fails when the toolchain has no clippy.
lint_while_building() {
    local driver
    driver="$(rustc --print sysroot)/bin/clippy-driver"
    [ -x "$driver" ] || return 1
    export RUSTC_WORKSPACE_WRAPPER="$driver"
    export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
}
