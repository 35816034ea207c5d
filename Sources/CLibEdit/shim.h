// Non-variadic wrappers around libedit's el_set / el_get / history, which Swift cannot call directly.
// Wide-character API throughout (el_wgets, history_w), so Chinese text edits, moves and deletes by character.
#ifndef RUBRIC_CLIBEDIT_SHIM_H
#define RUBRIC_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <wchar.h>
#include <histedit.h>
#include <sys/ioctl.h>
#include <unistd.h>

// MARK: Locale and standard streams

/// Sets LC_CTYPE from the environment; falls back to C.UTF-8 when that gives a single-byte locale. Returns 1 when multibyte.
static inline int rubric_setlocale(void) {
    const char *got = setlocale(LC_CTYPE, "");
    if (got == NULL || MB_CUR_MAX == 1) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
    return MB_CUR_MAX > 1 ? 1 : 0;
}

static inline FILE *rubric_stdin(void) { return stdin; }
static inline FILE *rubric_stdout(void) { return stdout; }
static inline FILE *rubric_stderr(void) { return stderr; }

/// Rows and columns of the terminal on `fd`; returns 0 on success, -1 when `fd` is not a terminal or the size is unknown.
static inline int rubric_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 0;
}

// MARK: EditLine

/// Type of a wide prompt function.
typedef wchar_t *(*rubric_wprompt_fn)(EditLine *);
/// Type of an editor function bound to a key.
typedef unsigned char (*rubric_editor_fn)(EditLine *, int);

static inline EditLine *rubric_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}
static inline void rubric_el_end(EditLine *el) { el_end(el); }

static inline int rubric_el_set_prompt_esc(EditLine *el, rubric_wprompt_fn fn, wchar_t marker) {
    return el_wset(el, EL_PROMPT_ESC, fn, (int)marker);
}
static inline int rubric_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int rubric_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int rubric_el_set_unbuffered(EditLine *el, int on) {
    return el_set(el, EL_UNBUFFERED, on);
}
static inline int rubric_el_set_hist(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}
static inline int rubric_el_addfn(EditLine *el, const char *name, const char *help, rubric_editor_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
/// Binds a key sequence (`^I`, `\e[A`) to a named editor command.
static inline int rubric_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int rubric_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *rubric_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int rubric_el_set_getcfn(EditLine *el, el_rfunc_t fn) {
    return el_wset(el, EL_GETCFN, fn);
}
/// Terminal columns as libedit sees them (0 when unknown).
static inline int rubric_el_columns(EditLine *el) {
    int cols = 0;
    if (el_get(el, EL_GETTC, "co", &cols, (void *)NULL) != 0) return 0;
    return cols;
}
static inline const wchar_t *rubric_el_wgets(EditLine *el, int *count) { return el_wgets(el, count); }
static inline const LineInfoW *rubric_el_wline(EditLine *el) { return el_wline(el); }
static inline int rubric_el_winsertstr(EditLine *el, const wchar_t *s) { return el_winsertstr(el, s); }
static inline void rubric_el_deletestr(EditLine *el, int n) { el_deletestr(el, n); }
static inline int rubric_el_cursor(EditLine *el, int n) { return el_cursor(el, n); }
static inline void rubric_el_resize(EditLine *el) { el_resize(el); }
static inline void rubric_el_refresh(EditLine *el) { el_set(el, EL_REFRESH); }
static inline void rubric_el_reset(EditLine *el) { el_reset(el); }
static inline void rubric_el_beep(EditLine *el) { el_beep(el); }

// Return codes of editor functions.
static const unsigned char RUBRIC_CC_NORM = CC_NORM;
static const unsigned char RUBRIC_CC_REFRESH = CC_REFRESH;
static const unsigned char RUBRIC_CC_REDISPLAY = CC_REDISPLAY;
static const unsigned char RUBRIC_CC_ERROR = CC_ERROR;
static const unsigned char RUBRIC_CC_CURSOR = CC_CURSOR;

// MARK: History (wide)

static inline HistoryW *rubric_history_init(void) { return history_winit(); }
static inline void rubric_history_end(HistoryW *h) { history_wend(h); }
static inline int rubric_history_setsize(HistoryW *h, int size) {
    HistEventW ev; return history_w(h, &ev, H_SETSIZE, size);
}
static inline int rubric_history_setunique(HistoryW *h, int on) {
    HistEventW ev; return history_w(h, &ev, H_SETUNIQUE, on);
}
static inline int rubric_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev; return history_w(h, &ev, H_ENTER, line);
}
/// The oldest entry (index 0) walking forward with `rubric_history_next`; NULL at the end.
static inline const wchar_t *rubric_history_last_entry(HistoryW *h) {
    HistEventW ev; return history_w(h, &ev, H_LAST) == 0 ? ev.str : NULL;
}
static inline const wchar_t *rubric_history_prev_entry(HistoryW *h) {
    HistEventW ev; return history_w(h, &ev, H_PREV) == 0 ? ev.str : NULL;
}
static inline int rubric_history_load(HistoryW *h, const char *path) {
    HistEventW ev; return history_w(h, &ev, H_LOAD, path);
}
static inline int rubric_history_save(HistoryW *h, const char *path) {
    HistEventW ev; return history_w(h, &ev, H_SAVE, path);
}

#endif
