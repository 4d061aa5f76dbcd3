// Fuzz target: the streaming CSV reader (core/io/csv.h). The first byte picks the separator (the
// reader is used with ';' for the canonical import and with ',' and tab for other files); the rest
// is the file. Beyond not crashing: record line numbers never go backwards and the reader stops.

#include "io/csv.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace folja::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const char separators[] = {';', ',', '\t'};
    const char separator = separators[data[0] % 3];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    CsvRecord record;
    qint64 lastLine = 0;
    for (qsizetype records = 0;; ++records) {
        auto more = reader.next(record);
        if (!more || !*more)
            break;
        if (record.line < lastLine || record.line < 1 || records > bytes.size() + 1)
            std::abort();
        lastLine = record.line;
    }
    return 0;
}
