#include "io/importmapping.h"

#include "access/importmappings.h"
#include "access/session.h"
#include "io/canonicalimport.h"
#include "io/tablesource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <map>

namespace folja::io {

namespace {

using catalog::Malgrupp;

constexpr int kProgressEvery = 1024;

int digitsAt(QStringView s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

QDate ymd(int y, int m, int d)
{
    if (y < 1800 || m < 1 || d < 1)
        return {};
    return QDate(y, m, d);
}

QDate parseIso(QStringView s)
{
    // A date-time as spreadsheets export it ("2025-03-01 00:00:00", "2025-03-01T00:00") keeps its date.
    if (s.size() > 10 && (s[10] == QLatin1Char(' ') || s[10] == QLatin1Char('T')))
        s = s.left(10);
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return {};
    return ymd(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2));
}

QDate parseCompact(QStringView s)
{
    if (s.size() != 8)
        return {};
    return ymd(digitsAt(s, 0, 4), digitsAt(s, 4, 2), digitsAt(s, 6, 2));
}

QDate parseDayMonthYear(QStringView s)
{
    if (s.size() != 10 || s[2] != QLatin1Char('/') || s[5] != QLatin1Char('/'))
        return {};
    return ymd(digitsAt(s, 6, 4), digitsAt(s, 3, 2), digitsAt(s, 0, 2));
}

QDate parseExcel(QStringView s)
{
    // Whole days since 1899-12-30 (Excel's 1900 system, its leap-year bug included in the epoch);
    // a time of day (a fraction) is dropped. 1 (1900-01-01) .. 2958465 (9999-12-31).
    if (s.isEmpty() || s.size() > 18)
        return {};
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || v < 1 || v > 2958465)
        return {};
    for (const QChar c : s) {
        if (!(c.isDigit() || c == QLatin1Char('.')))
            return {};
    }
    return QDate(1899, 12, 30).addDays(qint64(v));
}

// Header names as compared for suggestions: case-folded, å/ä → a, ö → o, only letters and digits.
QString headerKey(QStringView name)
{
    QString out;
    for (const QChar c : name.toString().toCaseFolded()) {
        const char16_t u = c.unicode();
        if (u == u'å' || u == u'ä' || u == u'á' || u == u'à')
            out += QLatin1Char('a');
        else if (u == u'ö' || u == u'ø' || u == u'ó')
            out += QLatin1Char('o');
        else if (u == u'é' || u == u'è')
            out += QLatin1Char('e');
        else if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QString ruleKey(const QString& malgrupp, const QString& value)
{
    return malgrupp + QChar(0x1f) + catalog::normaliseLabel(value);
}

bool isDateColumn(const QString& c)
{
    return c.endsWith(QLatin1String("_datum"));
}

QString severityText(Severity s)
{
    return s == Severity::Error ? MappingEngine::tr("fel") : MappingEngine::tr("varning");
}

QByteArray csvField(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(';') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

// --- dates ---------------------------------------------------------------------------------------

QString dateFormatCode(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return QStringLiteral("iso");
    case DateFormat::Compact:
        return QStringLiteral("compact");
    case DateFormat::DayMonthYear:
        return QStringLiteral("dmy");
    case DateFormat::ExcelSerial:
        return QStringLiteral("excel");
    case DateFormat::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<DateFormat> dateFormatFromCode(QStringView code)
{
    for (DateFormat f :
         {DateFormat::Auto, DateFormat::Iso, DateFormat::Compact, DateFormat::DayMonthYear, DateFormat::ExcelSerial}) {
        if (code == dateFormatCode(f))
            return f;
    }
    return std::nullopt;
}

QString dateFormatLabel(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return MappingEngine::tr("YYYY-MM-DD");
    case DateFormat::Compact:
        return MappingEngine::tr("YYYYMMDD");
    case DateFormat::DayMonthYear:
        return MappingEngine::tr("DD/MM/YYYY");
    case DateFormat::ExcelSerial:
        return MappingEngine::tr("Excel date number");
    case DateFormat::Auto:
        break;
    }
    return MappingEngine::tr("any of these");
}

QDate parseDate(QStringView text, DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return parseIso(text);
    case DateFormat::Compact:
        return parseCompact(text);
    case DateFormat::DayMonthYear:
        return parseDayMonthYear(text);
    case DateFormat::ExcelSerial:
        return parseExcel(text);
    case DateFormat::Auto:
        break;
    }
    for (DateFormat f : {DateFormat::Iso, DateFormat::Compact, DateFormat::DayMonthYear}) {
        const QDate d = parseDate(text, f);
        if (d.isValid())
            return d;
    }
    return {};
}

DateFormat detectDateFormat(const QStringList& samples)
{
    DateFormat found = DateFormat::Auto;
    for (DateFormat f : {DateFormat::Iso, DateFormat::Compact, DateFormat::DayMonthYear, DateFormat::ExcelSerial}) {
        bool all = true, any = false;
        for (const QString& s : samples) {
            if (s.trimmed().isEmpty())
                continue;
            any = true;
            if (!parseDate(s.trimmed(), f).isValid()) {
                all = false;
                break;
            }
        }
        if (all && any) {
            if (found != DateFormat::Auto)
                return DateFormat::Auto; // two formats fit every sample: the user decides
            found = f;
        }
    }
    return found;
}

// --- targets -------------------------------------------------------------------------------------

const QList<Target>& importTargets(const catalog::Catalog& catalog)
{
    // One list per catalogue (the labels and value sets come from it); catalogues live long. A
    // std::map keeps the lists where they are when another catalogue is added (workers hold
    // references while the GUI thread may add one).
    static std::map<const catalog::Catalog*, QList<Target>> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = cache.find(&catalog);
    if (it != cache.end())
        return it->second;
    QList<Target> targets;
    const QStringList required = CanonicalImport::requiredColumns();
    for (const QString& column : CanonicalImport::columns()) {
        Target t;
        t.column = column;
        t.required = required.contains(column);
        const catalog::Variable* v = catalog.variable(column);
        if (column == QLatin1String("arende_id")) {
            t.label = MappingEngine::tr("Ärende-id (the source system's key)");
        } else if (column == QLatin1String("malgrupp")) {
            t.label = MappingEngine::tr("Målgrupp");
            t.kind = TargetKind::Malgrupp;
        } else if (column == QLatin1String("handlaggare")) {
            t.label = MappingEngine::tr("Handläggare (account name)");
        } else if (v) {
            t.label = v->label;
            if (v->type == catalog::DataType::Date) {
                t.kind = TargetKind::Date;
            } else if (v->isCoded()) {
                t.kind = TargetKind::Coded;
                t.multi = v->isMulti() && column != QLatin1String("insats");
                for (const catalog::Value& value : v->values)
                    t.byMalgrupp = t.byMalgrupp || !value.malgrupper.isAll();
                if (const catalog::Mapping* m = catalog.mapping(column)) {
                    for (const catalog::MappingEntry& e : m->entries)
                        t.byMalgrupp = t.byMalgrupp || !e.malgrupper.isAll() || e.to.size() > 1;
                }
            }
        } else {
            t.label = column;
        }
        targets.append(t);
    }
    return cache.emplace(&catalog, std::move(targets)).first->second;
}

const Target* importTarget(const catalog::Catalog& catalog, QStringView column)
{
    for (const Target& t : importTargets(catalog)) {
        if (t.column == column)
            return &t;
    }
    return nullptr;
}

// --- the mapping ---------------------------------------------------------------------------------

const ColumnRule* Mapping::forSource(const QString& sourceColumn) const
{
    for (const ColumnRule& c : columns) {
        if (c.source == sourceColumn)
            return &c;
    }
    return nullptr;
}

ColumnRule* Mapping::forSource(const QString& sourceColumn)
{
    for (ColumnRule& c : columns) {
        if (c.source == sourceColumn)
            return &c;
    }
    return nullptr;
}

const ColumnRule* Mapping::forTarget(const QString& target) const
{
    for (const ColumnRule& c : columns) {
        if (c.target == target)
            return &c;
    }
    return nullptr;
}

void Mapping::setValue(const QString& sourceColumn, const QString& malgrupp, const QString& value, const QString& code)
{
    ColumnRule* rule = forSource(sourceColumn);
    if (!rule) {
        columns.append(ColumnRule{sourceColumn, {}, DateFormat::Auto, {}});
        rule = &columns.last();
    }
    const QString key = ruleKey(malgrupp, value);
    for (ValueRule& v : rule->values) {
        if (ruleKey(v.malgrupp, v.source) == key) {
            v.code = code;
            return;
        }
    }
    rule->values.append(ValueRule{malgrupp, value, code});
}

QByteArray Mapping::toJson() const
{
    QJsonArray cols;
    for (const ColumnRule& c : columns) {
        QJsonObject o;
        o.insert(QLatin1String("source"), c.source);
        o.insert(QLatin1String("target"), c.target);
        if (c.dateFormat != DateFormat::Auto)
            o.insert(QLatin1String("date_format"), dateFormatCode(c.dateFormat));
        QJsonArray values;
        for (const ValueRule& v : c.values) {
            QJsonObject r;
            if (!v.malgrupp.isEmpty())
                r.insert(QLatin1String("malgrupp"), v.malgrupp);
            r.insert(QLatin1String("source"), v.source);
            r.insert(QLatin1String("code"), v.code);
            values.append(r);
        }
        if (!values.isEmpty())
            o.insert(QLatin1String("values"), values);
        cols.append(o);
    }
    QJsonObject constants;
    for (auto it = this->constants.cbegin(); it != this->constants.cend(); ++it)
        constants.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormat);
    root.insert(QLatin1String("columns"), cols);
    root.insert(QLatin1String("constants"), constants);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Mapping> Mapping::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    auto bad = [](const QString& why) {
        return Error{ErrorCode::Corrupt, MappingEngine::tr("The saved import mapping cannot be read: %1").arg(why)};
    };
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != kFormat)
        return bad(MappingEngine::tr("unknown format %1").arg(root.value(QLatin1String("format")).toInt()));
    Mapping m;
    for (const QJsonValue& cv : root.value(QLatin1String("columns")).toArray()) {
        const QJsonObject o = cv.toObject();
        ColumnRule c;
        c.source = o.value(QLatin1String("source")).toString();
        c.target = o.value(QLatin1String("target")).toString();
        const auto format = dateFormatFromCode(o.value(QLatin1String("date_format")).toString(QStringLiteral("auto")));
        if (!format)
            return bad(MappingEngine::tr("unknown date format"));
        c.dateFormat = *format;
        for (const QJsonValue& vv : o.value(QLatin1String("values")).toArray()) {
            const QJsonObject r = vv.toObject();
            c.values.append(ValueRule{r.value(QLatin1String("malgrupp")).toString(),
                                      r.value(QLatin1String("source")).toString(),
                                      r.value(QLatin1String("code")).toString()});
        }
        m.columns.append(c);
    }
    const QJsonObject constants = root.value(QLatin1String("constants")).toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it)
        m.constants.insert(it.key(), it.value().toString());
    return m;
}

Result<void> Mapping::validate(const catalog::Catalog& catalog) const
{
    QSet<QString> seen;
    auto use = [&](const QString& target) -> Result<void> {
        if (!importTarget(catalog, target))
            return makeError(ErrorCode::InvalidInput, MappingEngine::tr("Unknown target column \"%1\".").arg(target));
        if (seen.contains(target)) {
            return makeError(
                ErrorCode::InvalidInput,
                MappingEngine::tr("The column %1 is filled from more than one place; choose one.").arg(target));
        }
        seen.insert(target);
        return {};
    };
    for (const ColumnRule& c : columns) {
        if (c.target.isEmpty())
            continue;
        if (auto rc = use(c.target); !rc)
            return rc;
    }
    for (auto it = constants.cbegin(); it != constants.cend(); ++it) {
        if (auto rc = use(it.key()); !rc)
            return rc;
    }
    QStringList missing;
    for (const QString& r : CanonicalImport::requiredColumns()) {
        if (!seen.contains(r))
            missing.append(r);
    }
    if (!missing.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            MappingEngine::tr("These required columns are not mapped: %1.").arg(missing.join(QLatin1String(", "))));
    }
    return {};
}

// --- problems ------------------------------------------------------------------------------------

QByteArray problemsCsv(const QList<ProblemGroup>& groups)
{
    QByteArray out = "\xEF\xBB\xBF";
    const QStringList header{MappingEngine::tr("level"),         MappingEngine::tr("kind"),
                             MappingEngine::tr("row"),           MappingEngine::tr("column"),
                             MappingEngine::tr("source column"), MappingEngine::tr("values"),
                             MappingEngine::tr("message")};
    QByteArrayList fields;
    for (const QString& h : header)
        fields.append(csvField(h));
    out += fields.join(';') + "\r\n";
    for (const ProblemGroup& g : groups) {
        const QByteArray common = csvField(severityText(g.severity)) + ';' + csvField(g.kind) + ';';
        const QByteArray tail = ';' + csvField(g.column) + ';' + csvField(g.sourceColumn) + ';' +
                                csvField(g.values.join(QLatin1String(" | "))) + ';' + csvField(g.message) + "\r\n";
        if (g.rows.isEmpty()) {
            out += common + tail;
            continue;
        }
        for (qint64 row : g.rows)
            out += common + QByteArray::number(row) + tail;
    }
    return out;
}

int MappedImportResult::errorCount() const
{
    int n = 0;
    for (const ProblemGroup& g : problems)
        n += g.severity == Severity::Error ? g.count : 0;
    return n;
}

int MappedImportResult::warningCount() const
{
    int n = 0;
    for (const ProblemGroup& g : problems)
        n += g.severity == Severity::Warning ? g.count : 0;
    return n;
}

// --- the engine ----------------------------------------------------------------------------------

MappingEngine::MappingEngine(const catalog::Catalog& catalog, Mapping mapping, QSet<QString> accounts)
    : m_catalog(catalog)
    , m_mapping(std::move(mapping))
    , m_accounts(std::move(accounts))
{
    for (Malgrupp mg : catalog::kAllMalgrupper) {
        const QString code = catalog::malgruppCode(mg);
        m_malgruppLabels.insert(catalog::normaliseLabel(code), code);
        m_malgruppLabels.insert(catalog::normaliseLabel(catalog.malgruppLabel(mg)), code);
    }
}

Resolution MappingEngine::resolve(const Target& target, const QString& malgrupp, const QString& value, QString* code,
                                  QStringList* candidates, QString* note)
{
    code->clear();
    if (value.trimmed().isEmpty())
        return Resolution::Empty;
    // 1. the mapping's own rule, for the målgrupp first
    if (const ColumnRule* rule = m_mapping.forTarget(target.column)) {
        const QString specific = ruleKey(malgrupp, value);
        const QString general = ruleKey(QString(), value);
        const ValueRule* generalRule = nullptr;
        for (const ValueRule& v : rule->values) {
            const QString key = ruleKey(v.malgrupp, v.source);
            if (!malgrupp.isEmpty() && key == specific) {
                *code = v.code;
                return Resolution::Rule;
            }
            if (key == general)
                generalRule = &v;
        }
        if (generalRule) {
            *code = generalRule->code;
            return Resolution::Rule;
        }
    }
    switch (target.kind) {
    case TargetKind::Text:
    case TargetKind::Date:
        if (target.column == QLatin1String("handlaggare") && !m_accounts.contains(value)) {
            for (const QString& account : std::as_const(m_accounts)) {
                if (account.compare(value.trimmed(), Qt::CaseInsensitive) == 0) {
                    *code = account;
                    return Resolution::Exact;
                }
            }
        }
        *code = value.trimmed();
        return Resolution::Exact;
    case TargetKind::Malgrupp: {
        const QString found = m_malgruppLabels.value(catalog::normaliseLabel(value));
        if (found.isEmpty())
            return Resolution::Unknown;
        *code = found;
        return Resolution::Exact;
    }
    case TargetKind::Coded:
        break;
    }
    const catalog::Variable* variable = m_catalog.variable(target.column);
    if (!variable)
        return Resolution::Unknown;
    const std::optional<Malgrupp> mg = catalog::malgruppFromCode(malgrupp);
    if (const catalog::Value* v = m_catalog.resolve(*variable, value, mg)) {
        if ((!mg || v->validFor(*mg)) && v->selectable) {
            *code = v->code;
            return Resolution::Exact;
        }
    }
    const catalog::MappingResult old = m_catalog.mapFrom2019(target.column, value, mg);
    if (old.found) {
        if (note)
            *note = old.notes.join(QLatin1Char(' '));
        if (!old.needsReview && old.codes.size() == 1) {
            *code = old.codes.first();
            return Resolution::From2019;
        }
        if (candidates)
            *candidates = old.codes;
        return Resolution::NeedsChoice;
    }
    return Resolution::Unknown;
}

// Applies the mapping row by row, as records for the canonical parser.
class MappedRecords : public RecordSource
{
public:
    MappedRecords(MappingEngine& engine, TableSource& table, const MappingProgress& progress)
        : m_engine(engine)
        , m_table(table)
        , m_progress(progress)
    {
        const Mapping& mapping = engine.m_mapping;
        const QStringList& header = table.header();
        for (const ColumnRule& c : mapping.columns) {
            if (c.target.isEmpty())
                continue;
            const Target* t = importTarget(engine.m_catalog, c.target);
            const qsizetype index = header.indexOf(c.source);
            if (!t)
                continue;
            if (index < 0) {
                m_missingSources.append(c.source);
                continue;
            }
            m_columns.append(Col{int(index), t, c.dateFormat, c.source});
            m_canonicalHeader.append(c.target);
            if (c.target == QLatin1String("malgrupp"))
                m_malgruppCol = int(m_columns.size() - 1);
        }
        for (auto it = mapping.constants.cbegin(); it != mapping.constants.cend(); ++it) {
            const Target* t = importTarget(engine.m_catalog, it.key());
            if (!t)
                continue;
            m_constants.append(Constant{t, it.value()});
            m_canonicalHeader.append(it.key());
        }
    }

    QStringList missingSources() const { return m_missingSources; }
    QList<Issue> sourceErrors() const override { return m_issues; }
    bool cancelled() const { return m_cancelled; }
    bool stoppedOnError() const { return m_readError; }
    int rows() const { return m_rows; }

    // Problems the mapping found (fel and varningar), keyed by (row, canonical column) for the fel.
    QMap<QString, ProblemGroup>& groups() { return m_groups; }
    const QSet<QString>& failedCells() const { return m_failedCells; }
    QString sourceOf(const QString& target) const
    {
        for (const Col& c : m_columns) {
            if (c.target->column == target)
                return c.source;
        }
        return {};
    }

    Result<bool> next(CsvRecord& record) override
    {
        if (!m_headerDone) {
            m_headerDone = true;
            record.line = 1;
            record.fields = m_canonicalHeader;
            return true;
        }
        CsvRecord in;
        auto more = m_table.next(in);
        if (!more) {
            m_readError = true;
            return more.error();
        }
        if ((m_rows % kProgressEvery) == 0 || !*more) {
            if (m_progress.cancel && m_progress.cancel->load()) {
                m_cancelled = true;
                return makeError(ErrorCode::Conflict,
                                 MappingEngine::tr("The import was cancelled; nothing was changed."));
            }
            if (m_progress.progress)
                m_progress.progress(m_table.progress());
        }
        if (!*more)
            return false;
        ++m_rows;
        mapRow(in, record);
        return true;
    }

private:
    struct Col {
        int index;
        const Target* target;
        DateFormat dateFormat;
        QString source;
    };
    struct Constant {
        const Target* target;
        QString value;
    };

    void problem(Severity severity, const QString& kind, const Target& target, const QString& source,
                 const QString& message, qint64 row, const QString& value)
    {
        const QString key = kind + QChar(0x1f) + target.column + QChar(0x1f) + message;
        auto it = m_groups.find(key);
        if (it == m_groups.end()) {
            ProblemGroup g;
            g.severity = severity;
            g.kind = kind;
            g.column = target.column;
            g.sourceColumn = source;
            g.message = message;
            it = m_groups.insert(key, g);
        }
        ++it->count;
        if (it->rows.isEmpty() || it->rows.constLast() != row)
            it->rows.append(row);
        if (!value.isEmpty() && it->values.size() < ProblemGroup::kMaxValues && !it->values.contains(value))
            it->values.append(value);
        if (severity == Severity::Error) {
            // The mapping's own fel refuse the file even where the canonical parser would accept
            // the cell (a date the mapping read differently is an error, not a guess).
            m_failedCells.insert(QString::number(row) + QChar(0x1f) + target.column);
            m_issues.append(Issue{row, target.column, value, message});
        }
    }

    QString mapCoded(const Target& target, const QString& source, const QString& malgrupp, const QString& cell,
                     qint64 row)
    {
        if (cell.isEmpty())
            return cell;
        const QStringList parts = target.multi ? cell.split(QLatin1Char('|')) : QStringList{cell};
        QStringList out;
        for (const QString& rawPart : parts) {
            const QString part = rawPart.trimmed();
            if (part.isEmpty())
                continue;
            const QString cacheKey = target.column + QChar(0x1f) + malgrupp + QChar(0x1f) + part;
            auto cached = m_cache.constFind(cacheKey);
            if (cached == m_cache.constEnd()) {
                Cached c;
                c.resolution = m_engine.resolve(target, malgrupp, part, &c.code, &c.candidates);
                cached = m_cache.insert(cacheKey, c);
            }
            switch (cached->resolution) {
            case Resolution::Empty:
                break;
            case Resolution::Rule:
            case Resolution::Exact:
                if (!cached->code.isEmpty())
                    out.append(cached->code);
                break;
            case Resolution::From2019:
                out.append(cached->code);
                problem(Severity::Warning, QStringLiteral("from_2019"), target, source,
                        MappingEngine::tr("SKL 2019 values were translated to SKR 2024 with the catalogue's table."),
                        row, part);
                break;
            case Resolution::NeedsChoice:
                out.append(part);
                problem(Severity::Error, QStringLiteral("choice_needed"), target, source,
                        MappingEngine::tr("An SKL 2019 value that has several SKR 2024 counterparts%1; choose one in "
                                          "the mapping.")
                            .arg(malgrupp.isEmpty() ? QString() : MappingEngine::tr(" for målgrupp %1").arg(malgrupp)),
                        row, part);
                break;
            case Resolution::Unknown:
                out.append(part);
                problem(Severity::Error, QStringLiteral("unknown_value"), target, source,
                        target.kind == TargetKind::Malgrupp
                            ? MappingEngine::tr("Not a målgrupp; map it to BOU, VUX, ALDRE, FUNK or EKB.")
                            : MappingEngine::tr("Not a value of \"%1\"%2; map it to a catalogue value.")
                                  .arg(target.label, malgrupp.isEmpty()
                                                         ? QString()
                                                         : MappingEngine::tr(" for målgrupp %1").arg(malgrupp)),
                        row, part);
                break;
            }
        }
        return out.join(QLatin1Char('|'));
    }

    QString mapCell(const Target& target, const QString& source, DateFormat format, const QString& malgrupp,
                    const QString& raw, qint64 row)
    {
        const QString cell = raw.trimmed();
        if (target.kind == TargetKind::Date) {
            if (cell.isEmpty())
                return cell;
            const QDate d = parseDate(cell, format);
            if (!d.isValid()) {
                problem(Severity::Error, QStringLiteral("date"), target, source,
                        MappingEngine::tr("Not a date in the format %1.").arg(dateFormatLabel(format)), row, cell);
                return cell;
            }
            return d.toString(Qt::ISODate);
        }
        if (target.kind == TargetKind::Text) {
            if (cell.isEmpty())
                return cell;
            QString code;
            m_engine.resolve(target, malgrupp, cell, &code);
            return code;
        }
        return mapCoded(target, source, malgrupp, cell, row);
    }

    void mapRow(const CsvRecord& in, CsvRecord& out)
    {
        out.line = in.line;
        out.fields.resize(m_canonicalHeader.size());
        // The row's målgrupp first: the other values are judged by it.
        QString malgrupp;
        if (m_malgruppCol >= 0) {
            const Col& c = m_columns[m_malgruppCol];
            malgrupp = mapCell(*c.target, c.source, c.dateFormat, {}, in.fields.value(c.index), in.line);
            out.fields[m_malgruppCol] = malgrupp;
        }
        for (qsizetype i = 0; i < m_constants.size(); ++i) {
            const Constant& k = m_constants[i];
            if (k.target->kind == TargetKind::Malgrupp)
                malgrupp = mapCell(*k.target, {}, DateFormat::Auto, {}, k.value, in.line);
        }
        if (!catalog::malgruppFromCode(malgrupp))
            malgrupp.clear();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i == m_malgruppCol)
                continue;
            const Col& c = m_columns[i];
            out.fields[i] = mapCell(*c.target, c.source, c.dateFormat, malgrupp, in.fields.value(c.index), in.line);
        }
        for (qsizetype i = 0; i < m_constants.size(); ++i) {
            const Constant& k = m_constants[i];
            out.fields[m_columns.size() + i] =
                mapCell(*k.target, MappingEngine::tr("(fixed value)"), DateFormat::Auto, malgrupp, k.value, in.line);
        }
    }

    struct Cached {
        Resolution resolution = Resolution::Unknown;
        QString code;
        QStringList candidates;
    };

    MappingEngine& m_engine;
    TableSource& m_table;
    MappingProgress m_progress;
    QList<Col> m_columns;
    QList<Constant> m_constants;
    QStringList m_canonicalHeader;
    QStringList m_missingSources;
    int m_malgruppCol = -1;
    bool m_headerDone = false;
    bool m_cancelled = false;
    bool m_readError = false;
    int m_rows = 0;
    QHash<QString, Cached> m_cache;
    QMap<QString, ProblemGroup> m_groups;
    QSet<QString> m_failedCells;
    QList<Issue> m_issues;
};

namespace {

// The canonical parser's fel and varningar, grouped, after the mapping's own; a cell the mapping
// already reported is not reported twice.
QList<ProblemGroup> collectProblems(MappedRecords& records, const QList<ImportIssue>& errors,
                                    const QList<ImportWarning>& warnings)
{
    QMap<QString, ProblemGroup>& groups = records.groups();
    for (const ImportIssue& issue : errors) {
        if (issue.row > 0 && records.failedCells().contains(QString::number(issue.row) + QChar(0x1f) + issue.column))
            continue;
        const QString kind = issue.row > 0 ? QStringLiteral("rule") : QStringLiteral("file");
        const QString key = kind + QChar(0x1f) + issue.column + QChar(0x1f) + issue.message;
        auto it = groups.find(key);
        if (it == groups.end()) {
            ProblemGroup g;
            g.severity = Severity::Error;
            g.kind = kind;
            g.column = issue.column;
            g.sourceColumn = records.sourceOf(issue.column);
            g.message = issue.message;
            it = groups.insert(key, g);
        }
        ++it->count;
        if (issue.row > 0 && (it->rows.isEmpty() || it->rows.constLast() != issue.row))
            it->rows.append(issue.row);
        if (!issue.value.isEmpty() && it->values.size() < ProblemGroup::kMaxValues && !it->values.contains(issue.value))
            it->values.append(issue.value);
    }
    for (const ImportWarning& w : warnings) {
        ProblemGroup g;
        g.severity = Severity::Warning;
        g.kind = w.kind;
        g.column = w.column;
        g.sourceColumn = records.sourceOf(w.column);
        g.message = w.message;
        g.rows = w.rows;
        g.count = w.count;
        groups.insert(w.kind + QChar(0x1f) + w.column + QChar(0x1f) + w.message, g);
    }
    QList<ProblemGroup> out = groups.values();
    for (ProblemGroup& g : out)
        std::sort(g.rows.begin(), g.rows.end());
    // Fel before varningar; then by first row.
    std::stable_sort(out.begin(), out.end(), [](const ProblemGroup& a, const ProblemGroup& b) {
        if (a.severity != b.severity)
            return a.severity == Severity::Error;
        const qint64 ra = a.rows.isEmpty() ? 0 : a.rows.first(), rb = b.rows.isEmpty() ? 0 : b.rows.first();
        return ra < rb;
    });
    return out;
}

ProblemGroup mappingProblem(const QString& message)
{
    ProblemGroup g;
    g.severity = Severity::Error;
    g.kind = QStringLiteral("mapping");
    g.message = message;
    g.count = 1;
    return g;
}

} // namespace

Result<ValueAnalysis> MappingEngine::analyse(TableSource& table, const MappingProgress& progress)
{
    if (auto rc = table.rewind(); !rc)
        return rc.error();
    ValueAnalysis out;
    struct Col {
        int index;
        const Target* target;
        QString source;
    };
    QList<Col> coded;
    QHash<int, QStringList> dateSamples; // source index → samples
    QHash<int, QString> dateSources;
    int malgruppIndex = -1;
    const Target* malgruppTarget = importTarget(m_catalog, u"malgrupp");
    QString fixedMalgrupp;
    if (m_mapping.constants.contains(QStringLiteral("malgrupp"))) {
        resolve(*malgruppTarget, {}, m_mapping.constants.value(QStringLiteral("malgrupp")), &fixedMalgrupp);
        if (!catalog::malgruppFromCode(fixedMalgrupp))
            fixedMalgrupp.clear();
    }
    for (const ColumnRule& c : m_mapping.columns) {
        const Target* t = c.target.isEmpty() ? nullptr : importTarget(m_catalog, c.target);
        const int index = int(table.header().indexOf(c.source));
        if (!t || index < 0)
            continue;
        if (t->kind == TargetKind::Date) {
            dateSamples.insert(index, {});
            dateSources.insert(index, c.source);
        } else if (t->kind != TargetKind::Text || t->column == QLatin1String("handlaggare")) {
            coded.append(Col{index, t, c.source});
        }
        if (t->kind == TargetKind::Malgrupp)
            malgruppIndex = index;
    }

    QHash<QString, qsizetype> itemIndex;
    CsvRecord record;
    for (;;) {
        auto more = table.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++out.rows;
        if ((out.rows % kProgressEvery) == 0) {
            if (progress.cancel && progress.cancel->load())
                return makeError(ErrorCode::Conflict, tr("Cancelled."));
            if (progress.progress)
                progress.progress(table.progress());
        }
        QString malgrupp = fixedMalgrupp;
        if (malgruppIndex >= 0) {
            resolve(*malgruppTarget, {}, record.fields.value(malgruppIndex).trimmed(), &malgrupp);
            if (!catalog::malgruppFromCode(malgrupp))
                malgrupp.clear();
        }
        for (auto it = dateSamples.begin(); it != dateSamples.end(); ++it) {
            const QString cell = record.fields.value(it.key()).trimmed();
            if (!cell.isEmpty() && it->size() < 500)
                it->append(cell);
        }
        for (const Col& c : std::as_const(coded)) {
            const QString cell = record.fields.value(c.index).trimmed();
            if (cell.isEmpty())
                continue;
            const QString mg = c.target->byMalgrupp ? malgrupp : QString();
            const QStringList parts = c.target->multi ? cell.split(QLatin1Char('|')) : QStringList{cell};
            for (const QString& raw : parts) {
                const QString part = raw.trimmed();
                if (part.isEmpty())
                    continue;
                const QString key = c.source + QChar(0x1f) + mg + QChar(0x1f) + catalog::normaliseLabel(part);
                auto found = itemIndex.constFind(key);
                if (found == itemIndex.constEnd()) {
                    ValueItem item;
                    item.sourceColumn = c.source;
                    item.target = c.target->column;
                    item.malgrupp = mg;
                    item.value = part;
                    item.firstRow = record.line;
                    out.items.append(item);
                    found = itemIndex.insert(key, out.items.size() - 1);
                }
                ++out.items[*found].count;
            }
        }
    }
    for (ValueItem& item : out.items) {
        const Target* t = importTarget(m_catalog, item.target);
        item.resolution = resolve(*t, item.malgrupp, item.value, &item.code, &item.candidates, &item.note);
    }
    for (auto it = dateSamples.cbegin(); it != dateSamples.cend(); ++it)
        out.detectedDates.insert(dateSources.value(it.key()), detectDateFormat(*it));
    std::stable_sort(out.items.begin(), out.items.end(), [&](const ValueItem& a, const ValueItem& b) {
        const qsizetype ca = table.header().indexOf(a.sourceColumn), cb = table.header().indexOf(b.sourceColumn);
        if (ca != cb)
            return ca < cb;
        if (a.malgrupp != b.malgrupp)
            return a.malgrupp < b.malgrupp;
        return a.count > b.count;
    });
    if (auto rc = table.rewind(); !rc)
        return rc.error();
    return out;
}

Result<QList<QStringList>> MappingEngine::preview(TableSource& table, int rows)
{
    if (auto rc = table.rewind(); !rc)
        return rc.error();
    MappedRecords records(*this, table, {});
    QList<QStringList> out;
    CsvRecord record;
    while (out.size() <= rows) {
        auto more = records.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        out.append(record.fields);
    }
    if (auto rc = table.rewind(); !rc)
        return rc.error();
    return out;
}

Result<MappedImportResult> MappingEngine::run(access::Session& session, TableSource& table, const QString& sourceName,
                                              bool dryRun, const MappingProgress& progress, QDate referenceDate)
{
    // Decided in core for every caller: an administratör, or a handläggare the administratör allowed.
    if (auto allowed = access::ImportMappings(session).requireMayImport(); !allowed)
        return allowed.error();
    MappedImportResult out;
    if (auto valid = m_mapping.validate(m_catalog); !valid) {
        out.problems.append(mappingProblem(valid.error().message));
        out.import.errors.append(ImportIssue{0, {}, {}, {}, valid.error().message});
        return out;
    }
    if (auto rc = table.rewind(); !rc)
        return rc.error();
    MappedRecords records(*this, table, progress);
    if (!records.missingSources().isEmpty()) {
        const QString message = tr("The file has no column named %1; the mapping expects it.")
                                    .arg(records.missingSources().join(QLatin1String(", ")));
        out.problems.append(mappingProblem(message));
        out.import.errors.append(ImportIssue{0, {}, {}, {}, message});
        return out;
    }
    auto result = Importer::runRecords(session, m_catalog, records, sourceName, dryRun, referenceDate);
    if (!result)
        return result.error();
    out.import = std::move(result).value();
    out.cancelled = records.cancelled();
    if (out.cancelled) {
        out.import.errors.clear();
        out.import.warnings.clear();
        return out;
    }
    out.problems = collectProblems(records, out.import.errors, out.import.warnings);
    return out;
}

Result<MappedImportResult> MappingEngine::check(TableSource& table, const ImportOptions& options,
                                                const MappingProgress& progress)
{
    MappedImportResult out;
    if (auto valid = m_mapping.validate(m_catalog); !valid) {
        out.problems.append(mappingProblem(valid.error().message));
        return out;
    }
    if (auto rc = table.rewind(); !rc)
        return rc.error();
    MappedRecords records(*this, table, progress);
    ParsedImport parsed = CanonicalImport::parse(records, m_catalog, options);
    out.cancelled = records.cancelled();
    out.import.rows = parsed.rows;
    out.import.arenden = int(parsed.arenden.size());
    out.import.insatser = parsed.insatser;
    out.import.errors = parsed.errors;
    out.import.warnings = parsed.warnings;
    out.problems = collectProblems(records, parsed.errors, parsed.warnings);
    return out;
}

// --- suggestions ---------------------------------------------------------------------------------

Mapping suggestMapping(TableSource& table, const catalog::Catalog& catalog, int sampleRows)
{
    // Names extracts commonly use, by canonical column (compared as headerKey()).
    static const QHash<QString, QStringList> synonyms{
        {QStringLiteral("arende_id"),
         {QStringLiteral("arendeid"), QStringLiteral("arendenr"), QStringLiteral("arendenummer"),
          QStringLiteral("arende"), QStringLiteral("id"), QStringLiteral("caseid"), QStringLiteral("dnr"),
          QStringLiteral("diarienummer"), QStringLiteral("lopnummer")}},
        {QStringLiteral("person_id"),
         {QStringLiteral("personid"), QStringLiteral("personnummer"), QStringLiteral("pnr"), QStringLiteral("personnr"),
          QStringLiteral("persnr"), QStringLiteral("samordningsnummer"), QStringLiteral("reservnummer")}},
        {QStringLiteral("malgrupp"),
         {QStringLiteral("malgrupp"), QStringLiteral("verksamhet"), QStringLiteral("verksamhetsomrade")}},
        {QStringLiteral("handlaggare"),
         {QStringLiteral("handlaggare"), QStringLiteral("ansvarighandlaggare"), QStringLiteral("handl"),
          QStringLiteral("anvandare"), QStringLiteral("signatur")}},
        {QStringLiteral("aktualisering_datum"),
         {QStringLiteral("aktualiseringsdatum"), QStringLiteral("aktualiserad"), QStringLiteral("inkom"),
          QStringLiteral("inkomdatum"), QStringLiteral("startdatumarende")}},
        {QStringLiteral("aktualiseringstyp"), {QStringLiteral("typavaktualisering")}},
        {QStringLiteral("aktualiseringsorsak"),
         {QStringLiteral("orsak"), QStringLiteral("ursprungligaktualiseringsorsak")}},
        {QStringLiteral("beslut_datum"), {QStringLiteral("beslutsdatum"), QStringLiteral("beslutdatum")}},
        {QStringLiteral("insats"), {QStringLiteral("insatstyp"), QStringLiteral("insatskod"), QStringLiteral("ksi")}},
        {QStringLiteral("verkstallande_datum"),
         {QStringLiteral("verkstallighetsdatum"), QStringLiteral("verkstalltdatum"), QStringLiteral("startdatum"),
          QStringLiteral("verkstallt")}},
        {QStringLiteral("uppfoljning_datum"), {QStringLiteral("uppfoljningsdatum"), QStringLiteral("uppfoljd")}},
        {QStringLiteral("avslut_datum"),
         {QStringLiteral("avslutsdatum"), QStringLiteral("slutdatum"), QStringLiteral("avslutad")}},
        {QStringLiteral("avslutsorsak"), {QStringLiteral("orsaktillavslut"), QStringLiteral("avslutorsak")}},
        {QStringLiteral("maluppfyllelse"), {QStringLiteral("maluppfyllnad")}},
        {QStringLiteral("kon"), {QStringLiteral("kon"), QStringLiteral("juridisktkon")}},
        {QStringLiteral("alder"), {QStringLiteral("alder"), QStringLiteral("ar")}},
    };
    Mapping mapping;
    const QStringList& header = table.header();
    const QList<Target>& targets = importTargets(catalog);
    QSet<QString> taken;
    QList<int> unmatched;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header[i]);
        QString found;
        for (const Target& t : targets) {
            if (taken.contains(t.column))
                continue;
            if (key == headerKey(t.column) || key == headerKey(t.label) || synonyms.value(t.column).contains(key)) {
                found = t.column;
                break;
            }
        }
        if (!found.isEmpty())
            taken.insert(found);
        else
            unmatched.append(i);
        mapping.columns.append(ColumnRule{header[i], found, DateFormat::Auto, {}});
    }

    // Samples of every column for the value-based suggestions and the date formats.
    QList<QStringList> samples(header.size());
    if (table.rewind()) {
        CsvRecord record;
        for (int n = 0; n < sampleRows; ++n) {
            auto more = table.next(record);
            if (!more || !*more)
                break;
            for (int i = 0; i < header.size(); ++i) {
                const QString cell = record.fields.value(i).trimmed();
                if (!cell.isEmpty() && samples[i].size() < 200 && !samples[i].contains(cell))
                    samples[i].append(cell);
            }
        }
        (void)table.rewind();
    }

    MappingEngine engine(catalog, {});
    for (int i : std::as_const(unmatched)) {
        if (samples[i].isEmpty())
            continue;
        QString best;
        double bestShare = 0.6; // at least this share of the distinct values must resolve
        for (const Target& t : targets) {
            if (taken.contains(t.column) || (t.kind != TargetKind::Coded && t.kind != TargetKind::Malgrupp))
                continue;
            int hits = 0;
            for (const QString& s : std::as_const(samples[i])) {
                QString code;
                bool hit = false;
                for (const QString& part : t.multi ? s.split(QLatin1Char('|')) : QStringList{s}) {
                    const Resolution r = engine.resolve(t, {}, part.trimmed(), &code);
                    hit = r == Resolution::Exact || r == Resolution::From2019 || r == Resolution::NeedsChoice;
                }
                hits += hit ? 1 : 0;
            }
            const double share = double(hits) / double(samples[i].size());
            if (share > bestShare) {
                bestShare = share;
                best = t.column;
            }
        }
        if (!best.isEmpty()) {
            taken.insert(best);
            mapping.columns[i].target = best;
        }
    }
    for (ColumnRule& c : mapping.columns) {
        if (isDateColumn(c.target))
            c.dateFormat = detectDateFormat(samples[header.indexOf(c.source)]);
    }
    return mapping;
}

} // namespace folja::io
