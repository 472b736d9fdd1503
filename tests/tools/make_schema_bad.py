#!/usr/bin/python3
"""make_schema_bad.py — (re)generate tests/fixtures/schema-bad/ from tests/fixtures/good/minimal.json.

Each fixture is minimal.json with exactly one change that breaks exactly one rule of the pack
format, so it must be rejected both by docs/pack.schema.json and by `byline check`
(tests/cli/schema.sh checks both). The fixtures are committed; run this after changing
minimal.json or the list below:

  /usr/bin/python3 tests/tools/make_schema_bad.py

It also writes tests/fixtures/schema-bad/README.md (what each fixture breaks), and refuses to
write anything unless minimal.json is valid and every fixture gets exactly one schema error.
"""
import copy
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import schema_check  # noqa: E402  (same directory)

GOOD = os.path.join(SRC, "tests", "fixtures", "good", "minimal.json")
OUT = os.path.join(SRC, "tests", "fixtures", "schema-bad")

# Questions of minimal.json, by index.
Q_CHOICE, Q_ROLE, Q_MULTI, Q_TF, Q_ORDER, Q_TEXT, Q_EVIDENCE = range(7)


def q(p, i):
    return p["questions"][i]


def art(p):
    return p["articles"][0]


def set_(getter, key, value):
    def mutate(p):
        getter(p)[key] = value
    return mutate


def del_(getter, key):
    def mutate(p):
        del getter(p)[key]
    return mutate


def root(p):
    return p


def question(i):
    return lambda p: q(p, i)


def one_choice(p):
    q(p, Q_ROLE)["choices"] = ["Transportation director"]
    q(p, Q_ROLE)["answer"] = 0


# (file name, what it breaks, mutation). Keep the names stable: they are the fixtures' names.
CASES = [
    ("missing-title", "the pack has no `title` (required)",
     del_(root, "title")),
    ("missing-language", "the pack has no `language` (required)",
     del_(root, "language")),
    ("format-version-2", "`format` is 2; only format version 1 exists",
     set_(root, "format", 2)),
    ("pack-id-pattern", "the pack `id` \"alder start!\" has a space and a '!' (ids are 1-64 of A-Z a-z 0-9 . _ -)",
     set_(root, "id", "alder start!")),
    ("time-limit-9999", "the pack's `time_limit` is 9999 (allowed: 5-600)",
     set_(root, "time_limit", 9999)),
    ("practice-string", "`practice` is the string \"yes\", not a boolean",
     set_(root, "practice", "yes")),
    ("questions-empty", "`questions` is empty (1-10000 required)",
     set_(root, "questions", [])),
    ("article-date-words", "the article `date` is \"April 2\", not YYYY-MM-DD",
     set_(art, "date", "April 2")),
    ("article-date-feb-30", "the article `date` is 2025-02-30, which is not a real date",
     set_(art, "date", "2025-02-30")),
    ("article-missing-outlet", "the article has no `outlet` (required)",
     del_(art, "outlet")),
    ("paragraphs-empty", "the article's `paragraphs` is empty (1-500 required)",
     set_(art, "paragraphs", [])),
    ("person-missing-name", "a person has no `name` (required)",
     del_(lambda p: p["people"][2], "name")),
    ("event-date-month-13", "an event `date` is 2024-13: there is no month 13",
     set_(lambda p: p["events"][0], "date", "2024-13")),
    ("kind-opinion", "a question's `kind` is \"opinion\" (allowed: speaker, claim, timeline)",
     set_(question(Q_TF), "kind", "opinion")),
    ("format-essay", "a question's `format` is \"essay\" (allowed: choice, multi, true_false, order, text, evidence)",
     set_(question(Q_EVIDENCE), "format", "essay")),
    ("question-id-pattern", "a question `id` \"vote unanimous?\" has a space and a '?'",
     set_(question(Q_TF), "id", "vote unanimous?")),
    ("prompt-empty", "a question's `prompt` is \"\" (texts must not be empty)",
     set_(question(Q_TF), "prompt", "")),
    ("explanation-blank", "a question's `explanation` is only spaces (texts must not be empty)",
     set_(question(Q_TF), "explanation", "   ")),
    ("points-0", "a question's `points` is 0 (allowed: 1-100)",
     set_(question(Q_CHOICE), "points", 0)),
    ("question-time-limit-2", "a question's `time_limit` is 2 (allowed: 5-600)",
     set_(question(Q_ORDER), "time_limit", 2)),
    ("difficulty-impossible", "a question's `difficulty` is \"impossible\" (allowed: easy, medium, hard)",
     set_(question(Q_MULTI), "difficulty", "impossible")),
    ("ask-job", "a speaker question's `ask` is \"job\" (allowed: name, role)",
     set_(question(Q_ROLE), "ask", "job")),
    ("speaker-without-person", "a `speaker` question has no `person`",
     del_(question(Q_TEXT), "person")),
    ("holder-id-pattern", "a claim question's `holder` \"Sam Reyes\" is not an id (it has a space)",
     set_(question(Q_MULTI), "holder", "Sam Reyes")),
    ("choice-without-choices", "a `choice` question has no `choices`",
     del_(question(Q_CHOICE), "choices")),
    ("choice-one-choice", "a `choice` question has only one choice (2-8 required)",
     one_choice),
    ("choice-answer-string", "a `choice` question's `answer` is the string \"1\", not an index",
     set_(question(Q_CHOICE), "answer", "1")),
    ("choice-answer-negative", "a `choice` question's `answer` is -1 (indices start at 0)",
     set_(question(Q_CHOICE), "answer", -1)),
    ("multi-answers-integer", "a `multi` question's `answers` is 0, not an array of indices",
     set_(question(Q_MULTI), "answers", 0)),
    ("true-false-answer-string", "a `true_false` question's `answer` is the string \"false\", not a boolean",
     set_(question(Q_TF), "answer", "false")),
    ("order-without-events", "an `order` question has no `events`",
     del_(question(Q_ORDER), "events")),
    ("order-one-event", "an `order` question lists one event (2-8 required)",
     set_(question(Q_ORDER), "events", ["vote"])),
    ("text-without-accept", "a `text` question has no `accept`",
     del_(question(Q_TEXT), "accept")),
    ("evidence-empty", "a question's `evidence` is empty (1-8 passages required)",
     set_(question(Q_TF), "evidence", [])),
    ("passage-number", "an evidence passage is the number 42, neither a string nor an object",
     set_(question(Q_TF), "evidence", [42])),
    ("passage-without-quote", "an evidence passage object has no `quote`",
     set_(question(Q_EVIDENCE), "evidence", [{"article": "alder", "occurrence": 1}])),
    ("passage-occurrence-0", "an evidence passage's `occurrence` is 0 (occurrences count from 1)",
     set_(question(Q_EVIDENCE), "evidence",
          [{"quote": "beginning in September", "article": "alder", "occurrence": 0}])),
    ("prompt-terminal-escape", "a question's `prompt` holds ESC and BEL, which a terminal acts on (clear the screen, beep)",
     set_(question(Q_TF), "prompt", "\x1b[2JThe vote was unanimous.\x07")),
    ("date-order-ymd", "the pack's `date_order` is \"ymd\" (allowed: mdy, dmy)",
     set_(root, "date_order", "ymd")),
    ("typos-2", "a `text` question's `typos` is 2 (allowed: 0-1)",
     set_(question(Q_TEXT), "typos", 2)),
    ("cite-share-1", "the pack's `cite_share` is 1 (allowed: more than 0, less than 1)",
     set_(root, "cite_share", 1)),
    ("evidence-cite", "an `evidence` question has `cite: true` (it already asks for the sentence)",
     set_(question(Q_EVIDENCE), "cite", True)),
    ("cite-string", "a question's `cite` is the string \"yes\", not a boolean",
     set_(question(Q_CHOICE), "cite", "yes")),
]


def main():
    with open(GOOD, encoding="utf-8") as f:
        good = json.load(f)
    schema = schema_check.load_json(schema_check.DEFAULT_SCHEMA)
    schema_check.Draft202012Validator.check_schema(schema)
    validator = schema_check.Validator(schema)
    problems = schema_check.validate_file(validator, GOOD)
    if problems:
        sys.exit(f"{GOOD} is not valid: {problems}")

    files = {}
    for n, (name, what, mutate) in enumerate(CASES, 1):
        pack = copy.deepcopy(good)
        mutate(pack)
        errors = list(validator.iter_errors(pack))
        if len(errors) != 1:
            sys.exit(f"{name}: expected exactly one schema error, got {len(errors)}: "
                     + "; ".join(e.message for e in errors))
        fname = f"{n:02d}-{name}.json"
        files[fname] = (json.dumps(pack, indent=2, ensure_ascii=False) + "\n", what,
                        schema_check.byline_path(list(errors[0].absolute_path)))

    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "*.json")):
        if os.path.basename(old) not in files:
            os.remove(old)
    readme = ["# Packs the schema must reject",
              "",
              "Generated by `tests/tools/make_schema_bad.py` from `tests/fixtures/good/minimal.json`:",
              "each is that pack with one change that breaks one rule of docs/pack-format.md.",
              "`tests/cli/schema.sh` requires that docs/pack.schema.json rejects each with exactly one",
              "error and that `byline check` rejects each (exit status 1). Do not edit by hand.",
              "",
              "| file | breaks | schema error at |",
              "|---|---|---|"]
    for fname, (text, what, where) in files.items():
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write(text)
        readme.append(f"| `{fname}` | {what} | `{where}` |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print(f"wrote {len(files)} fixtures to {os.path.relpath(OUT, SRC)}")


if __name__ == "__main__":
    main()
