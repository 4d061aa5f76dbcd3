// Fuzz target: the canonical import (core/io/canonicalimport.h and importer.h) end to end, the
// path folja-cli import and the GUI take: bytes → CSV → validation against the built-in catalogue
// → one transaction into a real encrypted database (a temporary one, made once per process with
// test-strength key slots, the administratör "admin" and the handläggare "anna" and "bo").
// Beyond not crashing: a refused file leaves the database byte-identical, an accepted one accounts
// for its rows, and no error quotes a Person-ID.

#include "access/accounts.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "io/canonicalimport.h"
#include "io/importer.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace folja;

namespace {

struct Fixture {
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    QString path;
    std::optional<catalog::Catalog> catalog;
    std::unique_ptr<access::Session> session;
};

Fixture& fixture()
{
    static Fixture* f = [] {
        auto* made = new Fixture; // lives until the process ends, as libFuzzer's inputs do
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_canonicalimport";
            static char* argv[] = {name, nullptr};
            made->app = std::make_unique<QCoreApplication>(argc, argv);
        }
        auto loaded = catalog::Catalog::loadBuiltin();
        if (!loaded || !made->dir.isValid())
            std::abort();
        made->catalog.emplace(std::move(loaded).value());
        made->path = made->dir.filePath(QStringLiteral("fuzz.folja"));
        access::SessionOptions options;
        options.kdf = access::KdfParams::fastForTests();
        auto created = access::Session::createDatabase(made->path, QStringLiteral("admin"),
                                                       QStringLiteral("fuzz-admin-1"), options);
        if (!created)
            std::abort();
        made->session = std::move(created->session);
        access::Accounts accounts(*made->session);
        for (const char* name : {"anna", "bo"})
            if (!accounts.add(QLatin1String(name), QLatin1String(name), access::Role::Handlaggare,
                              QStringLiteral("fuzz-hand-1")))
                std::abort();
        return made;
    }();
    return *f;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture& f = fixture();
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray before = fileHash(f.path);
    auto result =
        io::Importer::run(*f.session, *f.catalog, &buffer, QStringLiteral("fuzz.csv"), false, QDate(2025, 1, 1));
    if (!result)
        std::abort(); // the import could always be attempted: file problems are in errors
    if (result->ok()) {
        if (result->rows < result->arenden)
            std::abort();
        return 0;
    }
    if (fileHash(f.path) != before)
        std::abort(); // a refused import changed the database
    for (const io::ImportIssue& issue : result->errors)
        if (issue.column == QLatin1String("person_id") && !issue.value.isEmpty() &&
            issue.value != QLatin1String("(personnummer)"))
            std::abort(); // a Person-ID cell is never quoted
    return 0;
}
