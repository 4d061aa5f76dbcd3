// Fuzz entry point for the .xlsx reader of the import wizard (core/io/xlsxreader.h): any bytes as a
// workbook; every sheet read. Bounds are small so that a run explores structure, not size; the
// reader must refuse, never crash, hang or allocate without bound. Seeds: tests/fuzz/seeds/xlsx/.

#include "io/xlsxreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    folja::io::XlsxReader::Limits limits;
    limits.maxFileBytes = 4 * 1024 * 1024;
    limits.maxPartBytes = 8 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxCells = 200000;
    limits.maxSheets = 16;
    limits.maxSharedStrings = 100000;
    auto book = folja::io::XlsxReader::fromData(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), limits);
    if (!book)
        return 0;
    for (const QString& name : book->sheetNames()) {
        auto sheet = book->readSheet(name);
        if (sheet) {
            for (const folja::io::XlsxRow& row : sheet->rows)
                (void)row.cells.size();
        }
    }
    return 0;
}
