#pragma once

// Synthetic demo data: persons, ärenden, insatser and uppföljningar that look like a kommun's
// register, for trying Följa out, for training and for load tests. Nothing here is real: person IDs
// are valid-looking synthetic numbers (correct check digits) and the same seed always gives the
// same data, on every platform (the random generator and every distribution are our own code,
// because the std:: distributions differ between standard libraries).
//
// Every coded value is a catalogue value code that is selectable and valid for the ärende's
// målgrupp (måluppfyllelse from the målgrupp's BBIC or IBIC set); dates are in process order
// (aktualisering ≤ beslut ≤ verkställande ≤ uppföljning ≤ avslut) and never after `today`.
// Variables a kommun has hidden for a målgrupp are left empty. Each variable has its own share of
// bortfall (missing values), larger for the SKL 2019 extras and much larger for brukarfrågor.

#include "domain/records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>

namespace folja::catalog {
class Catalog;
}

namespace folja::demo {

struct DemoOptions {
    int persons = 1000;
    quint64 seed = 1;
    QDate today = QDate(2026, 11, 1);                   // the reference "now": nothing happens after it
    int years = 4;                                      // aktualiseringar are spread over this many years before today
    int handlaggareCount = 0;                           // 0 = max(5, persons / 400)
    QString handlaggarePrefix = QStringLiteral("demo"); // accounts demo1, demo2, …

    // Share of ärenden per målgrupp, in catalog::kAllMalgrupper order: BOU, VUX, ALDRE, FUNK, EKB.
    // Relative weights; they need not add up to 1.
    std::array<double, 5> malgruppShares{0.20, 0.15, 0.25, 0.10, 0.30};

    double samordningsnummerShare = 0.02;
    double reservnummerShare = 0.003; // among persons first known to VUX or EKB
    double skyddadShare = 0.005;
    double bortfallScale = 1.0; // multiplies every bortfall rate; 0 gives complete records
};

struct DemoData {
    QList<domain::Person> persons; // persons[i].id == i + 1
    QList<domain::Arende> arenden; // personRef = Person::id; ids of ärenden and below are kNoId
    QStringList handlaggare;       // account names, in order (demo1, demo2, …)
    QStringList enheter;           // organisational units the ärenden are spread over
};

class Generator
{
public:
    // Reads what it needs from the catalogue once; the catalogue need not outlive the generator.
    Generator(const catalog::Catalog& catalog, const DemoOptions& options = {});
    ~Generator();
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;

    const DemoOptions& options() const;
    const QStringList& handlaggare() const;
    const QStringList& enheter() const;
    // The handläggare's enhet (the unit of the målgrupp they mainly work with).
    QString enhetOf(const QString& handlaggare) const;

    // Streams the data one person at a time, in order, so that a caller can store 400,000 persons
    // without holding them all. Each call starts from the seed again: the output is identical.
    using Sink = std::function<void(domain::Person&& person, QList<domain::Arende>&& arenden)>;
    void generate(const Sink& sink) const;

    // Everything in memory.
    DemoData generate() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Shorthand for Generator(catalog, options).generate().
DemoData generate(const catalog::Catalog& catalog, const DemoOptions& options = {});

} // namespace folja::demo
