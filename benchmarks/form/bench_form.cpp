// Opening and saving an ärende in the form on a database with 100,000 ärenden, as a handläggare.
// open = ArendeService::get + personOf + a new ArendeForm populated with it (offscreen);
// save = form → records → ArendeService::save (one committed transaction, audited).
// Target: under 100 ms each. The database is made once with the demo generator (fast KDF) and
// reused from $FOLJA_BENCH_FORM_DB (default /tmp/folja-bench-form/100k.folja).

#include "access/arendeservice.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "demo/demo.h"
#include "form/arendeform.h"
#include "io/demodatabase.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace folja;

namespace {

const QString kPassword = QStringLiteral("bench-losen");
constexpr int kTargetArenden = 100000;
constexpr double kTargetMs = 100.0;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// Persons needed for about kTargetArenden ärenden, from a streamed sample of the generator.
int personsFor(const catalog::Catalog& catalog)
{
    demo::DemoOptions options;
    options.persons = 10000;
    qint64 arenden = 0;
    demo::Generator(catalog, options).generate([&arenden](domain::Person&&, QList<domain::Arende>&& list) {
        arenden += list.size();
    });
    return static_cast<int>(1.01 * static_cast<double>(kTargetArenden) * 10000.0 / static_cast<double>(arenden)) + 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto loaded = catalog::Catalog::loadBuiltin();
    if (!loaded) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    const catalog::Catalog catalog = std::move(loaded).value();

    const QString path =
        qEnvironmentVariable("FOLJA_BENCH_FORM_DB", QStringLiteral("/tmp/folja-bench-form/100k.folja"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFileInfo::exists(path)) {
        io::DemoDatabase demo;
        demo.password = kPassword;
        demo.kdf = access::KdfParams::fastForTests();
        demo.fill.persons = personsFor(catalog);
        QElapsedTimer timer;
        timer.start();
        auto created = io::createDemoDatabase(path, catalog, demo);
        if (!created) {
            std::fprintf(stderr, "demo database: %s\n", qPrintable(created.error().message));
            return 1;
        }
        std::printf("created %s: %d persons, %d ärenden in %lld ms (once; reused next time)\n", qPrintable(path),
                    created->summary.persons, created->summary.arenden, static_cast<long long>(timer.elapsed()));
    }

    access::SessionOptions options;
    options.kdf = access::KdfParams::fastForTests();
    auto session = access::Session::signIn(path, QStringLiteral("demo1"), kPassword, options);
    if (!session) {
        std::fprintf(stderr, "sign in: %s\n", qPrintable(session.error().message));
        return 1;
    }
    access::Session& s = *session.value();
    {
        auto admin = access::ArendeService(s).count();
        std::printf("database: %s, demo1 sees %lld ärenden\n", qPrintable(path),
                    static_cast<long long>(admin ? admin.value() : -1));
    }
    auto listed = access::ArendeService(s).list();
    if (!listed || listed->isEmpty()) {
        std::fprintf(stderr, "no ärenden for demo1\n");
        return 1;
    }

    QRandomGenerator random(42);
    constexpr int kRounds = 60;
    QList<double> openMs, saveMs, loadMs, buildMs, showMs;
    for (int round = 0; round < kRounds; ++round) {
        const domain::Id id = listed->at(random.bounded(static_cast<int>(listed->size()))).id;

        QElapsedTimer timer;
        timer.start();
        access::ArendeService service(s);
        auto arende = service.get(id);
        auto person = service.personOf(id);
        if (!arende || !person) {
            std::fprintf(stderr, "open failed\n");
            return 1;
        }
        const qint64 fetched = timer.nsecsElapsed();
        auto* form = new ui::ArendeForm;
        form->setCatalog(&catalog);
        form->setArende(arende.value(), person.value());
        const qint64 built = timer.nsecsElapsed();
        form->resize(1100, 800);
        form->show();
        QCoreApplication::processEvents(); // layout and first paint, as a user would see it
        const qint64 shown = timer.nsecsElapsed();
        openMs.append(static_cast<double>(shown) / 1e6);
        loadMs.append(static_cast<double>(fetched) / 1e6);
        buildMs.append(static_cast<double>(built - fetched) / 1e6);
        showMs.append(static_cast<double>(shown - built) / 1e6);

        // A real edit, so that the save writes: move the aktualiseringsdatum by a day and back.
        domain::Arende edited = form->arende();
        edited.aktualiseringDatum = edited.aktualiseringDatum.isValid()
                                        ? edited.aktualiseringDatum.addDays(round % 2 == 0 ? -1 : 1)
                                        : QDate(2025, 1, 1);
        timer.restart();
        domain::Arende toSave = edited;
        auto saved = access::ArendeService(s).save(toSave);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        saveMs.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        delete form;
        QCoreApplication::processEvents();
    }
    // The first round warms caches (catalogue models, SQLite pages); report the steady state.
    for (QList<double>* list : {&openMs, &saveMs, &loadMs, &buildMs, &showMs})
        list->removeFirst();
    std::printf("  of which: load (get + personOf, audited) median %.1f ms; build form median %.1f ms; show and first "
                "layout median %.1f ms\n",
                percentile(loadMs, 0.5), percentile(buildMs, 0.5), percentile(showMs, 0.5));
    const double openMedian = percentile(openMs, 0.5), openP95 = percentile(openMs, 0.95);
    const double saveMedian = percentile(saveMs, 0.5), saveP95 = percentile(saveMs, 0.95);
    std::printf("open ärende form (load + populate, offscreen): median %.1f ms, p95 %.1f ms (%lld rounds)\n",
                openMedian, openP95, static_cast<long long>(openMs.size()));
    std::printf("save ärende (form -> records -> ArendeService::save, committed): median %.1f ms, p95 %.1f ms\n",
                saveMedian, saveP95);
    std::printf("RATIO form_open_100k_median %.2f\n", kTargetMs / openMedian);
    std::printf("RATIO form_open_100k_p95 %.2f\n", kTargetMs / openP95);
    std::printf("RATIO form_save_100k_median %.2f\n", kTargetMs / saveMedian);
    std::printf("RATIO form_save_100k_p95 %.2f\n", kTargetMs / saveP95);
    return 0;
}
