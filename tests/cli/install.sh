# The installed tree: `cmake --install` to a temporary prefix puts every file where the README
# says, and that brief, moved elsewhere, runs init and build from an empty folder with its own
# share/brief/styles (not the source tree's).
. "$(dirname "$0")/lib.bash"

BUILD=${BRIEF_BUILD_DIR:?the build folder (ctest sets BRIEF_BUILD_DIR)}
export SOURCE_DATE_EPOCH=1543190400
prefix=$WORK/prefix
checks=$((checks + 1))
cmake --install "$BUILD" --prefix "$prefix" >"$WORK/install.log" 2>&1 || fail "cmake --install failed: $(tail -c 600 "$WORK/install.log")"
for f in bin/brief share/brief/styles/default.yaml share/brief/styles/letter.yaml share/man/man1/brief.1 \
         share/bash-completion/completions/brief share/zsh/vendor-completions/_brief; do
  checks=$((checks + 1))
  [ -s "$prefix/$f" ] || fail "the install has no $f"
done

# Moved (an installed tree is relocatable): its letter style made distinctive, so the test sees
# which style folder brief read.
mv "$prefix" "$WORK/moved"
brief_bin=$WORK/moved/bin/brief
sed -i 's/^  size: Letter/  width: 500pt\n  height: 700pt/' "$WORK/moved/share/brief/styles/letter.yaml"
grep -q 'width: 500pt' "$WORK/moved/share/brief/styles/letter.yaml" || fail "test set-up: letter.yaml has no 'size: Letter'"

mkdir -p "$WORK/empty" && cd "$WORK/empty"
expect_exit 0 -- "$brief_bin" init hearing --style letter
expect_in "$WORK/out" "hearing/articles/briefing.yaml"
cd hearing
expect_exit 0 -- "$brief_bin" build -q --summary-json out/summary.json
for f in pdf epub docx xml; do
  checks=$((checks + 1))
  [ -s "out/briefing.$f" ] || fail "no out/briefing.$f from the installed brief"
done
expect_in out/summary.json '"ok": true'
if have pdfinfo; then
  pdfinfo out/briefing.pdf >"$WORK/info" 2>&1
  expect_in "$WORK/info" "500 x 700 pts"
fi
expect_exit 1 -- "$brief_bin" check --style nonesuch
expect_in "$WORK/err" "$WORK/moved/share/brief/styles/nonesuch.yaml"
expect_exit 1 -- "$brief_bin" init .
expect_in "$WORK/err" "already has articles"
finish
