#!/bin/sh
# Installs this sma release under a prefix: ./install.sh [PREFIX] (default /usr/local; for one
# user, ./install.sh "$HOME/.local"). Copies the program, its manual page, shell completions and
# editor files; nothing is built and nothing outside PREFIX is touched.
set -eu
prefix=${1:-/usr/local}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
find bin share -type f | while read -r f; do
  mode=644
  [ "${f#bin/}" != "$f" ] && mode=755
  install -D -m "$mode" "$f" "$prefix/$f"
done
echo "installed sma in $prefix"
echo "  run: $prefix/bin/sma -e 'contribution 2021'   (man sma; completions for bash, zsh and fish)"
echo "  vim: set runtimepath+=$prefix/share/sma/editors/vim"
