#include "io/tablesource.h"

#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace folja::io {

namespace {

constexpr qint64 kDetectChunk = 1024 * 1024;

// A mapping names source columns by their header: every name must be there and unique. An empty
// header cell becomes "Column N", a repeated one "Name (2)".
QStringList uniqueHeader(QStringList names)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names[i].trimmed();
        if (name.isEmpty())
            name = TableSource::tr("Column %1").arg(i + 1);
        QString candidate = name;
        for (int n = 2; seen.contains(candidate); ++n)
            candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        seen.insert(candidate);
        names[i] = candidate;
    }
    return names;
}

class CsvTableSource : public TableSource
{
public:
    Result<void> open(const QString& path, const CsvFormat& format)
    {
        m_info.format = TableInfo::Format::Csv;
        m_info.encoding = format.encoding;
        m_info.byteOrderMark = format.byteOrderMark;
        m_info.separator = format.separator;
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            return makeError(m_file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                             TableSource::tr("Cannot read the file %1.").arg(QFileInfo(path).fileName()));
        }
        m_size = m_file.size();
        if (auto rc = rewindToHeader(); !rc)
            return rc.error();
        CsvRecord header;
        auto read = m_reader->next(header);
        if (!read)
            return read.error();
        if (!*read || (header.fields.size() == 1 && header.fields.first().trimmed().isEmpty()))
            return makeError(ErrorCode::InvalidInput, TableSource::tr("The file is empty; a header row is required."));
        m_header = uniqueHeader(header.fields);
        return {};
    }

    Result<bool> next(CsvRecord& record) override
    {
        auto more = m_reader->next(record);
        if (more && *more) {
            while (record.fields.size() < m_header.size())
                record.fields.append(QString());
        }
        return more;
    }

    Result<void> rewind() override
    {
        if (auto rc = rewindToHeader(); !rc)
            return rc.error();
        CsvRecord header;
        auto read = m_reader->next(header);
        if (!read)
            return read.error();
        return {};
    }

    double progress() const override { return m_size > 0 ? double(m_file.pos()) / double(m_size) : 1.0; }

private:
    Result<void> rewindToHeader()
    {
        if (!m_file.seek(0))
            return makeError(ErrorCode::Io,
                             TableSource::tr("Cannot read the file %1.").arg(QFileInfo(m_file).fileName()));
        m_reader = std::make_unique<CsvReader>(&m_file, m_info.separator, m_info.encoding);
        return {};
    }

    QFile m_file;
    qint64 m_size = 0;
    std::unique_ptr<CsvReader> m_reader;
};

class XlsxTableSource : public TableSource
{
public:
    explicit XlsxTableSource(XlsxSheet sheet, QStringList sheets)
        : m_sheet(std::move(sheet))
    {
        m_info.format = TableInfo::Format::Xlsx;
        m_info.sheets = std::move(sheets);
        m_info.sheet = m_sheet.name;
        // The first non-empty row is the header.
        while (m_first < m_sheet.rows.size() && isEmptyRow(m_sheet.rows[m_first].cells))
            ++m_first;
        if (m_first < m_sheet.rows.size()) {
            QStringList names = m_sheet.rows[m_first].cells;
            while (!names.isEmpty() && names.constLast().trimmed().isEmpty())
                names.removeLast();
            m_header = uniqueHeader(names);
            ++m_first;
        }
        m_pos = m_first;
    }

    Result<bool> next(CsvRecord& record) override
    {
        while (m_pos < m_sheet.rows.size() && isEmptyRow(m_sheet.rows[m_pos].cells))
            ++m_pos;
        if (m_pos >= m_sheet.rows.size())
            return false;
        const XlsxRow& row = m_sheet.rows[m_pos++];
        record.line = row.number;
        record.fields = row.cells;
        while (record.fields.size() < m_header.size())
            record.fields.append(QString());
        while (record.fields.size() > m_header.size() && record.fields.constLast().isEmpty())
            record.fields.removeLast();
        return true;
    }

    Result<void> rewind() override
    {
        m_pos = m_first;
        return {};
    }

    double progress() const override
    {
        return m_sheet.rows.isEmpty() ? 1.0 : double(m_pos) / double(m_sheet.rows.size());
    }

private:
    static bool isEmptyRow(const QStringList& cells)
    {
        for (const QString& c : cells) {
            if (!c.trimmed().isEmpty())
                return false;
        }
        return true;
    }

    XlsxSheet m_sheet;
    qsizetype m_first = 0;
    qsizetype m_pos = 0;
};

} // namespace

QString TableInfo::encodingName() const
{
    if (format == Format::Xlsx)
        return TableSource::tr("Excel workbook (.xlsx)");
    if (encoding == TextEncoding::Windows1252)
        return TableSource::tr("Windows-1252");
    return byteOrderMark ? TableSource::tr("UTF-8 with byte-order mark") : TableSource::tr("UTF-8");
}

QString TableInfo::separatorName() const
{
    if (format == Format::Xlsx)
        return {};
    switch (separator) {
    case ',':
        return TableSource::tr("comma (,)");
    case '\t':
        return TableSource::tr("tab");
    default:
        return TableSource::tr("semicolon (;)");
    }
}

char detectSeparator(QStringView line)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return '\t';
    if (commas > semicolons)
        return ',';
    return ';';
}

Result<CsvFormat> detectCsvFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         TableSource::tr("Cannot read the file %1.").arg(QFileInfo(path).fileName()));
    }
    CsvFormat format;
    // The whole file must be valid UTF-8 to be read as UTF-8: an extract is often plain ASCII for
    // thousands of rows before the first å.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QByteArray head;
    bool first = true;
    for (;;) {
        const QByteArray chunk = file.read(kDetectChunk);
        if (chunk.isEmpty())
            break;
        if (first) {
            format.byteOrderMark = chunk.startsWith("\xEF\xBB\xBF");
            head = chunk.left(64 * 1024);
            first = false;
        }
        const QString decoded = utf8.decode(chunk); // EncodedData decodes on conversion
        Q_UNUSED(decoded);
        if (utf8.hasError())
            break;
    }
    if (utf8.hasError() && !format.byteOrderMark)
        format.encoding = TextEncoding::Windows1252;
    if (format.byteOrderMark)
        head = head.mid(3);
    qsizetype end = head.indexOf('\n');
    const QByteArray firstLine = end >= 0 ? head.left(end) : head;
    const QString text =
        format.encoding == TextEncoding::Windows1252 ? decodeWindows1252(firstLine) : QString::fromUtf8(firstLine);
    format.separator = detectSeparator(text);
    return format;
}

Result<std::unique_ptr<TableSource>> openTable(const QString& path, const QString& sheet)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        auto book = XlsxReader::open(path);
        if (!book)
            return book.error();
        auto data = book->readSheet(sheet);
        if (!data)
            return data.error();
        auto source = std::make_unique<XlsxTableSource>(std::move(data).value(), book->sheetNames());
        if (source->header().isEmpty()) {
            return makeError(
                ErrorCode::InvalidInput,
                TableSource::tr("The sheet \"%1\" is empty; a header row is required.").arg(source->info().sheet));
        }
        return std::unique_ptr<TableSource>(std::move(source));
    }
    auto format = detectCsvFormat(path);
    if (!format)
        return format.error();
    auto source = std::make_unique<CsvTableSource>();
    if (auto rc = source->open(path, *format); !rc)
        return rc.error();
    return std::unique_ptr<TableSource>(std::move(source));
}

} // namespace folja::io
