// The kommun's catalogue customisation as stored in the database (access::CatalogSettings) and
// the gallring preview: only an administratör changes either, every change is audited, a refused
// change leaves the database and the caller's catalogue as they were, and a new session sees
// exactly what was saved.

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/auditlog.h"
#include "access/catalogsettings.h"
#include "access/gallringpreview.h"
#include "access/session.h"
#include "access/settings.h"
#include "access/storedoor.h"
#include "identity/personid.h"
#include "store/database.h"
#include "store/repository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;
using catalog::Malgrupp;

namespace {

const QString kAdminPw = QStringLiteral("admin-password");
const QString kAnnaPw = QStringLiteral("anna-password");

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A selectable national value of `variable` valid for `malgrupp` that has no children.
const catalog::Value* leafValue(const catalog::Catalog& cat, const QString& variable, Malgrupp malgrupp)
{
    const catalog::Variable* v = cat.variable(variable);
    if (!v)
        return nullptr;
    for (const catalog::Value* value : cat.valuesFor(*v, malgrupp)) {
        if (!value->local && !v->hasChildren(value->code) && !value->uncertain)
            return value;
    }
    return nullptr;
}

} // namespace

class TestCatalogSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    catalog::Catalog m_builtin;

    std::unique_ptr<Session> signIn(const QString& user, const QString& pw)
    {
        auto s = Session::signIn(m_path, user, pw, fast());
        if (!s)
            qWarning() << s.error().message;
        return s ? std::move(s).value() : nullptr;
    }

    QStringList auditActions(Session& admin)
    {
        auto entries = AuditLog(admin).recent(50);
        QStringList out;
        if (entries) {
            for (const AuditEntry& e : *entries)
                out.append(e.action + QLatin1Char(' ') + e.objectRef + QLatin1Char(' ') + e.details);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY(loaded);
        m_builtin = std::move(loaded).value();
        m_path = m_dir.filePath(QStringLiteral("folja.db"));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), kAdminPw, fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(Accounts(*created->session).add(QStringLiteral("anna"), {}, Role::Handlaggare, kAnnaPw));
    }

    void nothingStoredMeansTheCatalogueFile()
    {
        auto s = signIn(QStringLiteral("anna"), kAnnaPw);
        QVERIFY(s);
        auto stored = CatalogSettings(*s).stored();
        QVERIFY(stored);
        QVERIFY(stored->isEmpty());
        catalog::Catalog cat = m_builtin;
        QVERIFY(cat.hideVariable(QStringLiteral("problematik"), Malgrupp::Bou) !=
                catalog::Catalog::HideResult::UnknownVariable);
        // Applying the (empty) stored customisation resets a catalogue left over from another session.
        QVERIFY(CatalogSettings(*s).applyTo(cat));
        QVERIFY(!cat.isHidden(QStringLiteral("problematik"), Malgrupp::Bou));
    }

    void hidingIsStoredAuditedAndSeenByTheNextSession()
    {
        {
            auto admin = signIn(QStringLiteral("admin"), kAdminPw);
            QVERIFY(admin);
            catalog::Catalog cat = m_builtin;
            auto hidden = CatalogSettings(*admin).hideVariable(cat, QStringLiteral("hushallstyp"), Malgrupp::Bou);
            QVERIFY2(hidden, hidden ? "" : qPrintable(hidden.error().message));
            QVERIFY(cat.isHidden(QStringLiteral("hushallstyp"), Malgrupp::Bou));
            QVERIFY(!cat.isHidden(QStringLiteral("hushallstyp"), Malgrupp::Vux));
            QVERIFY(auditActions(*admin).contains(QStringLiteral("catalog.hide_variable hushallstyp BOU")));
            QVERIFY(!AuditLog(*admin).verify()->has_value());
        }
        auto anna = signIn(QStringLiteral("anna"), kAnnaPw);
        catalog::Catalog fresh = m_builtin;
        QVERIFY(CatalogSettings(*anna).applyTo(fresh));
        QVERIFY(fresh.isHidden(QStringLiteral("hushallstyp"), Malgrupp::Bou));
        QVERIFY(!fresh.isHidden(QStringLiteral("hushallstyp"), Malgrupp::Vux));
    }

    void showingUndoesHiding()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        catalog::Catalog cat = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(cat));
        QVERIFY(CatalogSettings(*admin).hideVariable(cat, QStringLiteral("tidigare_kontakt"), Malgrupp::Aldre));
        QVERIFY(CatalogSettings(*admin).showVariable(cat, QStringLiteral("tidigare_kontakt"), Malgrupp::Aldre));
        QVERIFY(!cat.isHidden(QStringLiteral("tidigare_kontakt"), Malgrupp::Aldre));
        catalog::Catalog fresh = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(fresh));
        QVERIFY(!fresh.isHidden(QStringLiteral("tidigare_kontakt"), Malgrupp::Aldre));
        QVERIFY(fresh.isHidden(QStringLiteral("hushallstyp"), Malgrupp::Bou)); // earlier change kept
    }

    void valuesCanBeHiddenPerMalgrupp()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        catalog::Catalog cat = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(cat));
        const catalog::Value* value = leafValue(cat, QStringLiteral("problematik"), Malgrupp::Vux);
        QVERIFY(value);
        const QString code = value->code;
        QVERIFY(CatalogSettings(*admin).hideValue(cat, QStringLiteral("problematik"), code, Malgrupp::Vux));
        const auto offered = [&](Malgrupp m) {
            // Looked up each time: a change replaces the catalogue's entries, so a pointer taken
            // before it dangles (found by AddressSanitizer).
            const catalog::Variable* problematik = cat.variable(QStringLiteral("problematik"));
            if (!problematik)
                return false;
            for (const catalog::Value* v : cat.valuesFor(*problematik, m)) {
                if (v->code == code)
                    return true;
            }
            return false;
        };
        QVERIFY(!offered(Malgrupp::Vux));
        QVERIFY(auditActions(*admin).contains(QStringLiteral("catalog.hide_value problematik/%1 VUX").arg(code)));
        QVERIFY(CatalogSettings(*admin).showValue(cat, QStringLiteral("problematik"), code, Malgrupp::Vux));
        QVERIFY(offered(Malgrupp::Vux));
        QCOMPARE(CatalogSettings(*admin)
                     .hideValue(cat, QStringLiteral("problematik"), QStringLiteral("NO.SUCH"), Malgrupp::Vux)
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void localValueRollsUpAndIsStored()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        catalog::Catalog cat = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(cat));
        const catalog::Value* parent = leafValue(cat, QStringLiteral("problematik"), Malgrupp::Vux);
        QVERIFY(parent);
        const catalog::LocalValue local{QStringLiteral("problematik"), QStringLiteral("LOKAL.HEMLOSHET"),
                                        QStringLiteral("Hemlöshet, akut"), parent->code};
        const QString parentCode = parent->code;
        auto added = CatalogSettings(*admin).addLocalValue(cat, local);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(cat.rollUp(QStringLiteral("problematik"), local.code), parentCode);
        QVERIFY(auditActions(*admin).contains(
            QStringLiteral("catalog.add_local_value problematik/LOKAL.HEMLOSHET parent=%1").arg(parentCode)));

        catalog::Catalog fresh = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(fresh));
        QVERIFY(fresh.value(QStringLiteral("problematik"), local.code));
        QVERIFY(fresh.value(QStringLiteral("problematik"), local.code)->local);
        QCOMPARE(fresh.rollUp(QStringLiteral("problematik"), local.code), parentCode);
    }

    void badLocalValueChangesNothing()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        catalog::Catalog cat = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(cat));
        const QByteArray before = fileBytes(m_path);
        const catalog::Customisation storedBefore = *CatalogSettings(*admin).stored();
        // The same code again, and an unknown parent: both refused.
        const catalog::LocalValue again{
            QStringLiteral("problematik"), QStringLiteral("LOKAL.HEMLOSHET"), QStringLiteral("Annat namn"),
            cat.variable(QStringLiteral("problematik"))->value(QStringLiteral("LOKAL.HEMLOSHET"))->parent};
        auto refused = CatalogSettings(*admin).addLocalValue(cat, again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        const catalog::LocalValue orphan{QStringLiteral("problematik"), QStringLiteral("LOKAL.X"),
                                         QStringLiteral("Något"), QStringLiteral("NO.SUCH.PARENT")};
        QVERIFY(!CatalogSettings(*admin).addLocalValue(cat, orphan));
        QVERIFY(!cat.value(QStringLiteral("problematik"), QStringLiteral("LOKAL.X")));
        QCOMPARE(CatalogSettings(*admin).stored()->toJson(), storedBefore.toJson());
        admin.reset();
        QCOMPARE(fileBytes(m_path), before);
    }

    void handlaggareCannotChangeTheCatalogue()
    {
        auto anna = signIn(QStringLiteral("anna"), kAnnaPw);
        QVERIFY(anna);
        catalog::Catalog cat = m_builtin;
        QVERIFY(CatalogSettings(*anna).applyTo(cat)); // reading is for everyone
        const QByteArray json = cat.customisation().toJson();
        CatalogSettings settings(*anna);
        QCOMPARE(settings.hideVariable(cat, QStringLiteral("problematik"), Malgrupp::Bou).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(settings.showVariable(cat, QStringLiteral("hushallstyp"), Malgrupp::Bou).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(settings
                     .addLocalValue(cat, {QStringLiteral("problematik"), QStringLiteral("LOKAL.Y"), QStringLiteral("Y"),
                                          QStringLiteral("X")})
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(settings.removeLocalValue(cat, QStringLiteral("problematik"), QStringLiteral("LOKAL.HEMLOSHET"))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(cat.customisation().toJson(), json);
        QCOMPARE(previewGallring(*anna, QDate(2025, 1, 1)).error().code, ErrorCode::PermissionDenied);
    }

    void localValueInUseCannotBeRemoved()
    {
        domain::Id arendeId = 0;
        {
            auto anna = signIn(QStringLiteral("anna"), kAnnaPw);
            ArendeService service(*anna);
            domain::Person p;
            p.personId = identity::PersonId::compose(QDate(1980, 5, 5), 123);
            auto pid = service.registerPerson(p);
            QVERIFY(pid);
            domain::Arende a;
            a.externalId = QStringLiteral("L-1");
            a.owner = QStringLiteral("anna");
            a.personRef = *pid;
            a.malgrupp = QStringLiteral("VUX");
            a.aktualiseringDatum = QDate(2024, 1, 1);
            a.problematik = {QStringLiteral("LOKAL.HEMLOSHET")};
            auto id = service.save(a);
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
            arendeId = *id;
        }
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        catalog::Catalog cat = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(cat));
        QVERIFY(*CatalogSettings(*admin).isValueInUse(QStringLiteral("LOKAL.HEMLOSHET")));
        auto refused = CatalogSettings(*admin).removeLocalValue(cat, QStringLiteral("problematik"),
                                                                QStringLiteral("LOKAL.HEMLOSHET"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(cat.value(QStringLiteral("problematik"), QStringLiteral("LOKAL.HEMLOSHET")));

        QVERIFY(ArendeService(*admin).remove(arendeId));
        QVERIFY(!*CatalogSettings(*admin).isValueInUse(QStringLiteral("LOKAL.HEMLOSHET")));
        QVERIFY(CatalogSettings(*admin).removeLocalValue(cat, QStringLiteral("problematik"),
                                                         QStringLiteral("LOKAL.HEMLOSHET")));
        QVERIFY(!cat.value(QStringLiteral("problematik"), QStringLiteral("LOKAL.HEMLOSHET")));
        catalog::Catalog fresh = m_builtin;
        QVERIFY(CatalogSettings(*admin).applyTo(fresh));
        QVERIFY(!fresh.value(QStringLiteral("problematik"), QStringLiteral("LOKAL.HEMLOSHET")));
    }

    void damagedCustomisationIsReportedAndFallsBackToTheFile()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        auto db = access::StoreDoor::database(*admin);
        QVERIFY(db);
        auto old = store::readSetting((*db)->connection(), QLatin1String(CatalogSettings::kSettingKey));
        QVERIFY(old);
        QVERIFY(store::writeSetting((*db)->connection(), QLatin1String(CatalogSettings::kSettingKey),
                                    QStringLiteral("{not json")));
        catalog::Catalog cat = m_builtin;
        QVERIFY(cat.hideVariable(QStringLiteral("problematik"), Malgrupp::Ekb) !=
                catalog::Catalog::HideResult::UnknownVariable);
        auto applied = CatalogSettings(*admin).applyTo(cat);
        QVERIFY(!applied);
        QVERIFY(!applied.error().message.isEmpty());
        // Reset to the catalogue file, never left with an earlier customisation.
        QVERIFY(!cat.isHidden(QStringLiteral("problematik"), Malgrupp::Ekb));
        QVERIFY(cat.customisation().isEmpty());
        QVERIFY(cat.hideVariable(QStringLiteral("problematik"), Malgrupp::Ekb) !=
                catalog::Catalog::HideResult::UnknownVariable);
        // An unknown variable in otherwise valid JSON: refused as a whole.
        catalog::Customisation unknown;
        unknown.hidden.append({QStringLiteral("no_such_variable"), {}, catalog::MalgruppSet::of(Malgrupp::Bou)});
        QVERIFY(store::writeSetting((*db)->connection(), QLatin1String(CatalogSettings::kSettingKey),
                                    QString::fromUtf8(unknown.toJson())));
        QVERIFY(!CatalogSettings(*admin).applyTo(cat));
        QVERIFY(cat.customisation().isEmpty());
        QVERIFY(store::writeSetting((*db)->connection(), QLatin1String(CatalogSettings::kSettingKey), *old));
    }

    void gallringPreviewCountsWhatGallraRemoves()
    {
        {
            auto anna = signIn(QStringLiteral("anna"), kAnnaPw);
            ArendeService service(*anna);
            int n = 0;
            for (const QDate& avslut : {QDate(2012, 1, 1), QDate(2013, 6, 1), QDate(2024, 6, 1), QDate()}) {
                domain::Person p;
                p.personId = identity::PersonId::compose(QDate(1950, 1, 1).addDays(n), 200 + n);
                auto pid = service.registerPerson(p);
                QVERIFY(pid);
                domain::Arende a;
                a.externalId = QStringLiteral("G-%1").arg(n++);
                a.owner = QStringLiteral("anna");
                a.personRef = *pid;
                a.malgrupp = QStringLiteral("VUX");
                a.aktualiseringDatum = QDate(2010, 1, 1);
                domain::Insats i;
                i.ksi = QStringLiteral("YAD.15.ZZ");
                i.beslutDatum = QDate(2010, 2, 1);
                i.verkstallandeDatum = QDate(2010, 2, 2);
                i.avslutDatum = avslut;
                a.insatser.append(i);
                QVERIFY(service.save(a));
            }
        }
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        const QDate today(2025, 1, 1);
        auto preview = previewGallring(*admin, today);
        QVERIFY(preview);
        QCOMPARE(preview->years, Settings::kGallringDefault);
        QCOMPARE(preview->cutoff, QDate(2020, 1, 1));
        QCOMPARE(preview->arenden, 2);
        const qint64 before = *ArendeService(*admin).count();
        // Preview changes nothing.
        QCOMPARE(*ArendeService(*admin).count(), before);
        QCOMPARE(*ArendeService(*admin).gallra(today), preview->arenden);
        QCOMPARE(*ArendeService(*admin).count(), before - 2);
        QCOMPARE(previewGallring(*admin, today)->arenden, 0);

        QVERIFY(Settings(*admin).setGallringYears(1));
        auto shorter = previewGallring(*admin, QDate(2025, 12, 1));
        QCOMPARE(shorter->years, 1);
        QCOMPARE(shorter->cutoff, QDate(2024, 12, 1));
        QCOMPARE(shorter->arenden, 1); // the one closed in 2024-06 is now due; the open one never
    }
};

QTEST_GUILESS_MAIN(TestCatalogSettings)
#include "tst_catalogsettings.moc"
