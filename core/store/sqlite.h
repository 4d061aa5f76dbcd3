#pragma once

// A small RAII wrapper over the SQLCipher C API. It is the only code in Följa that talks to
// sqlite3_* directly (Qt's QSQLITE must never be loaded: it links libsqlite3, whose symbols clash
// with SQLCipher's). Errors become folja::Error values whose messages never contain SQL values,
// so they are safe to log.

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace folja::store {
class SecureBytes;
}

namespace folja::store::sqlite {

// How an SQLITE_NOTADB should be read: before the key is known to be right it means a wrong key,
// afterwards it means the file is damaged (or not ours).
enum class NotADbMeans { NotADatabase, WrongPassword, Corrupt };

// Maps an SQLite result code (primary or extended) to a Följa error. `what` is an English,
// value-free description of the operation, used only for ErrorCode::Internal.
Error errorFromCode(int sqliteCode, NotADbMeans notAdb = NotADbMeans::Corrupt);

class Statement;

// One database connection. Not thread-safe: use it from one thread at a time (it may move
// between threads, e.g. to a worker, but never be used by two at once).
class Connection
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
    {}
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Opens without a key; nothing is read from the file yet (SQLite opens lazily). Never creates
    // the file unless mode is ReadWriteCreate.
    static Result<Connection> open(const QString& path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    void close();

    // Gives SQLCipher a raw 256-bit key (no SQLCipher KDF). Must be called before the first read.
    // The key is never copied into an unwiped buffer (its hex form is built in a SecureBytes).
    Result<void> setRawKey(const SecureBytes& key32);

    // Runs one or more statements that return no rows we need.
    Result<void> exec(const char* sql, NotADbMeans notAdb = NotADbMeans::Corrupt);
    Result<Statement> prepare(const char* sql, NotADbMeans notAdb = NotADbMeans::Corrupt);
    Result<Statement> prepare(const QByteArray& sql, NotADbMeans notAdb = NotADbMeans::Corrupt);

    // Convenience for pragmas and scalar queries: the first column of the first row, as text
    // (null QString when there is no row).
    Result<QString> queryText(const char* sql, NotADbMeans notAdb = NotADbMeans::Corrupt);
    Result<qint64> queryInt(const char* sql, NotADbMeans notAdb = NotADbMeans::Corrupt);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    bool isReadOnly() const;

    // The error of the last failed call, mapped; for code paths that only have a return code.
    Error lastError(int rc, NotADbMeans notAdb = NotADbMeans::Corrupt) const;

    sqlite3* handle() const { return m_db; }

private:
    explicit Connection(sqlite3* db)
        : m_db(db)
    {}
    sqlite3* m_db = nullptr;
};

// A prepared statement. Parameters are 1-based like SQLite's; columns are 0-based.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept
        : m_stmt(std::exchange(other.m_stmt, nullptr))
    {}
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Binding never fails for a valid index in practice; a wrong index is a programming error and
    // surfaces on step() as a constraint or a missing value, so the binders return *this.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, const QString& value);    // null QString → NULL
    Statement& bind(int index, const QByteArray& value); // null QByteArray → NULL, else BLOB
    Statement& bind(int index, const QDate& value);      // invalid → NULL, else 'YYYY-MM-DD'
    Statement& bindNull(int index);
    // Empty strings are missing answers (bortfall): stored as NULL so SQL can count them.
    Statement& bindOptional(int index, const QString& value);
    // Text bound without a copy: the bytes must outlive the step.
    Statement& bindTextStatic(int index, const char* utf8, int size);
    // A secret bound without a copy (no unwiped QByteArray): it must outlive the statement's use.
    Statement& bindSecret(int index, const SecureBytes& secret);
    int parameterIndex(const char* name) const;
    template <typename T>
    Statement& bind(const char* name, const T& value)
    {
        return bind(parameterIndex(name), value);
    }

    // true: a row is available; false: done.
    Result<bool> step();
    // Steps once and expects no row (INSERT/UPDATE/DELETE); resets for reuse.
    Result<void> run();
    void reset(); // also clears bindings

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;    // NULL → null QString
    QByteArray columnBlob(int column) const; // deep copy
    QDate columnDate(int column) const;      // NULL or malformed → null QDate
    // Zero-copy view of a text column, valid until the next step/reset.
    const char* columnRawText(int column, int* size) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    friend class Connection;
    explicit Statement(sqlite3_stmt* stmt)
        : m_stmt(stmt)
    {}
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE … COMMIT. Rolls back in the destructor unless committed, so an early return on
// error can never leave half a change behind.
class Transaction
{
public:
    Transaction() = default;
    ~Transaction();
    Transaction(Transaction&& other) noexcept
        : m_conn(std::exchange(other.m_conn, nullptr))
    {}
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    static Result<Transaction> begin(Connection& conn);
    Result<void> commit();
    void rollback();

private:
    explicit Transaction(Connection* conn)
        : m_conn(conn)
    {}
    Connection* m_conn = nullptr;
};

// SAVEPOINT … RELEASE: atomic on its own, and nests inside a caller's Transaction.
class Savepoint
{
public:
    ~Savepoint();
    Savepoint(Savepoint&& other) noexcept
        : m_conn(std::exchange(other.m_conn, nullptr))
    {}
    Savepoint& operator=(Savepoint&&) = delete;
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    static Result<Savepoint> begin(Connection& conn);
    Result<void> release();

private:
    explicit Savepoint(Connection* conn)
        : m_conn(conn)
    {}
    Connection* m_conn = nullptr;
};

// The SQLCipher version string of the library actually loaded, or empty if the loaded sqlite3 is
// not SQLCipher (which would silently write plaintext: callers must refuse to continue).
QString cipherVersion(Connection& conn);

} // namespace folja::store::sqlite
