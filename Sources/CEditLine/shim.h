#ifndef PARLEY_CEDITLINE_SHIM_H
#define PARLEY_CEDITLINE_SHIM_H

/*
 * Tiny C shims over libedit's native API (<histedit.h>).
 *
 * el_set, el_get and history are C-variadic, so Swift cannot call them: each
 * operation parley needs gets one non-variadic wrapper here. stdin/stdout are
 * C globals that Swift 6 refuses to touch, so el_init and the few writes to
 * stdout happen here too. Everything is static inline: no .c target needed.
 */

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <histedit.h>

typedef unsigned char (*parley_el_fn)(EditLine *, int);
typedef char *(*parley_el_prompt_fn)(EditLine *);

/* MARK: - Editor */

static inline EditLine *parley_el_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}

/* The prompt may wrap invisible sequences (colours) in '\1' ... '\1'. */
static inline int parley_el_set_prompt(EditLine *el, parley_el_prompt_fn f) {
  return el_set(el, EL_PROMPT_ESC, f, '\1');
}

static inline int parley_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int parley_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

/* Runs libedit's setty builtin with two arguments, e.g. "-d", "-isig". */
static inline int parley_el_setty(EditLine *el, const char *first, const char *second) {
  return el_set(el, EL_SETTY, first, second, NULL);
}
static inline int parley_el_set_hist(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int parley_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *parley_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

static inline int parley_el_addfn(EditLine *el, const char *name, const char *help,
                                  parley_el_fn f) {
  return el_set(el, EL_ADDFN, name, help, f);
}

static inline int parley_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, NULL);
}

/* Terminal width as libedit sees it ("co"), or 0 when unknown. */
static inline int parley_el_columns(EditLine *el) {
  int columns = 0;
  if (el_get(el, EL_GETTC, "co", &columns, NULL) != 0) return 0;
  return columns;
}

/* Writes through the same FILE* libedit uses, so output stays in order. */
static inline void parley_write_stdout(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

/* MARK: - History */

static inline int parley_history_setsize(History *h, HistEvent *ev, int size) {
  return history(h, ev, H_SETSIZE, size);
}

static inline int parley_history_setunique(History *h, HistEvent *ev, int unique) {
  return history(h, ev, H_SETUNIQUE, unique);
}

static inline int parley_history_enter(History *h, HistEvent *ev, const char *line) {
  return history(h, ev, H_ENTER, line);
}

/*
 * Deletes every entry equal to `line` (H_SETUNIQUE only skips *adjacent*
 * duplicates). H_DEL hands back a strdup'ed copy of the deleted string, which
 * is freed here. Returns how many entries were deleted.
 */
static inline int parley_history_erase(History *h, HistEvent *ev, const char *line) {
  int erased = 0;
  for (;;) {
    int found = -1;
    for (int r = history(h, ev, H_FIRST); r != -1; r = history(h, ev, H_NEXT)) {
      if (ev->str != NULL && strcmp(ev->str, line) == 0) {
        found = ev->num;
        break;
      }
    }
    if (found == -1 || history(h, ev, H_DEL, found) == -1) return erased;
    free((void *)ev->str);
    ev->str = NULL;
    erased += 1;
  }
}

/* Returns the number of entries read, or -1. */
static inline int parley_history_load(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_LOAD, path);
}

/* Returns the number of entries written, or -1 (only -1 is an error). */
static inline int parley_history_save(History *h, HistEvent *ev, const char *path) {
  return history(h, ev, H_SAVE, path);
}

/* MARK: - SIGINT without SA_RESTART */

/*
 * A SIGINT handler installed without SA_RESTART makes a blocked read(2) (and
 * so el_gets) fail with EINTR instead of killing the process or restarting.
 * The handler only sets a flag. Keep every use of these functions in one Swift
 * file: the flag is static, so each object file that uses it gets its own copy.
 */
static volatile sig_atomic_t parley_sigint_flag = 0;

static inline void parley_sigint_handler(int signo) {
  (void)signo;
  parley_sigint_flag = 1;
}

static inline int parley_install_sigint_handler(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = parley_sigint_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; /* no SA_RESTART */
  return sigaction(SIGINT, &action, NULL);
}

/* Returns 1 if SIGINT arrived since the last call, and clears the flag. */
static inline int parley_take_sigint(void) {
  int was = parley_sigint_flag != 0;
  parley_sigint_flag = 0;
  return was;
}

static inline int parley_errno(void) { return errno; }

#endif
