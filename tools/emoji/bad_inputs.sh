#!/usr/bin/env bash
# The `emoji_bad_inputs` test: every bad input makes dddg-make-emoji exit 2 with exactly one
# line on stderr (naming the problem) and leave nothing behind.
# usage: bad_inputs.sh TOOL FONT EMOJI_TEST; exit 77 (skipped) when the font or list is missing.
set -u
TOOL="$1"
FONT="$2"
LIST="$3"
if [ ! -f "$FONT" ] || [ ! -f "$LIST" ]; then
    echo "skipped: $FONT or $LIST is not installed (Debian: fonts-noto-color-emoji, unicode-data)"
    exit 77
fi
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
echo "plain text" > "$W/text.txt"
mkdir "$W/taken" && echo "someone's file" > "$W/taken/notes.txt"
FIXTURES="$(ls -A "$W")"

failures=0
# expect NAME "PART OF THE MESSAGE" ARGUMENTS...
expect() {
    local name="$1" message="$2"
    shift 2
    "$TOOL" "$@" > "$W/.stdout" 2> "$W/.stderr"
    local rc=$? lines
    lines="$(wc -l < "$W/.stderr")"
    if [ "$rc" -ne 2 ] || [ "$lines" -ne 1 ] || ! grep -qF -- "$message" "$W/.stderr"; then
        echo "FAIL $name: exit $rc, $lines stderr line(s): $(cat "$W/.stderr")"
        failures=$((failures + 1))
    fi
    rm -f "$W/.stdout" "$W/.stderr"
    if [ "$(ls -A "$W")" != "$FIXTURES" ]; then
        echo "FAIL $name: left $(ls -A "$W" | tr '\n' ' ')"
        failures=$((failures + 1))
    fi
}

expect "missing font" "cannot open the emoji font" --out "$W/set" --font "$W/missing.ttf" --emoji-test "$LIST"
expect "not a font" "is not a font file" --out "$W/set" --font "$W/text.txt" --emoji-test "$LIST"
DEJAVU=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[ -f "$DEJAVU" ] && expect "not a colour font" "is not a colour bitmap font" --out "$W/set" --font "$DEJAVU" --emoji-test "$LIST"
expect "missing list" "cannot read the emoji list" --out "$W/set" --font "$FONT" --emoji-test "$W/missing.txt"
expect "not an emoji list" "not an emoji-test.txt" --out "$W/set" --font "$FONT" --emoji-test "$W/text.txt"
expect "unwritable out" "cannot create a folder" --out "$W/text.txt/set" --font "$FONT" --emoji-test "$LIST"
expect "out taken" "is not an emoji set" --out "$W/taken" --font "$FONT" --emoji-test "$LIST"
expect "no out" "--out DIR is required" --font "$FONT" --emoji-test "$LIST"
expect "bad limit" "--limit must be" --out "$W/set" --limit none

[ "$failures" -eq 0 ] && echo "emoji_bad_inputs: every bad input refused"
exit $((failures > 0))
