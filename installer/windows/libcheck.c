/* libcheck: the cross-built crypto libraries (SQLCipher, OpenSSL, argon2) against Debian's own.
 *
 * Built twice by installer/windows/test.sh: as libcheck.exe against the cross-built static libraries
 * (run under Wine) and as a Linux program against Debian's libsqlcipher and libargon2. Both must
 * print the same lines, and each must read the other's database:
 *
 *   libcheck info             SQLCipher version, crypto provider, temp store, secure delete
 *   libcheck argon2           Argon2id of a fixed password and salt (hex)
 *   libcheck write DB         creates an encrypted database (key from LIBCHECK_KEY) with a few rows
 *   libcheck read DB          prints those rows (fails on a wrong key: "file is encrypted ...")
 *
 * Only fixed, synthetic data; no personal data. Exit 0 on success, 1 on any failure. */
#include <argon2.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int print_rows(void* unused, int n, char** values, char** names)
{
    (void)unused;
    for (int i = 0; i < n; ++i)
        printf("%s%s=%s", i ? " " : "", names[i], values[i] ? values[i] : "NULL");
    printf("\n");
    return 0;
}

/* Only the compile options that matter here. */
static int print_options(void* unused, int n, char** values, char** names)
{
    (void)unused;
    (void)names;
    if (n == 1 && values[0] &&
        (strncmp(values[0], "TEMP_STORE", 10) == 0 || strncmp(values[0], "SECURE_DELETE", 13) == 0 ||
         strncmp(values[0], "HAS_CODEC", 9) == 0 || strncmp(values[0], "THREADSAFE", 10) == 0))
        printf("compile_option=%s\n", values[0]);
    return 0;
}

static int exec(sqlite3* db, const char* sql)
{
    char* message = NULL;
    if (sqlite3_exec(db, sql, print_rows, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "libcheck: %s: %s\n", sql, message ? message : "?");
        sqlite3_free(message);
        return 1;
    }
    return 0;
}

static int open_keyed(const char* path, sqlite3** db)
{
    const char* key = getenv("LIBCHECK_KEY");
    if (!key) {
        fprintf(stderr, "libcheck: set LIBCHECK_KEY\n");
        return 1;
    }
    if (sqlite3_open(path, db) != SQLITE_OK || sqlite3_key(*db, key, (int)strlen(key)) != SQLITE_OK) {
        fprintf(stderr, "libcheck: cannot open %s\n", path);
        return 1;
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (argc >= 2 && strcmp(argv[1], "info") == 0) {
        sqlite3* db = NULL;
        if (sqlite3_open(":memory:", &db) != SQLITE_OK)
            return 1;
        int rc = exec(db, "PRAGMA cipher_version");
        printf("sqlite_version=%s\n", sqlite3_libversion());
        rc |= sqlite3_exec(db, "PRAGMA compile_options", print_options, NULL, NULL) != SQLITE_OK;
        rc |= exec(db, "PRAGMA temp_store=FILE; PRAGMA temp_store");
        sqlite3_close(db);
        return rc;
    }
    if (argc >= 2 && strcmp(argv[1], "argon2") == 0) {
        const char password[] = "libcheck password";
        const char salt[] = "0123456789abcdef";
        unsigned char hash[32];
        if (argon2id_hash_raw(3, 1 << 12, 2, password, strlen(password), salt, strlen(salt), hash, sizeof hash) !=
            ARGON2_OK)
            return 1;
        printf("argon2id=");
        for (size_t i = 0; i < sizeof hash; ++i)
            printf("%02x", hash[i]);
        printf("\n");
        return 0;
    }
    if (argc >= 3 && strcmp(argv[1], "write") == 0) {
        sqlite3* db = NULL;
        if (open_keyed(argv[2], &db))
            return 1;
        int rc = exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, ord TEXT, n INTEGER)");
        rc |= exec(db, "INSERT INTO t(ord, n) VALUES ('\xc3\xa5r', 1), ('\xc3\xa4rende', 2), ('\xc3\xb6ppen', 3)");
        rc |= exec(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000) "
                       "INSERT INTO t(ord, n) SELECT 'rad', x FROM c");
        sqlite3_close(db);
        return rc;
    }
    if (argc >= 3 && strcmp(argv[1], "read") == 0) {
        sqlite3* db = NULL;
        if (open_keyed(argv[2], &db))
            return 1;
        int rc = exec(db, "SELECT ord, n FROM t WHERE id <= 3 ORDER BY id");
        /* A sort too big for the page cache: runs through the temp store. */
        rc |= exec(db, "SELECT count(*) AS rows, sum(n) AS total FROM (SELECT n FROM t ORDER BY ord DESC, n DESC)");
        sqlite3_close(db);
        return rc;
    }
    fprintf(stderr, "usage: libcheck info | argon2 | write DB | read DB\n");
    return 1;
}
