#!/bin/sh
# Adds Deal Worksheet to the desktop's application menu, for the current
# user, running the application from the folder this script is in:
#
#   ./install-desktop-entry.sh              install (into ~/.local/share)
#   ./install-desktop-entry.sh --uninstall  remove what it installed
#
# PREFIX=/usr/local ./install-desktop-entry.sh (as root) installs for every
# user instead. Moving the folder afterwards needs the script run again.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${PREFIX:-}" ]; then
    data="$PREFIX/share"
    bin="$PREFIX/bin"
else
    data=${XDG_DATA_HOME:-$HOME/.local/share}
    bin="$HOME/.local/bin"
fi
apps="$data/applications"
icons="$data/icons/hicolor"
name=deal-worksheet

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/$name.desktop" "$icons/256x256/apps/$name.png" "$icons/scalable/apps/$name.svg"
    [ -L "$bin/$name" ] && rm -f "$bin/$name"
    refresh
    echo "removed Deal Worksheet from $data"
    exit 0
fi

[ -x "$here/$name" ] || { echo "$here/$name not found: run this script from the unpacked folder" >&2; exit 1; }
mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps" "$bin"
cp "$here/$name.png" "$icons/256x256/apps/$name.png"
cp "$here/$name.svg" "$icons/scalable/apps/$name.svg"
ln -sfn "$here/$name" "$bin/$name"

# The desktop entry runs the executable by its full path, so it works
# whether or not $bin is on PATH. The Desktop Entry specification quotes the
# path, escapes \ " ` $ inside the quotes and doubles % (field codes), then
# doubles every backslash again (string values).
quoted=$(printf '%s' "$here/$name" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g')
plain=$(printf '%s' "$here/$name" | sed -e 's/\\/\\\\/g')
{
    grep -v -e '^Exec=' -e '^TryExec=' "$here/$name.desktop"
    printf 'Exec="%s" %%f\n' "$quoted"
    printf 'TryExec=%s\n' "$plain"
} > "$apps/$name.desktop"
chmod 644 "$apps/$name.desktop"
refresh
echo "installed $apps/$name.desktop (and $bin/$name)"
