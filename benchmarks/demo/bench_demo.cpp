// Demo data generation speed: 10,000 persons and 400,000 persons (about a million insatser),
// both held in memory and streamed. Budget: a million insatser in 5 s.

#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

using namespace folja;

namespace {

// Peak resident memory in MiB (Linux), or -1.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct Counts {
    qint64 persons = 0, arenden = 0, insatser = 0, uppfoljningar = 0;
    void add(const QList<domain::Arende>& arenden)
    {
        ++persons;
        for (const domain::Arende& a : arenden) {
            ++this->arenden;
            insatser += a.insatser.size();
            for (const domain::Insats& i : a.insatser)
                uppfoljningar += i.uppfoljningar.size();
        }
    }
};

void print(const char* what, const Counts& c, qint64 ms)
{
    std::printf("%-28s %8lld persons %8lld ärenden %8lld insatser %8lld uppföljningar  %6lld ms  peak %.0f MiB\n", what,
                static_cast<long long>(c.persons), static_cast<long long>(c.arenden),
                static_cast<long long>(c.insatser), static_cast<long long>(c.uppfoljningar), static_cast<long long>(ms),
                peakMemoryMiB());
}

} // namespace

int main(int argc, char** argv)
{
    auto loaded = catalog::Catalog::loadBuiltin();
    if (!loaded) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    const catalog::Catalog catalog = std::move(loaded).value();

    // `bench_demo N`: only stream N persons (for profiling).
    if (argc > 1) {
        demo::DemoOptions options;
        options.persons = std::atoi(argv[1]);
        Counts streamed;
        QElapsedTimer timer;
        timer.start();
        demo::Generator(catalog, options).generate([&streamed](domain::Person&&, QList<domain::Arende>&& arenden) {
            streamed.add(arenden);
        });
        print("streamed", streamed, timer.elapsed());
        return 0;
    }

    qint64 streamed400k = 0;
    Counts big;
    for (const int persons : {10000, 400000}) {
        demo::DemoOptions options;
        options.persons = persons;
        demo::Generator generator(catalog, options);

        Counts streamed;
        QElapsedTimer timer;
        timer.start();
        generator.generate([&streamed](domain::Person&&, QList<domain::Arende>&& arenden) { streamed.add(arenden); });
        const qint64 streamMs = timer.elapsed();
        print(persons == 10000 ? "streamed 10k" : "streamed 400k", streamed, streamMs);
        if (persons == 400000) {
            streamed400k = streamMs;
            big = streamed;
        }

        timer.restart();
        const demo::DemoData data = generator.generate();
        const qint64 collectMs = timer.elapsed();
        Counts collected;
        for (const domain::Arende& a : data.arenden)
            collected.add({a});
        collected.persons = data.persons.size();
        collected.arenden = data.arenden.size();
        print(persons == 10000 ? "in memory 10k" : "in memory 400k", collected, collectMs);
    }
    // Budget: 5 s per million insatser, streamed.
    const double budgetMs = 5000.0 * static_cast<double>(big.insatser) / 1e6;
    std::printf("RATIO demo_generate %.2f\n", budgetMs / static_cast<double>(std::max<qint64>(1, streamed400k)));
    return 0;
}
