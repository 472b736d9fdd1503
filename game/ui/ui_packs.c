/* ui_packs.c — the library's packs: the bundled quizzes/ directory and whatever was given on
 * the command line, each loaded and checked; a pack that fails keeps its diagnostics so the app
 * can show them. Also the per-student figures shown on each card (best score, resume, review). */
#include "library.h"
#include "ui_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A pack given on the command line that is also one of the bundled packs is listed once. */
static bool already_listed(const App *app, const char *path)
{
    for (size_t i = 0; i < app->n_packs; i++)
        if (strcmp(app->packs[i].path, path) == 0 || library_same_file(app->packs[i].path, path))
            return true;
    return false;
}

/* The first character of the pack's texts that a font lacks (0 when all are there). */
static uint32_t missing_glyph(App *app, const Pack *p)
{
    TTF_Font *body = ui_font(&app->ui, FONT_BODY), *sans = ui_font(&app->ui, FONT_UI);
    uint32_t cp = 0;
    for (size_t i = 0; i < p->n_articles && !cp; i++) {
        cp = ui_text_missing_glyph(body, p->articles[i].body);
        if (!cp) cp = ui_text_missing_glyph(sans, p->articles[i].title);
    }
    for (size_t i = 0; i < p->n_questions && !cp; i++) {
        const Question *q = &p->questions[i];
        cp = ui_text_missing_glyph(sans, q->prompt);
        if (!cp) cp = ui_text_missing_glyph(sans, q->explanation);
        for (size_t c = 0; c < q->n_choices && !cp; c++) cp = ui_text_missing_glyph(sans, q->choices[c]);
    }
    for (size_t i = 0; i < p->n_events && !cp; i++) cp = ui_text_missing_glyph(sans, p->events[i].text);
    return cp;
}

/* Loads and checks e->path into e (whose pack and diagnostics are empty or already freed). */
static void load_entry(App *app, PackEntry *e)
{
    diag_init(&e->diags, e->path);
    e->pack = pack_load_file(e->path, &e->diags);
    diag_sort(&e->diags);
    e->best = -1;
    e->unfinished = -1;
    e->missing_glyph = e->pack ? missing_glyph(app, e->pack) : 0;
}

static void add_file(App *app, const char *path)
{
    if (already_listed(app, path)) return;
    PackEntry *v = realloc(app->packs, (app->n_packs + 1) * sizeof *v);
    if (!v) return;
    app->packs = v;
    PackEntry *e = &app->packs[app->n_packs];
    memset(e, 0, sizeof *e);
    e->path = malloc(strlen(path) + 1);
    if (!e->path) return;
    strcpy(e->path, path);
    load_entry(app, e);
    app->n_packs++;
}

void packs_reload(App *app, size_t i)
{
    PackEntry *e = &app->packs[i];
    pack_free(e->pack);
    e->pack = NULL;
    diag_free(&e->diags);
    load_entry(app, e);
}

static void add_path(App *app, const char *path)
{
    if (!library_is_dir(path)) {
        add_file(app, path);
        return;
    }
    char **files;
    size_t n = library_scan(path, &files);
    for (size_t i = 0; i < n; i++) add_file(app, files[i]);
    library_free(files, n);
}

void packs_load(App *app)
{
    if (app->cfg.watch) { /* the teacher preview shows the watched pack only */
        add_file(app, app->cfg.watch);
        return;
    }
    for (size_t i = 0; i < app->cfg.n_packs; i++) add_path(app, app->cfg.packs[i]);
    if (!app->cfg.no_bundled) {
        char dir[1200];
        snprintf(dir, sizeof dir, "%s/quizzes", app->data_dir);
        add_path(app, dir);
    }
}

void packs_free(App *app)
{
    for (size_t i = 0; i < app->n_packs; i++) {
        pack_free(app->packs[i].pack);
        diag_free(&app->packs[i].diags);
        free(app->packs[i].path);
    }
    free(app->packs);
    app->packs = NULL;
    app->n_packs = 0;
}

static int count_answers(Store *s, int64_t attempt);

void packs_retry_note(const PackEntry *e, char *buf, size_t size)
{
    if (e->retry_total <= 0) snprintf(buf, size, "%s", "");
    else snprintf(buf, size, "retry: %d of %d missed now right", e->retry_right, e->retry_total);
}

void packs_refresh_stats(App *app)
{
    int64_t now = app_now_unix(app);
    for (size_t i = 0; i < app->n_packs; i++) {
        PackEntry *e = &app->packs[i];
        e->best = -1;
        e->retry_right = e->retry_total = 0;
        e->unfinished = -1;
        e->unfinished_answers = e->unfinished_halfway = 0;
        e->due = 0;
        if (!e->pack || !app->store || app->profile_id < 0) continue;
        e->best = store_best_score(app->store, app->profile_id, e->pack->id);
        store_last_retry(app->store, app->profile_id, e->pack->id, &e->retry_right, &e->retry_total);
        e->unfinished = store_unfinished_attempt(app->store, app->profile_id, e->pack->id);
        if (e->unfinished >= 0) {
            e->unfinished_answers = count_answers(app->store, e->unfinished);
            e->unfinished_halfway = store_pending_count(app->store, e->unfinished);
        }
        char **ids;
        size_t n = store_review_due(app->store, app->profile_id, e->pack->id, now, &ids);
        /* Only ids still in the pack count (a pack may have been edited since). */
        for (size_t k = 0; k < n; k++) e->due += pack_find_question(e->pack, ids[k]) >= 0;
        store_free_names(ids, n);
    }
}

static void count_one(const StoredAnswer *a, void *ctx)
{
    (void)a;
    (*(int *)ctx)++;
}

static int count_answers(Store *s, int64_t attempt)
{
    int n = 0;
    if (!store_attempt_answers(s, attempt, count_one, &n)) return 0;
    return n;
}

bool packs_resumable(const PackEntry *e)
{
    return e->unfinished >= 0 && (e->unfinished_answers > 0 || e->unfinished_halfway > 0);
}

const PackEntry *packs_current(const App *app)
{
    if (app->cur < 0 || (size_t)app->cur >= app->n_packs) return NULL;
    return &app->packs[app->cur];
}
