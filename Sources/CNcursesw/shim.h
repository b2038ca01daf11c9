#ifndef SELLER_CONSOLE_CNCURSESW_SHIM_H
#define SELLER_CONSOLE_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API must be switched on here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/*
 * Accessors for what Swift cannot import (docs/ARCHITECTURE.md §8): expression macros built with NCURSES_BITS,
 * function-like macros, and the mutable C globals Swift 6 rejects as "not concurrency-safe". The cn_ prefix
 * tells them apart from real ncurses calls. Only CursesTerminal calls these, always on its one UI thread.
 */

/* wcwidth is declared by glibc only under _XOPEN_SOURCE, which SwiftPM drops; ncursesw places characters
   with it, so the painter measures with it too. */
int wcwidth(wchar_t c);

/* MARK: attributes */
static inline attr_t cn_attr_normal(void) { return A_NORMAL; }
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_attr_dim(void) { return A_DIM; }
/* A_COLOR masks the pair bits packed into an attr_t; only pairs 0-255 fit there. */
static inline attr_t cn_attr_color_mask(void) { return A_COLOR; }
static inline attr_t cn_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/* MARK: globals (Swift 6 mode refuses direct references) */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }

/* MARK: keys and mouse */
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cn_button5_pressed(void) { return 0; }
#endif
static inline int cn_set_escdelay(int ms) { return set_escdelay(ms); }

/* MARK: colour pairs */
/* "init_extended_pair ... allow[s] the number of color pairs to exceed 32767" (curs_color(3X)); older
   ncurses only has init_pair with a short pair number. The choice is made here, at compile time. */
static inline int cn_init_pair(int pair, int fg, int bg) {
#if defined(NCURSES_EXT_COLORS) && NCURSES_VERSION_MAJOR >= 6
    return init_extended_pair(pair, fg, bg);
#else
    if (pair > 32767 || fg > 32767 || bg > 32767) return ERR;
    return init_pair((short)pair, (short)fg, (short)bg);
#endif
}

static inline int cn_pair_content(int pair, int *fg, int *bg) {
#if defined(NCURSES_EXT_COLORS) && NCURSES_VERSION_MAJOR >= 6
    return extended_pair_content(pair, fg, bg);
#else
    short f = 0, b = 0;
    int rc = pair_content((short)pair, &f, &b);
    *fg = f; *bg = b;
    return rc;
#endif
}

/* MARK: codeset */
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }
/* nl_langinfo(CODESET) after setlocale: "UTF-8" when ncursesw and wcwidth will decode multibyte text. */
static inline int cn_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (cs == 0) return 0;
    return (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f')
        && ((cs[3] == '-' && cs[4] == '8' && cs[5] == 0) || (cs[3] == '8' && cs[4] == 0));
}

#endif
