#ifndef MINUTES_CNCURSESW_SHIM_H
#define MINUTES_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#endif
