#ifndef SELLER_CONSOLE_CSQLITE_SHIM_H
#define SELLER_CONSOLE_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
