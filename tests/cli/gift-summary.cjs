// gift-summary.cjs — parses a GIFT file with the gift-pegjs package (an independent GIFT parser)
// and prints one line per item: TYPE<TAB>TITLE<TAB>DETAIL, where DETAIL is the number of choices
// (MC, Short), match pairs (Matching) or the truth (TF). Used by tests/cli/export.sh.
// Usage: NODE_PATH=DIR/node_modules node gift-summary.cjs FILE.gift
"use strict";
const fs = require("fs");
const { parse } = require("gift-pegjs");

const text = fs.readFileSync(process.argv[2], "utf8");
let items;
try {
    items = parse(text);
} catch (e) {
    const where = e.location ? `${e.location.start.line}:${e.location.start.column}` : "?";
    console.error(`gift-pegjs: ${process.argv[2]}:${where}: ${e.message}`);
    process.exit(1);
}
for (const q of items) {
    let detail = "";
    if (q.type === "MC" || q.type === "Short") {
        const right = q.choices.filter((c) => c.isCorrect || (c.weight || 0) > 0).length;
        detail = `${q.choices.length} choices, ${right} right`;
    } else if (q.type === "Matching") detail = `${q.matchPairs.length} pairs`;
    else if (q.type === "TF") detail = String(q.isTrue);
    const feedback = q.globalFeedback ? "feedback" : "no-feedback";
    console.log([q.type, q.title || "", detail, feedback, q.id || ""].join("\t"));
}
