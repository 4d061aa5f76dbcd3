#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#if defined(FOLJA_HAVE_LIBZIP)
#include <zip.h>
#endif

namespace folja::io {

namespace {

constexpr auto kRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

#if defined(FOLJA_HAVE_LIBZIP)
struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
#endif

Error corrupt(const QString& what)
{
    return Error{ErrorCode::InvalidInput,
                 XlsxReader::tr("The file is not a readable Excel workbook (.xlsx): %1").arg(what)};
}

Error tooLarge(const QString& what)
{
    return Error{
        ErrorCode::InvalidInput,
        XlsxReader::tr("The Excel workbook is too large to import: %1. Save the sheet as CSV, or split it.").arg(what)};
}

// The text of a shared string (<si>) or inline string (<is>): every <t>, also inside rich-text runs
// (<r>), but not the phonetic reading (<rPh>). The reader stands on the start element.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int phonetic = 0;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

QString xmlProblem(const QString& part, const QXmlStreamReader& xml)
{
    return XlsxReader::tr("%1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

} // namespace

int xlsxColumnIndex(QStringView reference)
{
    int index = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            index = index * 26 + (u - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else if (u >= u'a' && u <= u'z') {
            index = index * 26 + (u - u'a' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : index - 1;
}

QString xlsxNumberText(QStringView raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw.toString();
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

Result<XlsxReader> XlsxReader::open(const QString& path, const Limits& limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read the file %1.").arg(QFileInfo(path).fileName()));
    }
    if (file.size() > limits.maxFileBytes)
        return tooLarge(tr("the file is larger than %1 MB").arg(limits.maxFileBytes / (1024 * 1024)));
    return fromData(file.readAll(), limits);
}

Result<XlsxReader> XlsxReader::fromData(QByteArray bytes, const Limits& limits)
{
    XlsxReader reader;
    if (bytes.size() > limits.maxFileBytes)
        return tooLarge(tr("the file is larger than %1 MB").arg(limits.maxFileBytes / (1024 * 1024)));
    reader.m_bytes = std::move(bytes);
    reader.m_limits = limits;
    if (auto rc = reader.load(); !rc)
        return rc.error();
    return reader;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const SheetRef& s : m_sheets)
        names.append(s.name);
    return names;
}

Result<QByteArray> XlsxReader::readPart(const QString& name, bool required) const
{
#if !defined(FOLJA_HAVE_LIBZIP)
    Q_UNUSED(name);
    Q_UNUSED(required);
    return makeError(ErrorCode::InvalidInput,
                     tr("This build of Följa cannot read Excel workbooks; save the sheet as CSV."));
#else
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return corrupt(tr("it cannot be opened"));
    }
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(source);
        zip_error_fini(&error);
        return corrupt(tr("it is not a zip archive (is it an old .xls file, or damaged?)"));
    }
    zip_error_fini(&error);
    const QByteArray entry = name.toUtf8();
    const zip_int64_t index = zip_name_locate(archive.get(), entry.constData(), 0);
    if (index < 0) {
        if (!required)
            return QByteArray();
        return corrupt(tr("the part %1 is missing").arg(name));
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive.get(), zip_uint64_t(index), 0));
    if (!file)
        return corrupt(tr("the part %1 cannot be unpacked").arg(name));
    // The declared size may lie: read in chunks and stop at the bound, whatever the header says.
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            return corrupt(tr("the part %1 is damaged").arg(name));
        if (n == 0)
            break;
        if (out.size() + n > m_limits.maxPartBytes)
            return tooLarge(tr("the part %1 unpacks to more than %2 MB").arg(name).arg(m_limits.maxPartBytes >> 20));
        m_bytesRead += n;
        if (m_bytesRead > m_limits.maxTotalBytes)
            return tooLarge(tr("it unpacks to more than %1 MB").arg(m_limits.maxTotalBytes >> 20));
        out.append(buffer, qsizetype(n));
    }
    return out;
#endif
}

Result<void> XlsxReader::load()
{
    // Relationships: rId → target part.
    auto rels = readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), true);
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
                const auto attrs = xml.attributes();
                QString target = attrs.value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    target = target.mid(1);
                else
                    target = QLatin1String("xl/") + target;
                targets.insert(attrs.value(QLatin1String("Id")).toString(), target);
            }
        }
        if (xml.hasError())
            return corrupt(xmlProblem(QStringLiteral("xl/_rels/workbook.xml.rels"), xml));
    }

    auto workbook = readPart(QStringLiteral("xl/workbook.xml"), true);
    if (!workbook)
        return workbook.error();
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("sheet"))
                continue;
            const auto attrs = xml.attributes();
            QString id = attrs.value(QLatin1String(kRelationshipsNs), QLatin1String("id")).toString();
            if (id.isEmpty()) {
                for (const QXmlStreamAttribute& a : attrs) {
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
                }
            }
            const QString part = targets.value(id);
            if (part.isEmpty())
                return corrupt(tr("the sheet \"%1\" has no part").arg(attrs.value(QLatin1String("name"))));
            if (m_sheets.size() >= m_limits.maxSheets)
                return tooLarge(tr("more than %1 sheets").arg(m_limits.maxSheets));
            m_sheets.append(SheetRef{attrs.value(QLatin1String("name")).toString(), part});
        }
        if (xml.hasError())
            return corrupt(xmlProblem(QStringLiteral("xl/workbook.xml"), xml));
    }
    if (m_sheets.isEmpty())
        return corrupt(tr("it has no sheets"));

    // Shared strings are optional (a workbook of numbers only has none).
    QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("sharedStrings.xml"), Qt::CaseInsensitive))
            sharedPart = it.value();
    }
    auto shared = readPart(sharedPart, false);
    if (!shared)
        return shared.error();
    if (!shared->isEmpty()) {
        QXmlStreamReader xml(*shared);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                if (m_sharedStrings.size() >= m_limits.maxSharedStrings)
                    return tooLarge(tr("more than %1 different texts").arg(m_limits.maxSharedStrings));
                m_sharedStrings.append(readStringItem(xml));
            }
        }
        if (xml.hasError())
            return corrupt(xmlProblem(sharedPart, xml));
    }
    return {};
}

Result<XlsxSheet> XlsxReader::readSheet(const QString& name) const
{
    const SheetRef* ref = nullptr;
    for (const SheetRef& s : m_sheets) {
        if (name.isEmpty() || s.name == name) {
            ref = &s;
            break;
        }
    }
    if (!ref) {
        return makeError(ErrorCode::NotFound, tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                                                  .arg(name, sheetNames().join(QLatin1String(", "))));
    }
    auto data = readPart(ref->part, true);
    if (!data)
        return data.error();

    XlsxSheet sheet;
    sheet.name = ref->name;
    QXmlStreamReader xml(*data);
    qint64 cells = 0;
    qint64 nextRow = 1;
    XlsxRow* row = nullptr;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            if (row && row->cells.isEmpty())
                sheet.rows.removeLast();
            row = nullptr;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            bool ok = false;
            const qint64 number = r.isEmpty() ? nextRow : r.toLongLong(&ok);
            if (!r.isEmpty() && (!ok || number < nextRow || number > 1'048'576))
                return corrupt(tr("%1, line %2: a row number is out of order").arg(ref->part).arg(xml.lineNumber()));
            nextRow = number + 1;
            sheet.rows.append(XlsxRow{number, {}});
            row = &sheet.rows.last();
            nextColumn = 0;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        if (!row)
            return corrupt(tr("%1, line %2: a cell outside a row").arg(ref->part).arg(xml.lineNumber()));
        const auto attrs = xml.attributes();
        const QString type = attrs.value(QLatin1String("t")).toString();
        const auto reference = attrs.value(QLatin1String("r"));
        int column = reference.isEmpty() ? nextColumn : xlsxColumnIndex(reference);
        if (column < 0 || column >= m_limits.maxColumns) {
            return corrupt(tr("%1, line %2: the cell reference \"%3\" is not valid")
                               .arg(ref->part)
                               .arg(xml.lineNumber())
                               .arg(reference));
        }
        nextColumn = column + 1;
        QString value;
        QString raw;
        bool inlineText = false;
        while (!xml.atEnd()) {
            const auto t = xml.readNext();
            if (t == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("v")) {
                raw = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("is")) {
                value = readStringItem(xml);
                inlineText = true;
            } else {
                xml.skipCurrentElement(); // <f> formula and anything else
            }
        }
        if (xml.hasError())
            break;
        if (!inlineText) {
            if (type == QLatin1String("s")) {
                bool ok = false;
                const qsizetype i = raw.trimmed().toLongLong(&ok);
                if (!ok || i < 0 || i >= m_sharedStrings.size()) {
                    return corrupt(tr("%1, line %2: a cell refers to text number %3, which does not exist")
                                       .arg(ref->part)
                                       .arg(xml.lineNumber())
                                       .arg(raw.left(20)));
                }
                value = m_sharedStrings.at(i);
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = raw.isEmpty() ? QString() : xlsxNumberText(raw);
            } else {
                value = raw; // str (formula result), b (0/1), e (#N/A …), d (ISO date)
            }
        }
        if (value.isEmpty())
            continue;
        // Empty cells before this one are held too: they count against the bound.
        cells += column < row->cells.size() ? 1 : column - row->cells.size() + 1;
        if (cells > m_limits.maxCells)
            return tooLarge(tr("more than %1 cells").arg(m_limits.maxCells));
        if (column < row->cells.size()) {
            row->cells[column] = value; // a repeated reference: the later cell wins
        } else {
            while (row->cells.size() < column)
                row->cells.append(QString());
            row->cells.append(value);
        }
    }
    if (xml.hasError())
        return corrupt(xmlProblem(ref->part, xml));
    if (row && row->cells.isEmpty())
        sheet.rows.removeLast();
    return sheet;
}

} // namespace folja::io
