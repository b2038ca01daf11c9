#ifndef SELLER_CONSOLE_CNCURSESW_SHIM_H
#define SELLER_CONSOLE_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API must be switched on here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
