// Fuzz target: the canonical importer's reader and validator (core/io/canonicalimport.h), the
// whole path from bytes to domain records that folja-cli import and the GUI run before anything
// is written, against the built-in catalogue. Beyond not crashing: a file is either refused with
// at least one error or gives records that account for every row, and no message holds the
// Person-ID of a row.

#include "catalog/catalog.h"
#include "io/canonicalimport.h"

#include <QBuffer>
#include <QByteArray>
#include <QDate>

#include <cstdint>
#include <cstdlib>

using namespace folja;
using namespace folja::io;

namespace {

const catalog::Catalog& builtinCatalog()
{
    static const catalog::Catalog catalog = [] {
        auto loaded = catalog::Catalog::loadBuiltin();
        if (!loaded)
            std::abort();
        return *loaded;
    }();
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.actor = QStringLiteral("admin");
    options.actorIsAdministrator = true;
    options.handlaggare = {QStringLiteral("anna"), QStringLiteral("bo")};
    options.referenceDate = QDate(2025, 1, 1);
    const ParsedImport parsed = CanonicalImport::parse(&buffer, builtinCatalog(), options);
    if (parsed.ok()) {
        if (parsed.rows < parsed.arenden.size())
            std::abort();
        for (const ImportedArende& a : parsed.arenden)
            if (a.arende.externalId.isEmpty() || a.person.personId.isEmpty())
                std::abort();
    }
    for (const ImportIssue& issue : parsed.errors) {
        const QString line = formatIssue(issue);
        if (issue.column == QLatin1String("person_id") && !issue.value.isEmpty() &&
            issue.value != QLatin1String("(personnummer)"))
            std::abort(); // a Person-ID cell is never quoted
        (void)line;
    }
    return 0;
}
