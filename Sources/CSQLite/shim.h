#ifndef SELLER_CONSOLE_CSQLITE_SHIM_H
#define SELLER_CONSOLE_CSQLITE_SHIM_H
#include <sqlite3.h>

/* Wrappers for what Swift cannot import from sqlite3.h: variadic functions and the SQLITE_TRANSIENT
 * destructor macro. Prefix sq_, so the helpers never collide with sqlite3's own names. */

/* sqlite3_db_config is variadic ("unavailable: variadic" in Swift). This covers the options that take
 * (int onoff, int *pResult), such as SQLITE_DBCONFIG_DQS_DDL / SQLITE_DBCONFIG_DQS_DML. */
static inline int sq_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}

/* Binds UTF-8 text that SQLite copies before returning (SQLITE_TRANSIENT), so the caller's buffer may be
 * released at once. A NULL pointer would bind SQL NULL ("If the third parameter ... is a NULL pointer then the
 * fourth parameter is ignored and the end result is the same as sqlite3_bind_null()"), so an empty Swift
 * string whose buffer has no address is bound from a static empty literal instead. */
static inline int sq_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, sqlite3_uint64 length) {
    return sqlite3_bind_text64(stmt, index, text ? text : "", length, SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* Binds a copy of a blob. A zero-length blob is bound with sqlite3_bind_zeroblob so it stays a BLOB of
 * length 0 rather than becoming NULL (same NULL-pointer rule as for text). */
static inline int sq_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *bytes, sqlite3_uint64 length) {
    if (bytes == 0 || length == 0) {
        return sqlite3_bind_zeroblob(stmt, index, 0);
    }
    return sqlite3_bind_blob64(stmt, index, bytes, length, SQLITE_TRANSIENT);
}

/* Sets a function's result to a copy of a blob (SQLITE_TRANSIENT, as for the binds above). */
static inline void sq_result_blob_transient(sqlite3_context *context, const void *bytes, int length) {
    sqlite3_result_blob(context, bytes, length, SQLITE_TRANSIENT);
}

/* sqlite3_config is variadic too. SQLITE_CONFIG_MEMSTATUS off: SQLite stops keeping its process-wide memory
 * statistics, which take a global mutex on every allocation of every connection. Only effective before the
 * library is initialised (the first open); later it returns SQLITE_MISUSE and changes nothing. */
static inline int sq_config_memstatus_off(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
