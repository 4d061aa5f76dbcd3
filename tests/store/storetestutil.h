#pragma once

// Helpers shared by the store tests.

#include "domain/records.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace storetest {

inline folja::store::CreateOptions fastCreate()
{
    folja::store::CreateOptions options;
    options.kdf = folja::store::KdfParams::fastForTests();
    return options;
}

inline folja::store::OpenOptions fastOpen()
{
    folja::store::OpenOptions options;
    options.kdf = folja::store::KdfParams::fastForTests();
    return options;
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file belonging to the database (db, sidecar, journal, lock) hashed, so a test can assert
// that an error path touched nothing.
inline QStringList snapshot(const QString& dbPath)
{
    QStringList out;
    const QFileInfo info(dbPath);
    const QDir dir = info.absoluteDir();
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (name.startsWith(info.fileName()) && !name.endsWith(QLatin1String(".lock")))
            out << name + QLatin1Char('=') + QString::fromLatin1(fileHash(dir.filePath(name)));
    }
    return out;
}

// The first needle found in raw bytes as UTF-8, Latin-1 or UTF-16; empty if none.
inline QString findPlaintext(const QByteArray& raw, const QList<QString>& needles)
{
    for (const QString& needle : needles) {
        const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
        if (raw.contains(needle.toUtf8()) || raw.contains(needle.toLatin1()) || raw.contains(utf16))
            return needle;
    }
    return QString();
}

inline folja::domain::Person makePerson(const QString& pid)
{
    folja::domain::Person p;
    p.personId = pid;
    p.idType = folja::domain::PersonIdType::Personnummer;
    p.kon = QStringLiteral("2");
    p.birthDate = QDate(1987, 6, 5);
    p.skyddad = false;
    p.ursprung = QStringLiteral("U2");
    return p;
}

// An ärende with every field set, several insatser, uppföljningar, lists and comments.
inline folja::domain::Arende makeArende(const QString& externalId, folja::domain::Id person, const QString& owner)
{
    using namespace folja::domain;
    Arende a;
    a.externalId = externalId;
    a.personRef = person;
    a.malgrupp = QStringLiteral("BOU");
    a.enhet = QStringLiteral("Enhet Norr");
    a.owner = owner;
    a.aktualiseringDatum = QDate(2024, 1, 15);
    a.aktualiseringstyp = QStringLiteral("ANSOKAN");
    a.aktualiseringsorsak = {QStringLiteral("ORS3"), QStringLiteral("ORS1")};
    a.tidigareKontakt = QStringLiteral("JA");
    a.hushallstyp = QStringLiteral("H2");
    a.problematik = {QStringLiteral("P7"), QStringLiteral("P2"), QStringLiteral("P5")};
    a.beslutDatum = QDate(2024, 2, 1);
    a.comments.insert(QStringLiteral("problematik"), QStringLiteral("Hemlig fritext om ärendet"));
    for (int i = 0; i < 2; ++i) {
        Insats ins;
        ins.ksi = i == 0 ? QStringLiteral("YAC.25.ZZ") : QStringLiteral("YAB.12.AA");
        ins.catalogVersion = QStringLiteral("2024.1");
        ins.beslutDatum = QDate(2024, 2, 1 + i);
        ins.verkstallandeDatum = QDate(2024, 3, 1 + i);
        if (i == 1) {
            ins.avslutDatum = QDate(2024, 9, 30);
            ins.avslutsorsak = {QStringLiteral("AV2"), QStringLiteral("AV1")};
        }
        ins.comments.insert(QStringLiteral("ksi"), QStringLiteral("Kommentar till insats %1").arg(i));
        for (int j = 0; j < 2; ++j) {
            Uppfoljning u;
            u.datum = QDate(2024, 6 + j, 10);
            u.sip = QStringLiteral("NEJ");
            u.maluppfyllelse = QStringLiteral("M%1").arg(j + 2);
            u.samverkan = {QStringLiteral("S4"), QStringLiteral("S1")};
            u.parallellaInsatser = QStringLiteral("JA");
            u.genomforande = QStringLiteral("G1");
            u.b1a = QStringLiteral("1");
            u.b1b = QStringLiteral("2");
            u.b2 = QStringLiteral("3");
            u.b3 = QStringLiteral("4");
            u.b4 = QStringLiteral("5");
            u.b5 = QStringLiteral("1");
            u.comments.insert(QStringLiteral("maluppfyllelse"), QStringLiteral("Uppföljningskommentar %1").arg(j));
            ins.uppfoljningar.append(u);
        }
        a.insatser.append(ins);
    }
    return a;
}

// An ärende with its person, two insatser (one ended) and two uppföljningar each, written with
// plain SQL into a database of schema v1–v3 (the repository writes the current schema only), for
// the migration tests. `k` makes the person and the ids distinct.
inline bool insertPreV4(folja::store::sqlite::Connection& conn, const QString& externalId, int k)
{
    const QByteArray id = QByteArray::number(1000 + k);
    const QByteArray ext = externalId.toUtf8();
    const QByteArray sql =
        "INSERT INTO persons(id, pseudonym, pnr_enc, id_type, kon, birth_date) VALUES (" + id + ", x'" +
        QByteArray::number(k + 16, 16).rightJustified(8, '0') +
        "', x'00', 1, '2', '1987-06-05');"
        "INSERT INTO arenden(id, external_id, person_id, malgrupp, enhet, owner_account_id, aktualisering_datum, "
        "created_at, updated_at) VALUES (" +
        id + ", '" + ext + "', " + id +
        ", 'BOU', 'Enhet Norr', 1, '2024-01-15', '2024-01-15T00:00:00Z', '2024-01-15T00:00:00Z');"
        "INSERT INTO arende_values VALUES (" +
        id +
        ", 1, 0, 'ORS1');"
        "INSERT INTO insatser(id, arende_id, ord, ksi, beslut_datum) VALUES (" +
        id + "1, " + id +
        ", 0, 'YAC.25.ZZ', '2024-02-01');"
        "INSERT INTO insatser(id, arende_id, ord, ksi, beslut_datum, avslut_datum) VALUES (" +
        id + "2, " + id +
        ", 1, 'YAB.12.AA', '2024-02-02', '2024-09-30');"
        "INSERT INTO insats_values VALUES (" +
        id + ", " + id +
        "2, 1, 0, 'AV1');"
        "INSERT INTO uppfoljningar(id, arende_id, insats_id, ord, datum, maluppfyllelse) VALUES (" +
        id + "1, " + id + ", " + id + "1, 0, '2024-06-10', 'M2'), (" + id + "2, " + id + ", " + id +
        "1, 1, '2024-07-10', 'M3'), (" + id + "3, " + id + ", " + id + "2, 0, '2024-06-10', 'M2'), (" + id + "4, " +
        id + ", " + id +
        "2, 1, '2024-07-10', 'M3');"
        "INSERT INTO uppfoljning_values VALUES (" +
        id + ", " + id + "1, 1, 0, 'S1');";
    return conn.exec(sql.constData()).ok();
}

// Writes a person and one ärende (with two insatser) with plain SQL in the layout of schema v1–v3,
// where ursprung and skyddad were person columns: for migration tests, whose files are older than
// the repository's SQL. Returns the ärende id, 0 on failure.
inline qint64 insertOldArende(folja::store::Database& db, const QString& pid, const QString& externalId,
                              const QString& ursprung, bool skyddad, const QDate& aktualisering = QDate(2024, 1, 15))
{
    folja::store::sqlite::Connection& conn = db.connection();
    auto owner = conn.queryInt("SELECT id FROM accounts ORDER BY id LIMIT 1");
    auto found = conn.prepare("SELECT id FROM persons WHERE pseudonym = ?");
    if (!owner || !found)
        return 0;
    found->bind(1, db.pseudonym(pid));
    auto row = found->step();
    if (!row)
        return 0;
    qint64 person = *row ? found->columnInt64(0) : 0;
    if (person == 0) {
        auto enc = db.encryptPersonId(pid);
        auto st = conn.prepare("INSERT INTO persons(pseudonym, pnr_enc, id_type, kon, birth_date, skyddad, ursprung) "
                               "VALUES (?, ?, 1, '2', '1987-06-05', ?, ?)");
        if (!enc || !st || !st->bind(1, db.pseudonym(pid)).bind(2, *enc).bind(3, skyddad).bind(4, ursprung).run())
            return 0;
        person = conn.lastInsertRowId();
    }
    auto st = conn.prepare("INSERT INTO arenden(external_id, person_id, malgrupp, owner_account_id, "
                           "aktualisering_datum, created_at, updated_at) VALUES (?, ?, 'BOU', ?, ?, 'x', 'x')");
    if (!st || !st->bind(1, externalId).bind(2, person).bind(3, *owner).bind(4, aktualisering).run())
        return 0;
    const qint64 arende = conn.lastInsertRowId();
    for (int k = 0; k < 2; ++k) {
        auto ins = conn.prepare("INSERT INTO insatser(arende_id, ord, ksi) VALUES (?, ?, 'YAC.25.ZZ')");
        if (!ins || !ins->bind(1, arende).bind(2, k).run())
            return 0;
    }
    return arende;
}

} // namespace storetest
