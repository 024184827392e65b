#!/usr/bin/env bash
# Updates the translations (resources/translations/*.ts) from the sources the window translates (ui/ and
# app/core/; the command line is not translated) and lists the messages left to translate. Strings that
# left the sources are dropped. Translate with Qt Linguist (`linguist resources/translations/*.ts`) or
# an editor, then run this again: it prints nothing left and tst_translations passes.
# Usage: tests/quality/untranslated.sh        (LUPDATE, LCONVERT override the tools' paths)
set -euo pipefail
cd "$(dirname "$0")/../.."
qtbin=/usr/lib/qt6/bin
lupdate=${LUPDATE:-$(command -v lupdate 2>/dev/null || echo "$qtbin/lupdate")}
lconvert=${LCONVERT:-$(dirname "$lupdate")/lconvert}
dir=resources/translations
# The same options as tst_translations and resources/CMakeLists.txt: no source locations, so that the
# files change only when a text does.
"$lupdate" -silent -locations none -no-obsolete ui app/core -ts "$dir/regionconsole_de.ts" "$dir/regionconsole_fr.ts"
"$lupdate" -silent -locations none -no-obsolete -pluralonly ui app/core -ts "$dir/regionconsole_en.ts"

left=0
for ts in "$dir"/regionconsole_*.ts; do
    # lconvert -no-finished keeps only the unfinished messages; as a .po file they read one per entry.
    unfinished=$("$lconvert" -no-finished -no-obsolete -i "$ts" -of po -o - | grep -c '^msgid "..*"' || true)
    echo "$ts: $unfinished unfinished"
    if [ "$unfinished" -gt 0 ]; then
        # One line per message: its context and its English text (continuation lines joined).
        "$lconvert" -no-finished -no-obsolete -i "$ts" -of po -o - | awk '
            /^msgctxt / { ctx = substr($0, 10); gsub(/^"|[|]?"$/, "", ctx); next }
            /^msgid /   { id = substr($0, 7); inid = 1; next }
            inid && /^"/ { id = id $0; next }
            inid { gsub(/""/, "", id); if (id != "") print "    " ctx ": " id; inid = 0 }'
        left=$((left + unfinished))
    fi
done
[ "$left" -eq 0 ]
