#include "store/sqlite.h"

#include "common/ownerfile.h"
#include "store/crypto.h"
#include "store/messages.h"

#include <sqlcipher/sqlite3.h>

namespace folja::store::sqlite {

Error errorFromCode(int sqliteCode, NotADbMeans notAdb)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        switch (notAdb) {
        case NotADbMeans::WrongPassword:
            return messages::wrongPassword();
        case NotADbMeans::NotADatabase:
            return messages::notADatabase();
        case NotADbMeans::Corrupt:
            return messages::corrupt();
        }
        return messages::corrupt();
    case SQLITE_CORRUPT:
        return messages::corrupt();
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return messages::busy();
    case SQLITE_READONLY:
        return messages::readOnly();
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return messages::readOnly();
    case SQLITE_FULL:
        return messages::diskFull();
    case SQLITE_IOERR:
        return messages::io();
    case SQLITE_CANTOPEN:
        return messages::io();
    case SQLITE_CONSTRAINT:
        return messages::constraint();
    case SQLITE_NOMEM:
        return messages::internal();
    default:
        return messages::internal();
    }
}

// --- Connection ---------------------------------------------------------------------------------

Connection::~Connection()
{
    close();
}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Connection::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until every statement is finalised, so a forgotten
        // Statement cannot keep the handle in a half-closed state.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Connection> Connection::open(const QString& path, Mode mode)
{
    // NOMUTEX: a Connection belongs to one thread at a time (see sqlite.h); SQLite's per-call
    // connection mutex would cost ~8 % of a full read, for a guarantee we do not use.
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    // SQLite would create a new file with 0644 under the usual umask, and gives its journal the
    // database file's mode: a database created owner-only keeps its journals owner-only too.
    if (mode == Mode::ReadWriteCreate && !path.startsWith(QLatin1Char(':')) && !createOwnerOnly(path))
        return errorFromCode(SQLITE_CANTOPEN, NotADbMeans::NotADatabase);
    sqlite3* db = nullptr;
    const QByteArray encoded = path.toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int ext = db ? sqlite3_extended_errcode(db) : rc;
        if (db)
            sqlite3_close_v2(db);
        return errorFromCode(ext, NotADbMeans::NotADatabase);
    }
    sqlite3_extended_result_codes(db, 1);
    return Connection(db);
}

Result<void> Connection::setRawKey(const SecureBytes& key32)
{
    if (!m_db || key32.size() != 32)
        return messages::internal();
    // The "x'<hex>'" form makes SQLCipher use the bytes as the key and skip its own (SHA1) KDF:
    // the password KDF lives in our key slots. The hex form is the key too: it is built in a
    // SecureBytes (wiped when it goes out of scope), never in a QByteArray temporary.
    static constexpr char kHex[] = "0123456789abcdef";
    SecureBytes pragma(2 + 64 + 1);
    unsigned char* out = pragma.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key32.size(); ++i) {
        const unsigned char b = key32.data()[i];
        *out++ = static_cast<unsigned char>(kHex[b >> 4]);
        *out++ = static_cast<unsigned char>(kHex[b & 0x0f]);
    }
    *out = '\'';
    const int rc = sqlite3_key_v2(m_db, "main", pragma.constChar(), pragma.isize());
    if (rc != SQLITE_OK)
        return lastError(rc);
    return {};
}

Result<void> Connection::exec(const char* sql, NotADbMeans notAdb)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return lastError(rc, notAdb);
    return {};
}

Result<Statement> Connection::prepare(const char* sql, NotADbMeans notAdb)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(rc, notAdb);
    }
    return Statement(stmt);
}

Result<Statement> Connection::prepare(const QByteArray& sql, NotADbMeans notAdb)
{
    return prepare(sql.constData(), notAdb);
}

Result<QString> Connection::queryText(const char* sql, NotADbMeans notAdb)
{
    auto stmt = prepare(sql, notAdb);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return QString();
    const QString text = stmt->columnText(0);
    return text.isNull() ? QString(QLatin1String("")) : text;
}

Result<qint64> Connection::queryInt(const char* sql, NotADbMeans notAdb)
{
    auto stmt = prepare(sql, notAdb);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return messages::internal();
    return stmt->columnInt64(0);
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

bool Connection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

bool Connection::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

Error Connection::lastError(int rc, NotADbMeans notAdb) const
{
    int code = rc;
    if (m_db) {
        const int ext = sqlite3_extended_errcode(m_db);
        if ((ext & 0xff) == (rc & 0xff))
            code = ext;
    }
    return errorFromCode(code, notAdb);
}

// --- Statement ----------------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(index, value.toString(Qt::ISODate));
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    if (value.isEmpty())
        return bindNull(index);
    return bind(index, value);
}

Statement& Statement::bindTextStatic(int index, const char* utf8, int size)
{
    sqlite3_bind_text(m_stmt, index, utf8, size, SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindSecret(int index, const SecureBytes& secret)
{
    sqlite3_bind_blob(m_stmt, index, secret.data(), secret.isize(), SQLITE_STATIC);
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // With sqlite3_prepare_v2 the step's return value is already the specific (extended) code.
    sqlite3* db = sqlite3_db_handle(m_stmt);
    int code = rc;
    const int ext = sqlite3_extended_errcode(db);
    if ((ext & 0xff) == (rc & 0xff))
        code = ext;
    sqlite3_reset(m_stmt);
    return errorFromCode(code);
}

Result<void> Statement::run()
{
    auto rc = step();
    reset();
    if (!rc)
        return rc.error();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return QString();
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return QByteArray();
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::columnDate(int column) const
{
    int size = 0;
    const char* text = columnRawText(column, &size);
    if (!text || size != 10 || text[4] != '-' || text[7] != '-')
        return QDate();
    auto digits = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    // Parsed by hand: QDate::fromString is several times slower, and the snapshot reads millions.
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return QDate();
    return QDate(y, m, d);
}

const char* Statement::columnRawText(int column, int* size) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (size)
        *size = text ? sqlite3_column_bytes(m_stmt, column) : 0;
    return text;
}

// --- Transaction --------------------------------------------------------------------------------

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(Connection& conn)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here rather than halfway.
    if (auto rc = conn.exec("BEGIN IMMEDIATE"); !rc)
        return rc.error();
    return Transaction(&conn);
}

Result<void> Transaction::commit()
{
    if (!m_conn)
        return messages::internal();
    auto rc = m_conn->exec("COMMIT");
    if (!rc) {
        // A failed COMMIT (e.g. disk full) may leave the transaction open: roll it back so the
        // file stays as it was before.
        rollback();
        return rc.error();
    }
    m_conn = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_conn) {
        if (m_conn->inTransaction())
            (void)m_conn->exec("ROLLBACK");
        m_conn = nullptr;
    }
}

// --- Savepoint ----------------------------------------------------------------------------------

Savepoint::~Savepoint()
{
    if (m_conn) {
        (void)m_conn->exec("ROLLBACK TO folja_sp");
        (void)m_conn->exec("RELEASE folja_sp");
    }
}

Result<Savepoint> Savepoint::begin(Connection& conn)
{
    if (auto rc = conn.exec("SAVEPOINT folja_sp"); !rc)
        return rc.error();
    return Savepoint(&conn);
}

Result<void> Savepoint::release()
{
    if (!m_conn)
        return messages::internal();
    auto rc = m_conn->exec("RELEASE folja_sp");
    if (!rc)
        return rc.error(); // the destructor rolls back
    m_conn = nullptr;
    return {};
}

QString cipherVersion(Connection& conn)
{
    auto version = conn.queryText("PRAGMA cipher_version");
    if (!version)
        return QString();
    return *version;
}

} // namespace folja::store::sqlite
