#!/usr/bin/env bash
# Runs COMMAND with a Secret Service of its own: a private D-Bus session bus
# and gnome-keyring with an unlocked login keyring in a throwaway directory.
# Both end with the command, and the keyring's files are deleted. The tests
# of the remembered bearer token run themselves under it.
set -euo pipefail
if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "$0: $tool is missing: install the packages dbus and gnome-keyring (scripts/setup.sh)" >&2
        exit 3
    fi
done
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export ENROLL_DESK_KEYRING_HOME="$keyring_home"

# Inside the private bus: the daemon gets the throwaway home (its keyrings go
# there), reads the new login keyring's password on stdin and unlocks it;
# the command runs once the Secret Service is on the bus, with its own
# environment.
# shellcheck disable=SC2016
exec dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n "test-keyring-password" |
        env HOME="$ENROLL_DESK_KEYRING_HOME" XDG_DATA_HOME="$ENROLL_DESK_KEYRING_HOME/data" \
            XDG_RUNTIME_DIR="$ENROLL_DESK_KEYRING_HOME" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; then
            unset ENROLL_DESK_KEYRING_HOME
            exec "$@"
        fi
        sleep 0.05
    done
    echo "the Secret Service (gnome-keyring) did not come up on the private bus" >&2
    exit 3
' with-secret-service "$@"
