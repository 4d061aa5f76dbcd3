// Fuzz target: the catalogue loader (core/catalog, Catalog::loadJson), which reads the built-in
// catalogue and an administratör's catalogue file, and the kommun's customisation JSON.

#include "catalog/catalog.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace folja::catalog;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto catalog = Catalog::loadJson(json);
    if (catalog) {
        // Whatever loaded must be usable: look every variable and value up again.
        for (const Variable& v : catalog->variables()) {
            if (!catalog->variable(v.code))
                std::abort();
            for (const Value& value : v.values)
                (void)catalog->value(v.code, value.code);
        }
    }
    if (auto custom = Customisation::fromJson(json); custom) {
        // What was accepted is written back in a form that reads again.
        if (!Customisation::fromJson(custom->toJson()))
            std::abort();
    }
    return 0;
}
