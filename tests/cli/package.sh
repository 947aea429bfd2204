# The Debian package: cpack builds brief_VERSION_ARCH.deb with dpkg-shlibdeps' Depends plus the
# fonts and patterns; dpkg -i installs it on this machine, /usr/bin/brief runs init and build in an
# empty folder with no source tree around, and dpkg -r removes it (also when a check fails).
# Skipped (77) unless run as root with dpkg, or when a package named brief is already installed.
. "$(dirname "$0")/lib.bash"

BUILD=${BRIEF_BUILD_DIR:?the build folder (ctest sets BRIEF_BUILD_DIR)}
[ "$(id -u)" = 0 ] || { echo "SKIP: installing a .deb needs root"; exit 77; }
have dpkg && have dpkg-deb && have dpkg-shlibdeps || { echo "SKIP: needs dpkg, dpkg-deb and dpkg-shlibdeps"; exit 77; }
if dpkg-query -W -f='${Status}' brief 2>/dev/null | grep -q 'ok installed'; then
  echo "SKIP: a package named brief is already installed; not touching it"; exit 77
fi
cpack_bin=$(dirname "$(command -v cmake)")/cpack
export SOURCE_DATE_EPOCH=1543190400

checks=$((checks + 1))
(cd "$BUILD" && "$cpack_bin" -G DEB -B "$WORK/pkg") >"$WORK/cpack.log" 2>&1 || fail "cpack failed: $(tail -c 800 "$WORK/cpack.log")"
deb=$(ls "$WORK"/pkg/*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { fail "cpack made no .deb"; finish; }
dpkg-deb -f "$deb" Depends >"$WORK/depends"
for d in libc6 libhpdf libcmark-gfm fonts-noto-core hyphen-en-us icc-profiles-free; do expect_in "$WORK/depends" "$d"; done
dpkg-deb -c "$deb" >"$WORK/contents"
for f in ./usr/bin/brief ./usr/share/brief/styles/default.yaml ./usr/share/man/man1/brief.1 \
         ./usr/share/bash-completion/completions/brief ./usr/share/zsh/vendor-completions/_brief; do
  expect_in "$WORK/contents" "$f"
done

# Installed on this machine from here on: removed whatever happens.
trap 'dpkg -r brief >/dev/null 2>&1; rm -rf "$WORK"' EXIT
installed=0
for attempt in 1 2 3 4 5 6; do # another dpkg run may hold the lock for a moment
  if dpkg -i "$deb" >"$WORK/dpkg.log" 2>&1; then installed=1; break; fi
  grep -q "lock" "$WORK/dpkg.log" || break
  sleep 10
done
checks=$((checks + 1))
[ "$installed" = 1 ] || fail "dpkg -i failed: $(tail -c 800 "$WORK/dpkg.log")"
if [ "$installed" = 1 ]; then
  mkdir -p "$WORK/empty" && cd "$WORK/empty"
  expect_exit 0 -- /usr/bin/brief init briefing
  cd briefing
  expect_exit 0 -- /usr/bin/brief build -q --summary-json out/summary.json
  for f in pdf epub docx xml; do
    checks=$((checks + 1))
    [ -s "out/briefing.$f" ] || fail "no out/briefing.$f from the packaged brief"
  done
  expect_exit 1 -- /usr/bin/brief check --style nonesuch
  expect_in "$WORK/err" " /usr/share/brief/styles/nonesuch.yaml"
  have man && { expect_exit 0 -- man -w brief; expect_in "$WORK/out" "/usr/share/man/man1/brief.1"; }
  cd "$WORK"
  checks=$((checks + 1))
  dpkg -r brief >"$WORK/dpkg.log" 2>&1 || fail "dpkg -r failed: $(tail -c 400 "$WORK/dpkg.log")"
  checks=$((checks + 1))
  [ ! -e /usr/bin/brief ] || fail "/usr/bin/brief is still there after dpkg -r"
fi
finish
