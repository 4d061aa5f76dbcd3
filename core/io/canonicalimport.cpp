#include "io/canonicalimport.h"

#include "identity/personid.h"
#include "io/csv.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <list>

namespace folja::io {

namespace {

using catalog::Malgrupp;

enum Col {
    ArendeId,
    PersonIdCol,
    MalgruppCol,
    Handlaggare,
    AktDatum,
    AktTyp,
    AktOrsak,
    TidKontakt,
    Ursprung,
    Problematik,
    BeslutDatum,
    InsatsCol,
    VerkDatum,
    UppfDatum,
    Sip,
    Maluppf,
    AvslutDatum,
    AvslutOrsak,
    Kon,   // entered by hand: only where person_id gives no kön (a reservnummer)
    Alder, // entered by hand: years at aktualisering_datum, only where person_id gives no birth date
    ColCount
};

constexpr std::array<const char*, ColCount> kColumnNames{"arende_id",
                                                         "person_id",
                                                         "malgrupp",
                                                         "handlaggare",
                                                         "aktualisering_datum",
                                                         "aktualiseringstyp",
                                                         "aktualiseringsorsak",
                                                         "tidigare_kontakt",
                                                         "ursprung",
                                                         "problematik",
                                                         "beslut_datum",
                                                         "insats",
                                                         "verkstallande_datum",
                                                         "uppfoljning_datum",
                                                         "sip",
                                                         "maluppfyllelse",
                                                         "avslut_datum",
                                                         "avslutsorsak",
                                                         "kon",
                                                         "alder"};

QString colName(int c)
{
    return QLatin1String(kColumnNames[std::size_t(c)]);
}

// The catalogue's insats is [1..*] per ärende, but the file holds one insats per row.
bool isMultiCol(const catalog::Variable& v, int c)
{
    return v.isMulti() && c != InsatsCol;
}

bool isArendeCol(int c)
{
    return c >= PersonIdCol && c <= Problematik;
}

const QString kPersonnummerPlaceholder = QStringLiteral("(personnummer)");

// The validated content of one row. Coded cells hold catalogue codes; multi-valued cells are
// sorted so that rows can be compared as sets.
struct Row {
    qint64 line = 0;
    QString arendeId;
    identity::PersonId person;
    bool personOk = false;
    std::optional<Malgrupp> malgrupp;
    QString handlaggare;
    std::array<QDate, ColCount> dates{};
    std::array<QString, ColCount> codes{};
    std::array<QStringList, ColCount> multi{};
    int alder = -1; // entered age in years, -1: none
    bool valid = true;
};

// Per ärende while grouping: the first row's ärende columns and the index of the output record.
struct Group {
    int index = 0;
    const Row* first = nullptr; // points into the stable storage of first rows
    catalog::Step reached = catalog::Step::Aktualisera;
    QHash<QString, qint64> insatsKeys; // ksi|beslut → row, to refuse ambiguous duplicates
};

catalog::Step reachedStep(const Row& r)
{
    if (r.dates[AvslutDatum].isValid())
        return catalog::Step::Avsluta;
    if (r.dates[UppfDatum].isValid())
        return catalog::Step::FoljaUpp;
    if (r.dates[VerkDatum].isValid())
        return catalog::Step::Genomfora;
    if (r.dates[BeslutDatum].isValid())
        return catalog::Step::Besluta;
    return catalog::Step::Aktualisera;
}

class Parser
{
public:
    Parser(const catalog::Catalog& catalog, const ImportOptions& options, ParsedImport& out)
        : m_catalog(catalog)
        , m_options(options)
        , m_out(out)
    {}

    void run(RecordSource& reader);

private:
    void error(const Row& row, int col, QString value, QString message)
    {
        m_out.errors.append(ImportIssue{row.line, row.arendeId, col >= 0 ? colName(col) : QString(),
                                        col == PersonIdCol ? kPersonnummerPlaceholder : std::move(value),
                                        std::move(message)});
    }
    void fileError(qint64 line, QString column, QString message)
    {
        m_out.errors.append(ImportIssue{line, {}, std::move(column), {}, std::move(message)});
    }
    void warn(const QString& kind, int col, const QString& message, qint64 line)
    {
        const QString key = kind + QLatin1Char('|') + colName(col);
        auto it = m_warnings.find(key);
        if (it == m_warnings.end())
            it = m_warnings.insert(key, ImportWarning{kind, colName(col), message, 0, {}});
        ++it->count;
        if (it->rows.size() < CanonicalImport::kMaxWarningRows)
            it->rows.append(line);
    }

    bool readHeader(const CsvRecord& header);
    void readRow(const CsvRecord& record, Row& row);
    void readDate(Row& row, int col, const QString& cell);
    void readCoded(Row& row, int col, const QString& cell);
    void checkDateOrder(Row& row);
    void group(Row&& row);
    void warnBortfall(const Row& row, bool arendeLevel, catalog::Step reached);
    const catalog::Value* resolve(const catalog::Variable& variable, const QString& text, Malgrupp mg);

    const catalog::Catalog& m_catalog;
    const ImportOptions& m_options;
    ParsedImport& m_out;
    std::optional<identity::PersonIdParser> m_personParser;
    std::array<int, ColCount> m_fieldOf{}; // column → field index in the file, -1 if absent
    int m_fieldCount = 0;
    std::array<const catalog::Variable*, ColCount> m_variables{};
    QHash<QString, const catalog::Value*> m_resolved;
    QHash<QString, Result<identity::PersonId>>
        m_persons; // rows repeat the same person_id // variable|mg|text → value (nullptr = unknown)
    QHash<QString, Group> m_groups;
    std::list<Row> m_firstRows;                                  // std::list: Group::first must stay valid
    QHash<QString, std::pair<QString, qint64>> m_personUrsprung; // personId → (ursprung, row)
    QHash<QString, std::pair<QString, qint64>> m_personKon;      // personId → (entered kön, row)
    QMap<QString, ImportWarning> m_warnings;
};

bool Parser::readHeader(const CsvRecord& header)
{
    m_fieldOf.fill(-1);
    m_fieldCount = int(header.fields.size());
    bool ok = true;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        int col = -1;
        for (int c = 0; c < ColCount; ++c) {
            if (name == colName(c)) {
                col = c;
                break;
            }
        }
        if (col < 0) {
            fileError(header.line, header.fields[i],
                      CanonicalImport::tr("Unknown column \"%1\". Allowed columns: %2.")
                          .arg(header.fields[i], CanonicalImport::columns().join(QLatin1String(", "))));
            ok = false;
        } else if (m_fieldOf[std::size_t(col)] >= 0) {
            fileError(header.line, name, CanonicalImport::tr("The column \"%1\" appears more than once.").arg(name));
            ok = false;
        } else {
            m_fieldOf[std::size_t(col)] = i;
        }
    }
    for (const QString& required : CanonicalImport::requiredColumns()) {
        const auto c = CanonicalImport::columns().indexOf(required);
        if (m_fieldOf[std::size_t(c)] < 0) {
            fileError(header.line, required,
                      CanonicalImport::tr("The required column \"%1\" is missing.").arg(required));
            ok = false;
        }
    }
    return ok;
}

const catalog::Value* Parser::resolve(const catalog::Variable& variable, const QString& text, Malgrupp mg)
{
    const QString key = variable.code % QLatin1Char('|') % QString::number(int(mg)) % QLatin1Char('|') % text;
    auto it = m_resolved.constFind(key);
    if (it != m_resolved.constEnd())
        return *it;
    const catalog::Value* value = m_catalog.resolve(variable, text, mg);
    m_resolved.insert(key, value);
    return value;
}

void Parser::readDate(Row& row, int col, const QString& cell)
{
    if (cell.isEmpty())
        return;
    // Strict YYYY-MM-DD, checked by hand: a regular expression per cell costs more than the rest
    // of the row's validation.
    auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = cell[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    QDate date;
    if (cell.size() == 10 && cell[4] == QLatin1Char('-') && cell[7] == QLatin1Char('-')) {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y > 0 && m > 0 && d > 0)
            date = QDate(y, m, d);
    }
    if (!date.isValid()) {
        error(row, col, cell, CanonicalImport::tr("Not a valid date; write dates as YYYY-MM-DD."));
        row.valid = false;
        return;
    }
    row.dates[std::size_t(col)] = date;
}

void Parser::readCoded(Row& row, int col, const QString& cell)
{
    if (cell.isEmpty())
        return;
    const catalog::Variable* variable = m_variables[std::size_t(col)];
    if (!variable) {
        error(row, col, cell, CanonicalImport::tr("The catalogue has no variable for this column."));
        row.valid = false;
        return;
    }
    if (!row.malgrupp)
        return; // reported on the malgrupp column; values cannot be judged without it
    const Malgrupp mg = *row.malgrupp;
    const QString mgCode = catalog::malgruppCode(mg);

    const bool multi = isMultiCol(*variable, col);
    QStringList parts;
    if (multi) {
        for (const QString& part : cell.split(QLatin1Char('|'))) {
            const QString p = part.trimmed();
            if (!p.isEmpty())
                parts.append(p);
        }
    } else {
        parts.append(cell);
    }

    QStringList codes;
    bool exclusiveSeen = false;
    for (const QString& part : std::as_const(parts)) {
        const catalog::Value* value = resolve(*variable, part, mg);
        if (!value) {
            error(row, col, part,
                  CanonicalImport::tr("Unknown value: neither a code nor a label of \"%1\".").arg(variable->label));
            row.valid = false;
            continue;
        }
        if (!value->validFor(mg)) {
            error(row, col, part, CanonicalImport::tr("The value is not valid for målgrupp %1.").arg(mgCode));
            row.valid = false;
            continue;
        }
        if (!value->selectable) {
            error(row, col, part,
                  CanonicalImport::tr("The value is a heading; choose one of the more specific values under it."));
            row.valid = false;
            continue;
        }
        exclusiveSeen = exclusiveSeen || value->exclusive;
        if (!codes.contains(value->code))
            codes.append(value->code);
    }
    if (exclusiveSeen && codes.size() > 1) {
        error(row, col, cell, CanonicalImport::tr("One of these values may not be combined with other values."));
        row.valid = false;
    }
    if (multi) {
        codes.sort();
        row.multi[std::size_t(col)] = codes;
    } else if (!codes.isEmpty()) {
        row.codes[std::size_t(col)] = codes.first();
    }
}

void Parser::checkDateOrder(Row& row)
{
    // aktualisering ≤ beslut ≤ verkställande ≤ uppföljning ≤ avslut, among the dates present.
    static constexpr std::array<int, 5> order{AktDatum, BeslutDatum, VerkDatum, UppfDatum, AvslutDatum};
    int latestCol = -1;
    for (int col : order) {
        const QDate d = row.dates[std::size_t(col)];
        if (!d.isValid())
            continue;
        if (latestCol >= 0 && d < row.dates[std::size_t(latestCol)]) {
            error(row, col, d.toString(Qt::ISODate),
                  CanonicalImport::tr("The date is before %1 (%2); dates must follow the order aktualisering ≤ "
                                      "beslut ≤ verkställande ≤ uppföljning ≤ avslut.")
                      .arg(colName(latestCol), row.dates[std::size_t(latestCol)].toString(Qt::ISODate)));
            row.valid = false;
            continue;
        }
        latestCol = col;
    }
}

void Parser::readRow(const CsvRecord& record, Row& row)
{
    row.line = record.line;
    auto cell = [&](int col) -> QString {
        const int f = m_fieldOf[std::size_t(col)];
        return f >= 0 ? record.fields[f].trimmed() : QString();
    };
    row.arendeId = cell(ArendeId);
    if (row.arendeId.isEmpty()) {
        error(row, ArendeId, {}, CanonicalImport::tr("arende_id is required."));
        row.valid = false;
    }

    const QString pid = cell(PersonIdCol);
    if (pid.isEmpty()) {
        error(row, PersonIdCol, {}, CanonicalImport::tr("person_id is required."));
        row.valid = false;
    } else {
        auto cached = m_persons.constFind(pid);
        if (cached == m_persons.constEnd())
            cached = m_persons.insert(pid, m_personParser->parse(pid));
        const Result<identity::PersonId>& parsed = *cached;
        if (!parsed) {
            error(row, PersonIdCol, {}, parsed.error().message);
            row.valid = false;
        } else {
            row.person = parsed.value();
            row.personOk = true;
        }
    }

    const QString mg = cell(MalgruppCol);
    row.malgrupp = catalog::malgruppFromCode(mg.toUpper());
    if (mg.isEmpty()) {
        error(row, MalgruppCol, {}, CanonicalImport::tr("malgrupp is required."));
        row.valid = false;
    } else if (!row.malgrupp) {
        error(row, MalgruppCol, mg, CanonicalImport::tr("Unknown målgrupp; use BOU, VUX, ALDRE, FUNK or EKB."));
        row.valid = false;
    }

    row.handlaggare = cell(Handlaggare);
    if (row.handlaggare.isEmpty()) {
        error(row, Handlaggare, {}, CanonicalImport::tr("handlaggare is required."));
        row.valid = false;
    } else if (!m_options.handlaggare.contains(row.handlaggare)) {
        error(row, Handlaggare, row.handlaggare,
              CanonicalImport::tr("No active account with the handläggare role has this name."));
        row.valid = false;
    } else if (!m_options.actorIsAdministrator && row.handlaggare != m_options.actor) {
        // The same words as the refusal of an arende_id that another's ärende holds
        // (access::ArendeService::importArenden), which must not confirm that it exists.
        error(row, Handlaggare, row.handlaggare, CanonicalImport::tr("You may only import your own ärenden."));
        row.valid = false;
    }

    for (int col : {AktDatum, BeslutDatum, VerkDatum, UppfDatum, AvslutDatum})
        readDate(row, col, cell(col));
    if (!row.dates[AktDatum].isValid() && cell(AktDatum).isEmpty()) {
        error(row, AktDatum, {}, CanonicalImport::tr("aktualisering_datum is required."));
        row.valid = false;
    }
    for (int col : {AktTyp, AktOrsak, TidKontakt, Ursprung, Problematik, InsatsCol, Sip, Maluppf, AvslutOrsak, Kon})
        readCoded(row, col, cell(col));
    if (const QString a = cell(Alder); !a.isEmpty()) {
        bool ok = false;
        const int years = a.toInt(&ok);
        if (!ok || years < 0 || years > domain::kMaxEnteredAge) {
            error(row, Alder, a,
                  CanonicalImport::tr("Not an age; write whole years from 0 to %1.").arg(domain::kMaxEnteredAge));
            row.valid = false;
        } else {
            row.alder = years;
        }
    }
    checkDateOrder(row);

    // Insats data without an insats cannot be stored: an insats is what they describe. (A beslut
    // date alone is a beslut om ej insats and belongs to the ärende.)
    if (cell(InsatsCol).isEmpty()) {
        for (int col : {VerkDatum, UppfDatum, Sip, Maluppf, AvslutDatum, AvslutOrsak}) {
            if (!cell(col).isEmpty()) {
                error(row, col, cell(col),
                      CanonicalImport::tr("This column describes an insats, but insats is empty."));
                row.valid = false;
            }
        }
    }
    // An uppföljning is identified by its date; its answers need one.
    if (!cell(UppfDatum).isEmpty() || row.dates[UppfDatum].isValid())
        return;
    for (int col : {Sip, Maluppf}) {
        if (!cell(col).isEmpty() && !cell(InsatsCol).isEmpty()) {
            error(row, col, cell(col), CanonicalImport::tr("An uppföljning answer needs uppfoljning_datum."));
            row.valid = false;
        }
    }
}

void Parser::warnBortfall(const Row& row, bool arendeLevel, catalog::Step reached)
{
    for (int col = 0; col < ColCount; ++col) {
        if (col == Kon || col == Alder)
            continue; // derived from person_id; entered by hand only for a reservnummer
        if (isArendeCol(col) != arendeLevel && col != BeslutDatum)
            continue;
        if (arendeLevel && col == BeslutDatum)
            continue;
        const catalog::Variable* v = m_variables[std::size_t(col)];
        if (!v || !v->isRequired())
            continue;
        const bool empty = v->type == catalog::DataType::Date ? !row.dates[std::size_t(col)].isValid()
                           : isMultiCol(*v, col)              ? row.multi[std::size_t(col)].isEmpty()
                                                              : row.codes[std::size_t(col)].isEmpty();
        if (!empty || v->type == catalog::DataType::Identifier || col == ArendeId)
            continue;
        bool expected = false;
        if (col == Maluppf)
            expected = row.dates[UppfDatum].isValid();
        else if (col == AvslutOrsak)
            expected = row.dates[AvslutDatum].isValid();
        else if (col == UppfDatum || col == AvslutDatum)
            expected = false; // whether an insats was followed up or ended is for the analysis
        else
            expected = int(reached) > int(v->step);
        if (expected) {
            warn(QStringLiteral("bortfall"), col,
                 CanonicalImport::tr("%1 is missing although a later step is registered (bortfall).").arg(colName(col)),
                 row.line);
        }
    }
}

void Parser::group(Row&& row)
{
    auto it = m_groups.find(row.arendeId);
    if (it == m_groups.end()) {
        ImportedArende rec;
        rec.firstRow = row.line;
        domain::applyPersonId(rec.person, row.person);
        // Kön and age entered by hand where the number gives none (issue 12); where it gives them
        // an entered value must agree.
        if (const QString why =
                domain::applyEnteredKonAlder(rec.person, row.codes[Kon], row.alder, row.dates[AktDatum]);
            !why.isEmpty()) {
            const bool konWrong = !row.codes[Kon].isEmpty() && rec.person.kon != row.codes[Kon];
            error(row, konWrong ? Kon : Alder, konWrong ? row.codes[Kon] : QString::number(row.alder), why);
        }
        rec.person.ursprung = row.codes[Ursprung];
        domain::Arende& a = rec.arende;
        a.externalId = row.arendeId;
        a.malgrupp = catalog::malgruppCode(*row.malgrupp);
        a.owner = row.handlaggare;
        a.aktualiseringDatum = row.dates[AktDatum];
        a.aktualiseringstyp = row.codes[AktTyp];
        a.aktualiseringsorsak = row.multi[AktOrsak];
        a.tidigareKontakt = row.codes[TidKontakt];
        a.problematik = row.multi[Problematik];

        // A person's ursprung is one fact: two ärenden of the same person must not disagree.
        if (!row.codes[Ursprung].isEmpty()) {
            auto known = m_personUrsprung.constFind(rec.person.personId);
            if (known != m_personUrsprung.constEnd() && known->first != row.codes[Ursprung]) {
                error(row, Ursprung, row.codes[Ursprung],
                      CanonicalImport::tr("The same person has a different ursprung on row %1.").arg(known->second));
            } else if (known == m_personUrsprung.constEnd()) {
                m_personUrsprung.insert(rec.person.personId, {row.codes[Ursprung], row.line});
            }
        }

        // So is an entered kön.
        if (rec.person.konEntered) {
            auto known = m_personKon.constFind(rec.person.personId);
            if (known != m_personKon.constEnd() && known->first != rec.person.kon) {
                error(row, Kon, row.codes[Kon],
                      CanonicalImport::tr("The same person has a different kon on row %1.").arg(known->second));
            } else if (known == m_personKon.constEnd()) {
                m_personKon.insert(rec.person.personId, {rec.person.kon, row.line});
            }
        }

        Group g;
        g.index = int(m_out.arenden.size());
        m_out.arenden.append(std::move(rec));
        m_firstRows.push_back(row);
        g.first = &m_firstRows.back();
        it = m_groups.insert(row.arendeId, std::move(g));
    } else {
        // Rows of one ärende repeat its columns; they must agree.
        const Row& first = *it->first;
        if (first.codes[Kon] != row.codes[Kon])
            error(row, Kon, row.codes[Kon],
                  CanonicalImport::tr("Differs from row %1 of the same arende_id; ärende columns must agree.")
                      .arg(first.line));
        if (first.alder != row.alder)
            error(row, Alder, row.alder >= 0 ? QString::number(row.alder) : QString(),
                  CanonicalImport::tr("Differs from row %1 of the same arende_id; ärende columns must agree.")
                      .arg(first.line));
        for (int col = PersonIdCol; col <= Problematik; ++col) {
            bool same = true;
            QString shown;
            switch (col) {
            case PersonIdCol:
                same = first.person.normalized() == row.person.normalized();
                break;
            case MalgruppCol:
                same = first.malgrupp == row.malgrupp;
                break;
            case Handlaggare:
                same = first.handlaggare == row.handlaggare;
                shown = row.handlaggare;
                break;
            case AktDatum:
                same = first.dates[AktDatum] == row.dates[AktDatum];
                shown = row.dates[AktDatum].toString(Qt::ISODate);
                break;
            case AktOrsak:
            case Problematik:
                same = first.multi[std::size_t(col)] == row.multi[std::size_t(col)];
                shown = row.multi[std::size_t(col)].join(QLatin1Char('|'));
                break;
            default:
                same = first.codes[std::size_t(col)] == row.codes[std::size_t(col)];
                shown = row.codes[std::size_t(col)];
                break;
            }
            if (col == MalgruppCol && row.malgrupp)
                shown = catalog::malgruppCode(*row.malgrupp);
            if (!same) {
                error(row, col, shown,
                      CanonicalImport::tr("Differs from row %1 of the same arende_id; ärende columns must agree.")
                          .arg(first.line));
            }
        }
    }

    Group& g = *it;
    ImportedArende& rec = m_out.arenden[g.index];
    const catalog::Step reached = reachedStep(row);
    if (int(reached) > int(g.reached))
        g.reached = reached;

    const QDate beslut = row.dates[BeslutDatum];
    if (beslut.isValid() && (!rec.arende.beslutDatum.isValid() || beslut < rec.arende.beslutDatum))
        rec.arende.beslutDatum = beslut;

    if (!row.codes[InsatsCol].isEmpty()) {
        const QString key = row.codes[InsatsCol] % QLatin1Char('|') % beslut.toString(Qt::ISODate);
        const auto dup = g.insatsKeys.constFind(key);
        if (dup != g.insatsKeys.constEnd()) {
            error(row, InsatsCol, row.codes[InsatsCol],
                  CanonicalImport::tr("The same insats with the same beslut_datum is already on row %1 of this "
                                      "ärende; an insats is identified by insats and beslut_datum.")
                      .arg(*dup));
            return;
        }
        g.insatsKeys.insert(key, row.line);
        domain::Insats insats;
        insats.ksi = row.codes[InsatsCol];
        insats.catalogVersion = m_catalog.version();
        insats.beslutDatum = beslut;
        insats.verkstallandeDatum = row.dates[VerkDatum];
        insats.avslutDatum = row.dates[AvslutDatum];
        insats.avslutsorsak = row.multi[AvslutOrsak];
        if (row.dates[UppfDatum].isValid()) {
            domain::Uppfoljning u;
            u.datum = row.dates[UppfDatum];
            u.sip = row.codes[Sip];
            u.maluppfyllelse = row.codes[Maluppf];
            insats.uppfoljningar.append(u);
        }
        rec.arende.insatser.append(std::move(insats));
        ++m_out.insatser;
    }
    warnBortfall(row, false, reached);
}

void Parser::run(RecordSource& reader)
{
    identity::ParseOptions po;
    po.referenceDate = m_options.referenceDate;
    auto parser = identity::PersonIdParser::create(po);
    if (!parser) {
        fileError(0, {}, parser.error().message);
        return;
    }
    m_personParser.emplace(std::move(parser).value());
    for (int c = 0; c < ColCount; ++c)
        m_variables[std::size_t(c)] = m_catalog.variable(colName(c));

    CsvRecord record;
    auto more = reader.next(record);
    if (!more) {
        fileError(0, {}, more.error().message);
        return;
    }
    if (!*more) {
        fileError(0, {}, CanonicalImport::tr("The file is empty; a header row is required."));
        return;
    }
    if (!readHeader(record))
        return;

    for (;;) {
        more = reader.next(record);
        if (!more) {
            fileError(0, {}, more.error().message);
            break;
        }
        if (!*more)
            break;
        ++m_out.rows;
        Row row;
        row.line = record.line;
        if (record.fields.size() != m_fieldCount) {
            if (m_fieldOf[ArendeId] >= 0 && m_fieldOf[ArendeId] < record.fields.size())
                row.arendeId = record.fields[m_fieldOf[ArendeId]].trimmed();
            error(row, -1, {},
                  CanonicalImport::tr("The row has %1 fields but the header has %2.")
                      .arg(record.fields.size())
                      .arg(m_fieldCount));
            continue;
        }
        readRow(record, row);
        if (!row.valid)
            continue;
        group(std::move(row));
    }

    for (const RecordSource::Issue& issue : reader.sourceErrors())
        m_out.errors.append(ImportIssue{issue.row, {}, issue.column, issue.value, issue.message});

    // Ärende-level bortfall once per ärende, judged by the furthest step any of its rows reached.
    for (const Group& g : std::as_const(m_groups))
        warnBortfall(*g.first, true, g.reached);

    if (m_out.rows == 0 && m_out.errors.isEmpty())
        fileError(0, {}, CanonicalImport::tr("The file has a header but no rows."));

    m_out.warnings = m_warnings.values();
    for (ImportWarning& w : m_out.warnings)
        std::sort(w.rows.begin(), w.rows.end());
    if (!m_out.errors.isEmpty()) {
        std::stable_sort(m_out.errors.begin(), m_out.errors.end(),
                         [](const ImportIssue& a, const ImportIssue& b) { return a.row < b.row; });
    }
}

} // namespace

const QStringList& CanonicalImport::columns()
{
    static const QStringList names = [] {
        QStringList n;
        for (int c = 0; c < ColCount; ++c)
            n.append(colName(c));
        return n;
    }();
    return names;
}

const QStringList& CanonicalImport::requiredColumns()
{
    static const QStringList names{colName(ArendeId), colName(PersonIdCol), colName(MalgruppCol), colName(Handlaggare),
                                   colName(AktDatum)};
    return names;
}

const QStringList& CanonicalImport::arendeColumns()
{
    static const QStringList names = [] {
        QStringList n;
        for (int c = PersonIdCol; c <= Problematik; ++c)
            n.append(colName(c));
        return n;
    }();
    return names;
}

const QStringList& CanonicalImport::insatsColumns()
{
    static const QStringList names = [] {
        QStringList n;
        for (int c = BeslutDatum; c < ColCount; ++c)
            n.append(colName(c));
        return n;
    }();
    return names;
}

ParsedImport CanonicalImport::parse(QIODevice* device, const catalog::Catalog& catalog, const ImportOptions& options)
{
    CsvReader reader(device);
    return parse(reader, catalog, options);
}

ParsedImport CanonicalImport::parse(RecordSource& records, const catalog::Catalog& catalog,
                                    const ImportOptions& options)
{
    ParsedImport out;
    Parser parser(catalog, options, out);
    parser.run(records);
    if (!out.ok())
        out.arenden.clear(); // nothing of a failed file may be used
    return out;
}

QString formatIssue(const ImportIssue& issue)
{
    QString where;
    if (issue.row > 0 && !issue.arendeId.isEmpty())
        where = CanonicalImport::tr("Row %1 (arende_id %2)").arg(issue.row).arg(issue.arendeId);
    else if (issue.row > 0)
        where = CanonicalImport::tr("Row %1").arg(issue.row);
    else
        where = CanonicalImport::tr("File");
    if (!issue.column.isEmpty())
        where += CanonicalImport::tr(", column %1").arg(issue.column);
    if (!issue.value.isEmpty())
        where += CanonicalImport::tr(", value \"%1\"").arg(issue.value);
    return where + QLatin1String(": ") + issue.message;
}

} // namespace folja::io
