#include "CEditLine.h"
#include <histedit.h>
#include <stdlib.h>
#include <string.h>

struct sma_editor {
    EditLine *el;
    History *hist;
    HistEvent ev;
    char *prompt;
    sma_complete_fn complete;
    FILE *out;
    int interrupted;
};

static char *prompt_fn(EditLine *el) {
    sma_editor *e = NULL;
    el_get(el, EL_CLIENTDATA, &e);
    return (e && e->prompt) ? e->prompt : "";
}

/// Tab: one match completes; several are listed under the line, then the line is redrawn.
static unsigned char complete_fn(EditLine *el, int ch) {
    (void)ch;
    sma_editor *e = NULL;
    el_get(el, EL_CLIENTDATA, &e);
    if (!e || !e->complete) return CC_ERROR;
    const LineInfo *li = el_line(el);
    int len = (int)(li->lastchar - li->buffer);
    int cursor = (int)(li->cursor - li->buffer);
    char *line = malloc((size_t)len + 1);
    if (!line) return CC_ERROR;
    memcpy(line, li->buffer, (size_t)len);
    line[len] = 0;
    enum { MAX = 256 };
    char *cands[MAX];
    int from = cursor;
    int n = e->complete(line, cursor, &from, cands, MAX);
    free(line);
    if (n <= 0) return CC_REFRESH_BEEP;
    if (from < 0 || from > cursor) from = cursor;
    // The completer works in bytes; libedit deletes characters: count the UTF-8 characters typed.
    int typed = 0;
    for (int i = from; i < cursor; i++) {
        if ((li->buffer[i] & 0xC0) != 0x80) typed++;
    }
    // The longest common prefix of the candidates.
    size_t common = strlen(cands[0]);
    for (int i = 1; i < n; i++) {
        size_t k = 0;
        while (k < common && cands[i][k] && cands[i][k] == cands[0][k]) k++;
        common = k;
    }
    // Never cut a UTF-8 character in two.
    while (common > 0 && (cands[0][common] & 0xC0) == 0x80) common--;
    unsigned char result = CC_REFRESH;
    if (n == 1) {
        // The whole candidate and a space, however long (no fixed buffer to cut it).
        size_t c = strlen(cands[0]);
        char *buf = malloc(c + 2);
        if (buf) {
            memcpy(buf, cands[0], c);
            buf[c] = ' ';
            buf[c + 1] = 0;
            el_deletestr(el, typed);
            el_insertstr(el, buf);
            free(buf);
        }
    } else if ((int)common > cursor - from) {
        char *buf = malloc(common + 1);
        if (buf) {
            memcpy(buf, cands[0], common);
            buf[common] = 0;
            el_deletestr(el, typed);
            el_insertstr(el, buf);
            free(buf);
        }
    } else {
        fputc('\n', e->out);
        int col = 0;
        for (int i = 0; i < n; i++) {
            int w = (int)strlen(cands[i]);
            if (col > 0 && col + w + 2 > 78) { fputc('\n', e->out); col = 0; }
            fprintf(e->out, "%s  ", cands[i]);
            col += w + 2;
        }
        fputc('\n', e->out);
        fflush(e->out);
        result = CC_REDISPLAY;
    }
    for (int i = 0; i < n; i++) free(cands[i]);
    return result;
}

/// Ctrl-C while editing: abandon the line. (The terminal's signal key is off while editing,
/// so Ctrl-C arrives here as a key, whenever it is pressed; during evaluation it is SIGINT.)
static unsigned char interrupt_fn(EditLine *el, int ch) {
    (void)ch;
    sma_editor *e = NULL;
    el_get(el, EL_CLIENTDATA, &e);
    if (e) e->interrupted = 1;
    return CC_NEWLINE;
}

sma_editor *sma_editor_new(const char *program, FILE *in, FILE *out, FILE *err, int history_size) {
    sma_editor *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->out = out;
    e->el = el_init(program, in, out, err);
    e->hist = history_init();
    if (!e->el || !e->hist) { sma_editor_free(e); return NULL; }
    history(e->hist, &e->ev, H_SETSIZE, history_size > 0 ? history_size : 1000);
    history(e->hist, &e->ev, H_SETUNIQUE, 1);
    el_set(e->el, EL_CLIENTDATA, e);
    el_set(e->el, EL_EDITOR, "emacs");
    el_set(e->el, EL_PROMPT, prompt_fn);
    el_set(e->el, EL_HIST, history, e->hist);
    el_source(e->el, NULL); // ~/.editrc (vi mode and other bindings), before sma's own keys
    el_set(e->el, EL_ADDFN, "sma-complete", "complete a word of sma", complete_fn);
    el_set(e->el, EL_ADDFN, "sma-interrupt", "abandon the line", interrupt_fn);
    el_set(e->el, EL_BIND, "^I", "sma-complete", NULL);
    el_set(e->el, EL_BIND, "^C", "sma-interrupt", NULL);
    el_set(e->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(e->el, EL_SETTY, "-d", "-isig", NULL);
    return e;
}

void sma_editor_free(sma_editor *e) {
    if (!e) return;
    if (e->el) el_end(e->el);
    if (e->hist) history_end(e->hist);
    free(e->prompt);
    free(e);
}

void sma_editor_set_prompt(sma_editor *e, const char *prompt) {
    free(e->prompt);
    e->prompt = strdup(prompt);
}

void sma_editor_set_completer(sma_editor *e, sma_complete_fn fn) { e->complete = fn; }

const char *sma_editor_gets(sma_editor *e, int *count) {
    e->interrupted = 0;
    const char *line = el_gets(e->el, count);
    if (e->interrupted) {
        e->interrupted = 0;
        *count = -2; // Ctrl-C, as a key
        return NULL;
    }
    return line;
}

void sma_editor_history_add(sma_editor *e, const char *entry) {
    history(e->hist, &e->ev, H_ENTER, entry);
}

void sma_editor_reset(sma_editor *e) {
    el_reset(e->el);
}
