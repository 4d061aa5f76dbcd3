#pragma once

// A streaming RFC 4180 reader for the canonical import: `;` between fields, `"` quoting with `""`
// as an escaped quote, embedded separators and line breaks inside quotes, CRLF or LF line ends,
// UTF-8 with or without a byte-order mark (or, for the import wizard's extracts, Windows-1252). The
// file is read in fixed-size chunks so that a 100,000-row export never has to be held as one QString.

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringConverter>
#include <QStringList>

class QIODevice;

namespace folja::io {

struct CsvRecord {
    qint64 line = 0; // the file line (1-based) on which the record starts; the header is line 1
    QStringList fields;
};

// Where the canonical import takes its records from: a CSV file, or the import wizard's mapping
// applied to another table (io/importmapping.h). The first record is the header.
class RecordSource
{
public:
    struct Issue {
        qint64 row = 0;
        QString column;
        QString value;
        QString message;
    };

    virtual ~RecordSource() = default;
    virtual Result<bool> next(CsvRecord& record) = 0;
    // Errors the source itself found (a value the mapping could not translate): they refuse the
    // import like the parser's own. Asked once, after the last record.
    virtual QList<Issue> sourceErrors() const { return {}; }
};

enum class TextEncoding { Utf8, Windows1252 };

class CsvReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::CsvReader)

public:
    // The device must be open for reading and must outlive the reader.
    explicit CsvReader(QIODevice* device, char separator = ';', TextEncoding encoding = TextEncoding::Utf8);

    // Reads the next record into `record`. Returns true when a record was read, false at the end
    // of the input, or an Error (InvalidInput naming the line) for malformed input: an unterminated
    // quote, text after a closing quote, or bytes that are not UTF-8. Lines that are completely
    // empty are skipped: spreadsheet programs often leave one at the end.
    Result<bool> next(CsvRecord& record) override;

private:
    bool fill(); // reads the next chunk; false at end of input or on a read error
    Result<QString> decode(const QByteArray& bytes, qint64 line);

    QIODevice* m_device;
    char m_separator;
    TextEncoding m_encoding;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;     // the line the read position is on
    bool m_atStart = true; // the BOM check happens once
    bool m_eof = false;
    QByteArray m_field; // reused between fields to avoid reallocations
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

// Windows-1252 bytes as text (every byte is a character; nothing can fail).
QString decodeWindows1252(const QByteArray& bytes);

} // namespace folja::io
