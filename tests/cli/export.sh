#!/usr/bin/env bash
# export.sh — `byline export` and `byline import`, checked with parsers Byline did not write:
#   * GIFT: parsed by the gift-pegjs npm package (question count, types, titles, feedback);
#   * Moodle XML and QTI 2.1: xmllint for well-formedness, then structure checked with XPath
#     (question types, one interaction per item of the right kind, declarations, feedback,
#     manifest resources that exist); against the QTI 2.1 XSD too when BYLINE_QTI_XSD names a
#     local copy (no Debian or npm package ships it, and the schema's imports need the network);
#   * the QTI .zip package: Python's zipfile (CRC of every entry) and its list of names;
#   * the round trip: GIFT exported, imported back, the same number of questions.
# A question that asks for its evidence ("cite") must come out as two questions in GIFT and Moodle
# XML (the second named ID-evidence, a multiple choice) and as one QTI item with a second
# interaction (a hottext, CITE), and come back from GIFT as one question with "cite": true.
# Every bundled pack (quizzes/*.json) and good fixture (tests/fixtures/good/*.json) goes through
# all three formats. gift-pegjs is installed with npm into ${BYLINE_NODE_DIR:-~/.cache/byline-node}
# on first use; without node/npm the GIFT checks fail with a message saying so.
# Usage: bash tests/cli/export.sh BYLINE SOURCE_DIR
set -u
BYLINE=$1
SRC=$2
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() {
    echo "FAIL: $*" >&2
    fail=$((fail + 1))
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- tools ----------------------------------------------------------------------------------------
for tool in xmllint python3; do
    command -v "$tool" >/dev/null 2>&1 || bad "$tool is missing (scripts/setup.sh installs it)"
done
NODE_DIR=${BYLINE_NODE_DIR:-${HOME:-/tmp}/.cache/byline-node}
have_gift=0
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    bad "node and npm are needed to parse GIFT with gift-pegjs (apt-get install nodejs npm)"
elif [ -f "$NODE_DIR/node_modules/gift-pegjs/package.json" ]; then
    have_gift=1
elif npm install --prefix "$NODE_DIR" --no-audit --no-fund gift-pegjs >"$tmp/npm.log" 2>&1; then
    have_gift=1
else
    bad "npm install --prefix $NODE_DIR gift-pegjs failed:"
    sed 's/^/    /' "$tmp/npm.log" >&2
fi
gift_summary() { NODE_PATH="$NODE_DIR/node_modules" node "$SRC/tests/cli/gift-summary.cjs" "$1"; }

# xpath EXPR FILE: the value of an XPath expression (numbers and strings).
xpath() { xmllint --xpath "$1" "$2" 2>/dev/null; }

# --- expectations from the pack itself ----------------------------------------------------------------
# Prints: articles, then one line per question: id, format, and 1 when it asks for its evidence
# (its own "cite", else the pack's for every question that is not an evidence question).
pack_outline() {
    python3 - "$1" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
print(len(p["articles"]))
for q in p["questions"]:
    cite = q.get("cite", p.get("cite", False) and q["format"] != "evidence")
    print(q["id"], q["format"], 1 if cite else 0)
EOF
}

gift_type() {
    case $1 in
        choice | multi | evidence) echo MC ;;
        true_false) echo TF ;;
        text) echo Short ;;
        order) echo Matching ;;
    esac
}
moodle_type() {
    case $1 in
        choice | multi | evidence) echo multichoice ;;
        true_false) echo truefalse ;;
        text) echo shortanswer ;;
        order) echo matching ;;
    esac
}
qti_interaction() {
    case $1 in
        choice | multi | true_false) echo choiceInteraction ;;
        text) echo textEntryInteraction ;;
        order) echo orderInteraction ;;
        evidence) echo hottextInteraction ;;
    esac
}

# The ids a warning says were skipped ("…skipped…: a, b").
skipped_ids() { grep -i 'skipped' "$1" | sed 's/.*: //; s/, /\n/g' || true; }

# --- GIFT -----------------------------------------------------------------------------------------------
check_gift() { # PACK NAME OUTLINE
    local pack=$1 name=$2 outline=$3 out="$tmp/$2.gift"
    if ! "$BYLINE" export --format gift "$pack" -o "$out" 2>"$tmp/$name.gift.err"; then
        bad "$name: export --format gift failed: $(cat "$tmp/$name.gift.err")"
        return
    fi
    ok
    [ "$have_gift" = 1 ] || return
    if ! gift_summary "$out" >"$tmp/$name.gift.sum" 2>"$tmp/$name.gift.perr"; then
        bad "$name: gift-pegjs cannot parse the export: $(cat "$tmp/$name.gift.perr")"
        return
    fi
    ok
    local skipped expected got
    skipped=$(skipped_ids "$tmp/$name.gift.err")
    expected=$(tail -n +2 "$outline" | while read -r id fmt cite; do
        grep -qx "$id" <<<"$skipped" || printf '%s\t%s\tfeedback\n' "$(gift_type "$fmt")" "$id"
        if [ "$cite" = 1 ]; then printf 'MC\t%s-evidence\tfeedback\n' "$id"; fi
    done)
    got=$(grep -v '^Category\|^Description' "$tmp/$name.gift.sum" | cut -f1,2,4)
    if [ "$got" = "$expected" ]; then ok; else
        bad "$name: gift-pegjs read other questions than exported:"
        diff <(echo "$expected") <(echo "$got") | sed 's/^/    /' >&2
    fi
    local articles descriptions
    articles=$(head -1 "$outline")
    descriptions=$(grep -c '^Description' "$tmp/$name.gift.sum")
    if [ "$descriptions" = "$articles" ]; then ok; else
        bad "$name: $descriptions GIFT description items for $articles articles"
    fi
    # round trip: import the GIFT back
    if "$BYLINE" import --format gift "$out" -o "$tmp/$name.back.json" 2>"$tmp/$name.imp.err" &&
        python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["questions"]))' \
            "$tmp/$name.back.json" >"$tmp/$name.back.n" 2>&1; then
        local n_exp n_cite
        n_exp=$(grep -cv '^Category\|^Description' "$tmp/$name.gift.sum")
        n_cite=$(grep -c ' 1$' "$outline")
        n_exp=$((n_exp - n_cite)) # each evidence part is folded back into its question
        if [ "$(cat "$tmp/$name.back.n")" = "$n_exp" ]; then ok; else
            bad "$name: round trip: $(cat "$tmp/$name.back.n") questions imported of $n_exp"
        fi
        python3 - "$tmp/$name.back.json" "$outline" <<'EOF' && ok || bad "$name: round trip: cite lost"
import json, sys
back = [q["id"] for q in json.load(open(sys.argv[1]))["questions"] if q.get("cite")]
want = [l.split()[0] for l in open(sys.argv[2]).read().splitlines()[1:] if l.endswith(" 1")]
assert back == want, (back, want)
EOF
    else
        bad "$name: import of the GIFT export failed: $(cat "$tmp/$name.imp.err" "$tmp/$name.back.n" 2>/dev/null)"
    fi
}

# --- Moodle XML ------------------------------------------------------------------------------------------
check_moodle() { # PACK NAME OUTLINE
    local pack=$1 name=$2 outline=$3 out="$tmp/$2.xml"
    if ! "$BYLINE" export --format moodle-xml "$pack" -o "$out" 2>"$tmp/$name.xml.err"; then
        bad "$name: export --format moodle-xml failed: $(cat "$tmp/$name.xml.err")"
        return
    fi
    if ! xmllint --noout "$out" 2>"$tmp/$name.xmllint"; then
        bad "$name: Moodle XML is not well-formed: $(head -5 "$tmp/$name.xmllint")"
        return
    fi
    ok
    local skipped expected got
    skipped=$(skipped_ids "$tmp/$name.xml.err")
    expected=$(tail -n +2 "$outline" | while read -r id fmt cite; do
        grep -qx "$id" <<<"$skipped" || printf '%s %s\n' "$(moodle_type "$fmt")" "$id"
        if [ "$cite" = 1 ]; then printf 'multichoice %s-evidence\n' "$id"; fi
    done)
    got=$(python3 - "$out" <<'EOF'
import sys, xml.etree.ElementTree as ET
for q in ET.parse(sys.argv[1]).getroot().findall("question"):
    t = q.get("type")
    if t in ("category", "description"):
        continue
    fb = q.find("generalfeedback/text")
    print(t, q.findtext("name/text"), "" if fb is not None and fb.text else "(no feedback)")
EOF
)
    got=$(sed 's/ $//' <<<"$got")
    if [ "$got" = "$expected" ]; then ok; else
        bad "$name: Moodle XML questions differ from the pack:"
        diff <(echo "$expected") <(echo "$got") | sed 's/^/    /' >&2
    fi
    local articles descriptions
    articles=$(head -1 "$outline")
    descriptions=$(xpath 'count(/quiz/question[@type="description"])' "$out")
    [ "$descriptions" = "$articles" ] && ok || bad "$name: $descriptions description questions for $articles articles"
}

# --- QTI ----------------------------------------------------------------------------------------------------
QNS='http://www.imsglobal.org/xsd/imsqti_v2p1'
check_qti_item() { # FILE ID FORMAT NAME CITE
    local f=$1 id=$2 fmt=$3 name=$4 cite=$5 inter
    inter=$(qti_interaction "$fmt")
    local checks=(
        "namespace-uri(/*)='$QNS' and local-name(/*)='assessmentItem'"
        "/*/@identifier='Q_$id'"
        "count(//*[local-name()='$inter'][@responseIdentifier='RESPONSE'])=1"
        "count(//*[local-name()='itemBody']//*[contains(local-name(),'Interaction')])=$((1 + cite))"
        "//*[local-name()='$inter']/@responseIdentifier=/*/*[local-name()='responseDeclaration']/@identifier"
        "count(/*/*[local-name()='responseDeclaration']/*[local-name()='correctResponse']/*[local-name()='value'])>=1"
        "count(/*/*[local-name()='outcomeDeclaration'][@identifier='SCORE'])=1"
        "string-length(normalize-space(/*/*[local-name()='modalFeedback']))>0"
        "count(/*/*[local-name()='responseProcessing'])=1"
    )
    case $fmt in
        evidence) checks+=("count(//*[local-name()='hottext'])>=1"
                           "count(//*[local-name()='mapEntry'])>=1") ;;
        order) checks+=("/*/*[local-name()='responseDeclaration']/@cardinality='ordered'"
                        "count(//*[local-name()='simpleChoice'])=count(/*/*[local-name()='responseDeclaration'][@identifier='RESPONSE']/*[local-name()='correctResponse']/*)") ;;
        text) checks+=("/*/*[local-name()='responseDeclaration']/@baseType='string'"
                       "count(//*[local-name()='mapEntry'])>=1") ;;
        multi) checks+=("/*/*[local-name()='responseDeclaration']/@cardinality='multiple'") ;;
    esac
    if [ "$cite" = 1 ]; then checks+=(
        "count(//*[local-name()='hottextInteraction'][@responseIdentifier='CITE'])=1"
        "count(/*/*[local-name()='responseDeclaration'][@identifier='CITE']//*[local-name()='mapEntry'])>=1"
        "count(//*[local-name()='responseProcessing']/@template)=0"
        "count(//*[local-name()='mapResponse'][@identifier='CITE'])=1"); fi
    for c in "${checks[@]}"; do
        if [ "$(xpath "boolean($c)" "$f")" != "true" ]; then
            bad "$name: QTI item $id ($fmt) fails: $c"
            return
        fi
    done
    ok
}

check_qti() { # PACK NAME OUTLINE
    local pack=$1 name=$2 outline=$3 dir="$tmp/$2.qti"
    if ! "$BYLINE" export --format qti "$pack" -o "$dir" 2>"$tmp/$name.qti.err"; then
        bad "$name: export --format qti failed: $(cat "$tmp/$name.qti.err")"
        return
    fi
    grep -v 'questions with "cite" exported as one item' "$tmp/$name.qti.err" >"$tmp/$name.qti.other"
    [ -s "$tmp/$name.qti.other" ] && bad "$name: QTI export warned: $(cat "$tmp/$name.qti.other")"
    local f all_ok=1
    for f in "$dir"/*.xml; do
        xmllint --noout "$f" 2>"$tmp/xmllint.err" || {
            bad "$name: $(basename "$f") is not well-formed: $(head -3 "$tmp/xmllint.err")"
            all_ok=0
        }
        if [ -n "${BYLINE_QTI_XSD:-}" ] && [ "$(basename "$f")" != imsmanifest.xml ]; then
            xmllint --noout --schema "$BYLINE_QTI_XSD" "$f" 2>"$tmp/xsd.err" ||
                bad "$name: $(basename "$f") is not valid QTI 2.1: $(head -5 "$tmp/xsd.err")"
        fi
    done
    [ "$all_ok" = 1 ] || return
    ok
    local i=0 id fmt file
    while read -r id fmt cite; do
        i=$((i + 1))
        file=$(printf '%s/q%04d-%s.xml' "$dir" "$i" "$id")
        if [ -f "$file" ]; then check_qti_item "$file" "$id" "$fmt" "$name" "$cite"; else
            bad "$name: no QTI item file $(basename "$file")"
        fi
    done < <(tail -n +2 "$outline")
    # the manifest names every file, and every file it names exists
    local m="$dir/imsmanifest.xml" n_items href missing=0
    n_items=$(xpath "count(//*[local-name()='resource'][@type='imsqti_item_xmlv2p1'])" "$m")
    [ "$n_items" = "$i" ] && ok || bad "$name: manifest lists $n_items items of $i"
    for href in $(xpath "//*[local-name()='file']/@href" "$m" | sed 's/ href="\([^"]*\)"/\1\n/g'); do
        [ -f "$dir/$href" ] || { bad "$name: manifest names missing file $href"; missing=1; }
    done
    [ "$missing" = 0 ] && ok
    for href in $(xpath "//*[local-name()='assessmentItemRef']/@href" "$dir"/*-test.xml |
        sed 's/ href="\([^"]*\)"/\1\n/g'); do
        [ -f "$dir/$href" ] || bad "$name: the assessmentTest refers to missing $href"
    done
    # the same as a .zip package, read by Python's zipfile
    if "$BYLINE" export --format qti "$pack" -o "$tmp/$name.zip" 2>/dev/null &&
        python3 - "$tmp/$name.zip" "$dir" >"$tmp/zip.err" 2>&1 <<'EOF'
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
assert bad is None, "bad CRC in " + bad
names = sorted(z.namelist())
assert names == sorted(os.listdir(sys.argv[2])), names
for n in names:
    assert z.read(n) == open(os.path.join(sys.argv[2], n), "rb").read(), n
EOF
    then ok; else bad "$name: the QTI zip does not hold the same files: $(cat "$tmp/zip.err")"; fi
}

# --- every pack -----------------------------------------------------------------------------------------------
packs=("$SRC"/quizzes/*.json "$SRC"/tests/fixtures/good/*.json)
for pack in "${packs[@]}"; do
    [ -f "$pack" ] || continue
    name=$(basename "$pack" .json)
    if ! "$BYLINE" check --quiet "$pack" >/dev/null 2>&1; then
        echo "note: $name does not load (being written?); skipped" >&2
        continue
    fi
    pack_outline "$pack" >"$tmp/$name.outline"
    check_gift "$pack" "$name" "$tmp/$name.outline"
    check_moodle "$pack" "$name" "$tmp/$name.outline"
    check_qti "$pack" "$name" "$tmp/$name.outline"
done
[ -n "${BYLINE_QTI_XSD:-}" ] ||
    echo "note: QTI checked for well-formedness and structure; set BYLINE_QTI_XSD to a local imsqti_v2p1.xsd to validate against the schema too" >&2

# --- the command line ----------------------------------------------------------------------------------------
harbor="$SRC/tests/fixtures/good/harbor.json"
expect_status() { # WANT DESCRIPTION CMD...
    local want=$1 what=$2
    shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    [ "$rc" = "$want" ] && ok || bad "$what: exit $rc, expected $want ($(head -2 "$tmp/err"))"
}
expect_status 2 "export without --format" "$BYLINE" export "$harbor"
expect_status 2 "export --format csv" "$BYLINE" export --format csv "$harbor"
expect_status 2 "export --format qti without -o" "$BYLINE" export --format qti "$harbor"
expect_status 2 "export of a missing file" "$BYLINE" export --format gift "$tmp/none.json"
expect_status 2 "export to an unwritable place" "$BYLINE" export --format gift "$harbor" -o /nonexistent/dir/x
sed 's/"answer": 1,/"answer": 7,/' "$harbor" >"$tmp/broken.json"
expect_status 1 "export of an invalid pack" "$BYLINE" export --format gift "$tmp/broken.json"
grep -q 'questions\[0\].answer' "$tmp/err" && ok || bad "export of an invalid pack does not print the problem"
expect_status 0 "export --format=gift to standard output" "$BYLINE" export --format=gift "$harbor"
grep -q '^::who-more-time::' "$tmp/out" && ok || bad "GIFT on standard output lacks the question"
grep -q 'warning: .*order' "$tmp/err" && ok || bad "the order → matching warning is not on standard error"
expect_status 0 "export --help" "$BYLINE" export --help
# GIFT is the only format: --format may be left out (it is the default), another one is refused.
printf '::a::Q? {T}\n' >"$tmp/x.gift"
expect_status 0 "import without --format" "$BYLINE" import "$tmp/x.gift" -o "$tmp/x.json"
python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))["questions"]) == 1' "$tmp/x.json" &&
    ok || bad "import without --format: no pack written"
expect_status 2 "import --format moodle" "$BYLINE" import --format moodle "$tmp/x.gift"
grep -q "unknown format 'moodle'" "$tmp/err" && ok || bad "import --format moodle: $(cat "$tmp/err")"
expect_status 2 "import of a missing file" "$BYLINE" import --format gift "$tmp/none.gift"
printf 'no questions here\n' >"$tmp/empty.gift"
expect_status 1 "import of a file without questions" "$BYLINE" import --format gift "$tmp/empty.gift"
head -c 3000 /dev/urandom >"$tmp/garbage.gift" 2>/dev/null || printf '{{{\\\n=~#' >"$tmp/garbage.gift"
"$BYLINE" import --format gift "$tmp/garbage.gift" >/dev/null 2>&1
rc=$?
[ "$rc" -le 2 ] && ok || bad "import of random bytes crashed (exit $rc)"
printf '::a::Q? {T}\n' | "$BYLINE" import --format gift - >"$tmp/stdin.json" 2>/dev/null &&
    python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))["questions"]) == 1' "$tmp/stdin.json" &&
    ok || bad "import from standard input"

echo "export.sh: $pass passed, $fail failed"
[ "$fail" = 0 ]
