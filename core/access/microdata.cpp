#include "access/microdata.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "catalog/catalog.h"
#include "common/platform.h"
#include "identity/age.h"
#include "store/crypto.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <optional>

namespace folja::access {

namespace {

// What a cell holds when there is no answer: bortfall (the question applied but was not answered)
// is the empty field, "not applicable" (no uppföljning yet, not avslutad, a question that does not
// apply to the målgrupp) is "-". datapackage.json and README.txt say so.
constexpr auto kNotApplicable = "-";

constexpr auto kSecretSettingPrefix = "microdata_secret:";
constexpr int kPseudonymBytes = 16; // 128 bits of HMAC-SHA256, as 32 hex digits

enum class Kind { Pseudonym, Integer, Date, Coded, Multi };

struct Column {
    const char* name;
    Kind kind;
    const char* catalogVariable; // coded and date columns: the catalogue variable; else nullptr
    const char* title;           // Swedish, for columns without a catalogue variable
};

// The order of insatser.csv. Catalogue variables keep their INTERCHANGE §2 names.
constexpr Column kColumns[] = {
    {"person_pseudonym", Kind::Pseudonym, nullptr, "Personpseudonym (per mottagare)"},
    {"arende_pseudonym", Kind::Pseudonym, nullptr, "Ärendepseudonym (per mottagare)"},
    {"kon", Kind::Coded, "kon", nullptr},
    {"alder", Kind::Integer, nullptr, "Ålder vid aktualisering (år)"},
    {"malgrupp", Kind::Coded, nullptr, "Målgrupp"},
    {"aktualisering_datum", Kind::Date, "aktualisering_datum", nullptr},
    {"aktualiseringstyp", Kind::Coded, "aktualiseringstyp", nullptr},
    {"aktualiseringsorsak", Kind::Multi, "aktualiseringsorsak", nullptr},
    {"tidigare_kontakt", Kind::Coded, "tidigare_kontakt", nullptr},
    {"ursprung", Kind::Coded, "ursprung", nullptr},
    {"hushallstyp", Kind::Coded, "hushallstyp", nullptr},
    {"problematik", Kind::Multi, "problematik", nullptr},
    {"insats", Kind::Coded, "insats", nullptr},
    {"beslut_datum", Kind::Date, "beslut_datum", nullptr},
    {"verkstallande_datum", Kind::Date, "verkstallande_datum", nullptr},
    {"uppfoljning_datum", Kind::Date, "uppfoljning_datum", nullptr},
    {"sip", Kind::Coded, "sip", nullptr},
    {"maluppfyllelse", Kind::Coded, "maluppfyllelse", nullptr},
    {"avslut_datum", Kind::Date, "avslut_datum", nullptr},
    {"avslutsorsak", Kind::Multi, "avslutsorsak", nullptr},
};

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString dateText(const QDate& date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    return date.toString(precision == DatePrecision::Month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

// The latest uppföljning by date (undated ones only when none is dated; the last of equals):
// what INTERCHANGE §2's uppfoljning columns and the engine's måluppfyllelse per insats mean.
const domain::Uppfoljning* latestUppfoljning(const domain::Insats& insats)
{
    const domain::Uppfoljning* latest = nullptr;
    for (const domain::Uppfoljning& u : insats.uppfoljningar) {
        if (!latest || (u.datum.isValid() && (!latest->datum.isValid() || u.datum >= latest->datum)) ||
            (!u.datum.isValid() && !latest->datum.isValid()))
            latest = &u;
    }
    return latest;
}

bool validRecipient(const QString& recipient)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}$"));
    return pattern.match(recipient).hasMatch();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (file.write(content) != content.size() || !file.flush())
        return false;
    file.close();
    // Personal data (pseudonymised is still personal): readable by the exporting user only.
    return file.error() == QFile::NoError && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
           platform::syncFile(path);
}

class RowWriter
{
public:
    RowWriter(const catalog::Catalog& catalog, DatePrecision precision)
        : m_catalog(catalog)
        , m_precision(precision)
    {}

    // A coded answer of a variable for the ärende's målgrupp: its national code, "" when missing,
    // "-" when the variable has no values for this målgrupp.
    QString coded(const char* variable, const QString& code, std::optional<catalog::Malgrupp> malgrupp) const
    {
        if (!applies(variable, malgrupp))
            return QString::fromLatin1(kNotApplicable);
        if (code.isEmpty())
            return {};
        const QString national = m_catalog.rollUp(QString::fromLatin1(variable), code);
        return national.isEmpty() ? code : national;
    }

    QString multi(const char* variable, const QStringList& codes, std::optional<catalog::Malgrupp> malgrupp) const
    {
        if (!applies(variable, malgrupp))
            return QString::fromLatin1(kNotApplicable);
        QStringList out;
        for (const QString& code : codes) {
            const QString national = coded(variable, code, malgrupp);
            if (!national.isEmpty() && !out.contains(national))
                out.append(national);
        }
        return out.join(QLatin1Char('|'));
    }

    QString date(const QDate& date) const { return dateText(date, m_precision); }

private:
    bool applies(const char* variable, std::optional<catalog::Malgrupp> malgrupp) const
    {
        const catalog::Variable* v = m_catalog.variable(QString::fromLatin1(variable));
        if (!v || !malgrupp)
            return true;
        return !v->isCoded() || !m_catalog.valuesFor(*v, *malgrupp, catalog::Catalog::Selection::All).isEmpty();
    }

    const catalog::Catalog& m_catalog;
    DatePrecision m_precision;
};

QJsonObject fieldSchema(const Column& column, const catalog::Catalog& catalog, DatePrecision precision)
{
    QJsonObject field;
    field.insert(QStringLiteral("name"), QLatin1String(column.name));
    const catalog::Variable* variable =
        column.catalogVariable ? catalog.variable(QString::fromLatin1(column.catalogVariable)) : nullptr;
    field.insert(QStringLiteral("title"), variable ? variable->label : QString::fromUtf8(column.title));
    switch (column.kind) {
    case Kind::Pseudonym:
        field.insert(QStringLiteral("type"), QStringLiteral("string"));
        field.insert(QStringLiteral("constraints"),
                     QJsonObject{{QStringLiteral("required"), true},
                                 {QStringLiteral("pattern"), QStringLiteral("[0-9a-f]{%1}").arg(kPseudonymBytes * 2)}});
        break;
    case Kind::Integer:
        field.insert(QStringLiteral("type"), QStringLiteral("integer"));
        field.insert(QStringLiteral("constraints"), QJsonObject{{QStringLiteral("minimum"), 0}});
        break;
    case Kind::Date:
        field.insert(QStringLiteral("type"),
                     precision == DatePrecision::Month ? QStringLiteral("yearmonth") : QStringLiteral("date"));
        break;
    case Kind::Coded:
    case Kind::Multi: {
        field.insert(QStringLiteral("type"), QStringLiteral("string"));
        // Every national value of the variable, over all målgrupper, in catalogue order.
        QJsonArray codes;
        QJsonArray categories;
        QSet<QString> seen;
        auto add = [&](const QString& code, const QString& label) {
            if (seen.contains(code))
                return;
            seen.insert(code);
            codes.append(code);
            categories.append(QJsonObject{{QStringLiteral("value"), code}, {QStringLiteral("label"), label}});
        };
        if (QLatin1String(column.name) == QLatin1String("malgrupp")) {
            for (catalog::Malgrupp m : catalog::kAllMalgrupper)
                add(catalog::malgruppCode(m), catalog.malgruppLabel(m));
        } else if (variable) {
            for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
                for (const catalog::Value* value : catalog.valuesFor(*variable, m, catalog::Catalog::Selection::All)) {
                    if (!value->local)
                        add(value->code, value->label);
                }
            }
        }
        field.insert(QStringLiteral("categories"), categories);
        if (column.kind == Kind::Coded) {
            field.insert(QStringLiteral("constraints"), QJsonObject{{QStringLiteral("enum"), codes}});
        } else {
            field.insert(QStringLiteral("description"),
                         QStringLiteral("Flera värden avgränsade med | (koder ur categories)."));
        }
        break;
    }
    }
    return field;
}

QByteArray dataPackage(const catalog::Catalog& catalog, const MicrodataRequest& request, const QDate& created)
{
    QJsonArray fields;
    for (const Column& column : kColumns)
        fields.append(fieldSchema(column, catalog, request.precision));
    const QJsonArray missing{
        QJsonObject{{QStringLiteral("value"), QString()},
                    {QStringLiteral("label"), QStringLiteral("Uppgift saknas (bortfall)")}},
        QJsonObject{{QStringLiteral("value"), QString::fromLatin1(kNotApplicable)},
                    {QStringLiteral("label"), QStringLiteral("Ej tillämplig")}},
    };
    const QJsonObject schema{{QStringLiteral("fields"), fields}, {QStringLiteral("missingValues"), missing}};
    const QJsonObject resource{
        {QStringLiteral("name"), QStringLiteral("insatser")},
        {QStringLiteral("path"), QStringLiteral("insatser.csv")},
        {QStringLiteral("type"), QStringLiteral("table")},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
        {QStringLiteral("encoding"), QStringLiteral("utf-8")},
        {QStringLiteral("dialect"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")},
                                                {QStringLiteral("header"), true},
                                                {QStringLiteral("doubleQuote"), true},
                                                {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")}}},
        {QStringLiteral("schema"), schema},
    };
    const QJsonObject package{
        {QStringLiteral("$schema"), QStringLiteral("https://datapackage.org/profiles/2.0/datapackage.json")},
        {QStringLiteral("name"), QStringLiteral("folja-mikrodata")},
        {QStringLiteral("title"), QStringLiteral("Följa: pseudonymiserade mikrodata, en rad per insats")},
        {QStringLiteral("created"), created.toString(Qt::ISODate)},
        {QStringLiteral("recipient"), request.recipient},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), request.to.toString(Qt::ISODate)}}},
        {QStringLiteral("datePrecision"),
         request.precision == DatePrecision::Month ? QStringLiteral("month") : QStringLiteral("day")},
        {QStringLiteral("catalogVersion"), catalog.version()},
        {QStringLiteral("resources"), QJsonArray{resource}},
    };
    return QJsonDocument(package).toJson(QJsonDocument::Indented);
}

QByteArray readme(const MicrodataRequest& request, const MicrodataSummary& summary, const QDate& created)
{
    const QString period = QStringLiteral("%1 – %2").arg(
        request.from.isValid() ? request.from.toString(Qt::ISODate) : QStringLiteral("(ingen nedre gräns)"),
        request.to.isValid() ? request.to.toString(Qt::ISODate) : QStringLiteral("(ingen övre gräns)"));
    QString text;
    text += QStringLiteral("Följa – pseudonymiserade mikrodata\n==================================\n\n");
    text += QStringLiteral("Mottagare:       %1\n").arg(request.recipient);
    text += QStringLiteral("Skapad:          %1\n").arg(created.toString(Qt::ISODate));
    text += QStringLiteral("Period:          ärenden aktualiserade %1\n").arg(period);
    text += QStringLiteral("Datumprecision:  %1\n")
                .arg(request.precision == DatePrecision::Month ? QStringLiteral("månad (ÅÅÅÅ-MM)")
                                                               : QStringLiteral("dag (ÅÅÅÅ-MM-DD)"));
    text += QStringLiteral("Rader:           %1 insatser, %2 personer\n\n").arg(summary.rows).arg(summary.persons);
    text += QStringLiteral(
        "insatser.csv har en rad per insats (UTF-8, kommaseparerad, RFC 4180). datapackage.json är ett\n"
        "Frictionless Data Package: varje kolumns typ, svenska rubrik, tillåtna koder med etiketter och\n"
        "saknade värden. Ett tomt fält betyder uppgift saknas (bortfall); \"-\" betyder ej tillämplig\n"
        "(t.ex. ingen uppföljning än, insatsen inte avslutad, frågan gäller inte målgruppen).\n\n"
        "Personnummer är ersatta av person_pseudonym, en nyckelad pseudonym som är densamma i alla uttag\n"
        "till samma mottagare men olika mellan mottagare. Kön och ålder vid aktualisering ingår i stället.\n"
        "Fritext, handläggare, enheter och ärendenummer ingår aldrig, och personer med skyddade\n"
        "personuppgifter är uteslutna. Uppgifterna är ändå personuppgifter i dataskyddsförordningens\n"
        "mening: hantera dem enligt avtalet med den kommun som lämnat ut dem.\n\n"
        "DuckDB:\n"
        "  CREATE TABLE insatser AS\n"
        "    SELECT * FROM read_csv('insatser.csv', header = true, nullstr = ['', '-'], all_varchar = true);\n"
        "  SELECT kon, insats, maluppfyllelse, count(*) FROM insatser GROUP BY ALL;\n\n"
        "R:\n"
        "  insatser <- read.csv(\"insatser.csv\", na.strings = c(\"\", \"-\"),\n"
        "                       colClasses = \"character\", encoding = \"UTF-8\")\n"
        "  table(insatser$kon, insatser$maluppfyllelse, useNA = \"ifany\")\n");
    return text.toUtf8();
}

} // namespace

MicrodataExport::MicrodataExport(Session& session, const catalog::Catalog& catalog)
    : m_session(session)
    , m_catalog(catalog)
{}

QStringList MicrodataExport::columns()
{
    QStringList out;
    for (const Column& column : kColumns)
        out.append(QLatin1String(column.name));
    return out;
}

Result<MicrodataSummary> MicrodataExport::run(const MicrodataRequest& request)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    if (!validRecipient(request.recipient)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The recipient name must be 1–64 letters, digits, spaces, '.', '-' or '_', starting "
                            "with a letter or digit."));
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The period starts (%1) after it ends (%2).")
                             .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    }
    const QFileInfo target(request.outDir);
    if (request.outDir.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No output folder was given."));
    if (target.exists() && (!target.isDir() || !QDir(target.absoluteFilePath()).isEmpty())) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 already exists and is not an empty folder: choose a new folder.")
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    const QString parentPath = target.absolutePath();
    if (!QFileInfo(parentPath).isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parentPath)));
    }

    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto repo = StoreDoor::repository(m_session);
    if (!repo)
        return repo.error();
    auto& conn = (*db)->connection();

    // The recipient's secret: kept in the encrypted database, created at the first export.
    const QString settingKey = QLatin1String(kSecretSettingPrefix) + request.recipient.toCaseFolded();
    auto stored = store::readSetting(conn, settingKey);
    if (!stored)
        return stored.error();
    MicrodataSummary summary;
    summary.outDir = target.absoluteFilePath();
    summary.columns = columns();
    QByteArray secret;
    if (stored->isNull()) {
        auto fresh = store::crypto::randomBytes(store::crypto::kKeySize);
        if (!fresh)
            return fresh.error();
        secret = *fresh;
        summary.newRecipient = true;
    } else {
        secret = QByteArray::fromHex(stored->toLatin1());
        if (secret.size() != store::crypto::kKeySize)
            return makeError(ErrorCode::Corrupt,
                             tr("The stored secret of recipient %1 is damaged.").arg(request.recipient));
    }
    auto pseudonymOf = [&secret](const QByteArray& input) {
        return QString::fromLatin1(store::crypto::hmacSha256(secret, input).left(kPseudonymBytes).toHex());
    };

    auto persons = (*repo)->loadAllPersons();
    if (!persons)
        return persons.error();
    auto pseudonyms = (*repo)->personPseudonyms();
    if (!pseudonyms)
        return pseudonyms.error();
    auto arenden = (*repo)->loadAllArenden();
    if (!arenden)
        return arenden.error();

    QHash<domain::Id, const domain::Person*> personById;
    QSet<domain::Id> skyddade;
    for (const domain::Person& person : *persons) {
        personById.insert(person.id, &person);
        if (person.skyddad)
            skyddade.insert(person.id);
    }
    for (const domain::Arende& arende : *arenden) {
        if (arende.skyddad)
            skyddade.insert(arende.personRef);
    }

    const RowWriter w(m_catalog, request.precision);
    QString csv = columns().join(QLatin1Char(',')) + QLatin1String("\r\n");
    QSet<domain::Id> personsWritten;
    for (const domain::Arende& arende : *arenden) {
        if (request.from.isValid() &&
            (!arende.aktualiseringDatum.isValid() || arende.aktualiseringDatum < request.from))
            continue;
        if (request.to.isValid() && (!arende.aktualiseringDatum.isValid() || arende.aktualiseringDatum > request.to))
            continue;
        if (skyddade.contains(arende.personRef)) {
            summary.skyddadeExcluded += arende.insatser.size();
            continue;
        }
        const domain::Person* person = personById.value(arende.personRef);
        const QByteArray personInput = pseudonyms->value(arende.personRef);
        if (!person || personInput.isEmpty())
            return makeError(ErrorCode::Corrupt, tr("An ärende refers to a person that is not stored."));
        const std::optional<catalog::Malgrupp> mg = catalog::malgruppFromCode(arende.malgrupp);
        const QString personPseudonym = pseudonymOf(QByteArrayLiteral("person:") + personInput);
        const QString arendePseudonym = pseudonymOf(QByteArrayLiteral("arende:") + arende.externalId.toUtf8());
        const QString alder = person->birthDate.isValid() && arende.aktualiseringDatum.isValid()
                                  ? QString::number(identity::ageAt(person->birthDate, arende.aktualiseringDatum))
                                  : QString();
        for (const domain::Insats& insats : arende.insatser) {
            const domain::Uppfoljning* u = latestUppfoljning(insats);
            const bool avslutad = insats.avslutDatum.isValid();
            const QString na = QString::fromLatin1(kNotApplicable);
            const QStringList fields{
                personPseudonym,
                arendePseudonym,
                w.coded("kon", person->kon, mg),
                alder,
                arende.malgrupp,
                w.date(arende.aktualiseringDatum),
                w.coded("aktualiseringstyp", arende.aktualiseringstyp, mg),
                w.multi("aktualiseringsorsak", arende.aktualiseringsorsak, mg),
                w.coded("tidigare_kontakt", arende.tidigareKontakt, mg),
                w.coded("ursprung", arende.ursprung, mg),
                w.coded("hushallstyp", arende.hushallstyp, mg),
                w.multi("problematik", arende.problematik, mg),
                w.coded("insats", insats.ksi, mg),
                w.date(insats.beslutDatum.isValid() ? insats.beslutDatum : arende.beslutDatum),
                w.date(insats.verkstallandeDatum),
                u ? w.date(u->datum) : na,
                u ? w.coded("sip", u->sip, mg) : na,
                u ? w.coded("maluppfyllelse", u->maluppfyllelse, mg) : na,
                avslutad ? w.date(insats.avslutDatum) : na,
                avslutad ? w.multi("avslutsorsak", insats.avslutsorsak, mg) : na,
            };
            QStringList quoted;
            quoted.reserve(fields.size());
            for (const QString& f : fields)
                quoted.append(csvField(f));
            csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
            ++summary.rows;
            personsWritten.insert(arende.personRef);
        }
    }
    summary.persons = personsWritten.size();

    // Staged beside the target, renamed into place when every file is on disk.
    const QDate created = m_session.clock().nowUtc().toLocalTime().date();
    QTemporaryDir staging(QDir(parentPath).filePath(QStringLiteral(".folja-mikrodata-XXXXXX")));
    if (!staging.isValid())
        return makeError(ErrorCode::Io,
                         tr("Could not create a folder in %1.").arg(QDir::toNativeSeparators(parentPath)));
    const QByteArray csvBytes = csv.toUtf8();
    csv.clear();
    if (!writeFile(staging.filePath(QStringLiteral("insatser.csv")), csvBytes) ||
        !writeFile(staging.filePath(QStringLiteral("datapackage.json")), dataPackage(m_catalog, request, created)) ||
        !writeFile(staging.filePath(QStringLiteral("README.txt")), readme(request, summary, created))) {
        return makeError(
            ErrorCode::Io,
            tr("Could not write the files in %1 (is the disk full?).").arg(QDir::toNativeSeparators(parentPath)));
    }
    if (target.exists() && !QDir(parentPath).rmdir(target.fileName()))
        return makeError(
            ErrorCode::Io,
            tr("Could not replace the empty folder %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return makeError(
            ErrorCode::Io,
            tr("Could not move the files into %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    staging.setAutoRemove(false);
    auto removeExport = [&target] { QDir(target.absoluteFilePath()).removeRecursively(); };
    if (!platform::syncDirectory(parentPath)) {
        removeExport();
        return makeError(ErrorCode::Io,
                         tr("Could not write the folder %1 to disk.").arg(QDir::toNativeSeparators(parentPath)));
    }

    // The secret (for a new recipient) and the audit entry commit together; without them the
    // export is taken back.
    auto commit = [&]() -> Result<void> {
        auto tx = store::sqlite::Transaction::begin(conn);
        if (!tx)
            return tx.error();
        if (summary.newRecipient) {
            if (auto done = store::writeSetting(conn, settingKey, QString::fromLatin1(secret.toHex())); !done)
                return done.error();
        }
        const QString details =
            QStringLiteral("recipient=%1; rows=%2; persons=%3; period=%4..%5; precision=%6; variables=%7")
                .arg(request.recipient)
                .arg(summary.rows)
                .arg(summary.persons)
                .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate),
                     request.precision == DatePrecision::Month ? QStringLiteral("month") : QStringLiteral("day"),
                     columns().join(QLatin1Char(' ')));
        if (auto logged = m_session.audit(QStringLiteral("microdata.export"), QStringLiteral("recipient"),
                                          request.recipient, details);
            !logged)
            return logged.error();
        return tx->commit();
    };
    if (auto done = commit(); !done) {
        removeExport();
        return done.error();
    }
    return summary;
}

} // namespace folja::access
