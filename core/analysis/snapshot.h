#pragma once

// The in-memory, column-oriented snapshot every analysis runs on. One table per unit of analysis
// (person, ärende, insats, uppföljning), one array per variable, parent indices between tables.
// Coded answers are dictionary-encoded per variable (code 0 = missing), dates are int32 day
// numbers, multi-valued answers are CSR offset arrays. Nothing here holds a personnummer, a name
// or free text: only catalogue codes, dates and the organisational unit.
//
// Kept current on writes by patching one ärende at a time: upsertArende() retires the ärende's old
// rows and appends the new ones; compact() drops retired rows when they pile up.

#include "domain/records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

namespace folja::analysis {

constexpr std::int32_t kNoDate = std::numeric_limits<std::int32_t>::min();
constexpr std::uint32_t kNoRow = std::numeric_limits<std::uint32_t>::max();

std::int32_t dayNumber(const QDate& date);
QDate dateOf(std::int32_t day);

// Code <-> string per variable. Code 0 is the missing value; codes are assigned in first-seen
// order, so categories are ordered by the catalogue at query time, not here.
class Dictionary
{
public:
    Dictionary();
    std::uint16_t intern(const QString& code);
    // The same for a UTF-8 code (the store's analysis read): no allocation once the code is known.
    std::uint16_t internUtf8(std::string_view utf8);
    std::uint16_t find(const QString& code) const; // 0 if unknown
    const QString& code(std::uint16_t index) const { return m_codes.at(index); }
    int size() const { return static_cast<int>(m_codes.size()); } // including the missing slot
    const QStringList& codes() const { return m_codes; }

private:
    QStringList m_codes;
    QHash<QString, std::uint16_t> m_index;
    std::vector<QByteArray> m_utf8; // UTF-8 of the codes seen through internUtf8, by code
    QHash<QByteArray, std::uint16_t> m_utf8Index;
};

template <typename T>
struct CodeColumn {
    std::vector<T> data;
    Dictionary dict;

    void append(const QString& code)
    {
        const std::uint16_t c = dict.intern(code);
        // A one-byte column with more distinct codes than fit is a data error (codes are validated
        // against the catalogue before they reach the store); it is counted as missing.
        data.push_back(c <= std::numeric_limits<T>::max() ? static_cast<T>(c) : T(0));
    }
    std::size_t bytes() const { return data.capacity() * sizeof(T); }
};

template <typename T>
struct MultiColumn {
    std::vector<std::uint32_t> offsets{0};
    std::vector<T> values;
    Dictionary dict;

    void append(const QStringList& codes)
    {
        for (const QString& code : codes) {
            const std::uint16_t c = dict.intern(code);
            if (c != 0 && c <= std::numeric_limits<T>::max())
                values.push_back(static_cast<T>(c));
        }
        offsets.push_back(static_cast<std::uint32_t>(values.size()));
    }
    std::size_t bytes() const { return offsets.capacity() * 4 + values.capacity() * sizeof(T); }
};

// Every table carries the records' cell-key-method record keys (`key`, 0..255, assigned at random
// by the store when a record is created and kept for its life): the Cell Key Method (cellkey.h)
// sums them per published cell. They never leave the analysis as values.
struct PersonTable {
    std::vector<std::uint8_t> alive;
    std::vector<std::uint8_t> key;
    CodeColumn<std::uint8_t> kon;
    // Taken from the person's latest live ärende in this snapshot (by aktualisering, then id): a
    // person's answers are kept per ärende, and none comes from an ärende outside the snapshot.
    CodeColumn<std::uint8_t> ursprung;
    std::vector<std::int32_t> birth;
    std::size_t rows() const { return alive.size(); }
};

struct ArendeTable {
    std::vector<std::uint8_t> alive;
    std::vector<std::uint8_t> key;
    std::vector<std::uint32_t> person;
    CodeColumn<std::uint8_t> malgrupp;
    CodeColumn<std::uint16_t> enhet;
    std::vector<std::int32_t> aktualisering;
    std::vector<std::int32_t> beslut;
    CodeColumn<std::uint8_t> aktualiseringstyp;
    CodeColumn<std::uint8_t> tidigareKontakt;
    CodeColumn<std::uint8_t> hushallstyp;
    CodeColumn<std::uint8_t> ursprung; // the person's ursprung as given in this ärende
    MultiColumn<std::uint8_t> aktualiseringsorsak;
    MultiColumn<std::uint8_t> problematik;
    std::vector<std::uint32_t> firstInsats; // insatser of an ärende are contiguous
    std::vector<std::uint32_t> insatsCount;
    std::size_t rows() const { return alive.size(); }
};

struct InsatsTable {
    std::vector<std::uint8_t> alive;
    std::vector<std::uint8_t> key;
    std::vector<std::uint32_t> arende;
    CodeColumn<std::uint16_t> ksi;
    std::vector<std::int32_t> beslut;
    std::vector<std::int32_t> verkstallande;
    std::vector<std::int32_t> avslut;
    MultiColumn<std::uint8_t> avslutsorsak;
    std::vector<std::uint32_t> firstUppfoljning; // contiguous, sorted by date
    std::vector<std::uint32_t> uppfoljningCount;
    std::size_t rows() const { return alive.size(); }
};

struct UppfoljningTable {
    std::vector<std::uint8_t> alive;
    std::vector<std::uint8_t> key;
    std::vector<std::uint32_t> insats;
    std::vector<std::int32_t> datum;
    CodeColumn<std::uint8_t> sip;
    CodeColumn<std::uint8_t> maluppfyllelse;
    MultiColumn<std::uint8_t> samverkan;
    CodeColumn<std::uint8_t> parallellaInsatser;
    CodeColumn<std::uint8_t> genomforande;
    CodeColumn<std::uint8_t> b1a, b1b, b2, b3, b4, b5;
    std::size_t rows() const { return alive.size(); }
};

struct SnapshotStats {
    std::size_t persons = 0; // live rows
    std::size_t arenden = 0;
    std::size_t insatser = 0;
    std::size_t uppfoljningar = 0;
    std::size_t retiredRows = 0; // rows left behind by upserts/removals until compact()
    std::size_t bytes = 0;       // capacity of all column arrays
};

class Snapshot
{
public:
    Snapshot();

    static Snapshot build(const QList<domain::Person>& persons, const QList<domain::Arende>& arenden);

    // Adds or replaces a person (matched by Person::id). Ärenden refer to persons by id.
    void upsertPerson(const domain::Person& person);
    // Adds or replaces an ärende (matched by Arende::id; by externalId for ärenden without an id)
    // with its insatser and uppföljningar.
    void upsertArende(const domain::Arende& arende);
    bool removeArende(domain::Id id);
    // Rewrites the tables without retired rows. Worth it when stats().retiredRows grows large.
    void compact();
    // Keeps only the live ärenden for which keep(row) is true (with their insatser and
    // uppföljningar) and compacts. Returns how many were dropped. The analysis scope applied to a
    // snapshot that was built or cached without it.
    std::size_t retainArenden(const std::function<bool(std::uint32_t row)>& keep);

    bool hasPerson(domain::Id id) const { return m_personById.contains(id); }
    bool hasArende(domain::Id id) const; // a live row with this id
    std::size_t retiredRows() const { return m_retired; }

    SnapshotStats stats() const;
    // Changes on every write; equal generations mean equal data (copies share it), which is what
    // the engine's cache of resolved columns is keyed on.
    std::uint64_t generation() const { return m_generation; }

    const PersonTable& persons() const { return m_persons; }
    const ArendeTable& arenden() const { return m_arenden; }
    const InsatsTable& insatser() const { return m_insatser; }
    const UppfoljningTable& uppfoljningar() const { return m_uppfoljningar; }

private:
    friend class SnapshotBuilder;
    friend class ColumnBuilder;
    friend struct SnapshotCodec; // snapshotio.cpp
    void appendArende(const domain::Arende& arende, std::uint32_t personRow);
    std::uint32_t personRow(domain::Id id) const;
    void retireArende(std::uint32_t row);
    // Sets PersonTable::ursprung from the ärenden: for every person, or only the one at `person`.
    void derivePersonUrsprung(std::uint32_t person = kNoRow);

    // Row 0 of the person table is "unknown person" (all values missing), so ärenden whose person
    // is not in the snapshot still resolve without a branch in the hot loops.
    PersonTable m_persons;
    ArendeTable m_arenden;
    InsatsTable m_insatser;
    UppfoljningTable m_uppfoljningar;
    QHash<domain::Id, std::uint32_t> m_personById;
    QHash<domain::Id, std::uint32_t> m_arendeById;
    QHash<QString, std::uint32_t> m_arendeByExternalId;
    std::size_t m_retired = 0;
    std::uint64_t m_generation = 0;
    void touch();
};

// Builds a snapshot from records streamed one at a time (the store's lean read), in any order.
class SnapshotBuilder
{
public:
    SnapshotBuilder();
    void reserve(std::size_t persons, std::size_t arenden, std::size_t insatser, std::size_t uppfoljningar);
    void addPerson(const domain::Person& person);
    void addArende(const domain::Arende& arende);
    Snapshot finish();

private:
    Snapshot m_snapshot;
    std::vector<domain::Id> m_pendingPerson; // person id per ärende row, resolved in finish()
};

// Builds a snapshot column by column from plain values, as the store's analysis read hands them
// over table by table (store::ArendeRepository::scanForAnalysis): no records, no QString per
// cell. Call arende() for every ärende to keep first; children of ärenden not added are ignored,
// as are value rows of unknown parents. Dates are day numbers (dayNumber()), kNoDate if missing.
// Within a table rows may come in any order: insatser end up in ord order per ärende and
// uppföljningar by date (then ord) per insats, as with SnapshotBuilder.
class ColumnBuilder
{
public:
    using Id = domain::Id;
    using Text = std::string_view; // UTF-8; empty = missing

    ColumnBuilder();
    ~ColumnBuilder();
    ColumnBuilder(const ColumnBuilder&) = delete;
    ColumnBuilder& operator=(const ColumnBuilder&) = delete;

    // `key`: the record's cell-key-method record key (0..255), as the store holds it.
    void arende(Id id, Id person, Text malgrupp, Text enhet, std::int32_t aktualisering, Text aktualiseringstyp,
                Text tidigareKontakt, Text hushallstyp, std::int32_t beslut, Text ursprung, std::uint8_t key);
    void aktualiseringsorsak(Id arende, Text code);
    void problematik(Id arende, Text code);
    void insats(Id arende, Id id, int ord, Text ksi, std::int32_t beslut, std::int32_t verkstallande,
                std::int32_t avslut, std::uint8_t key);
    void avslutsorsak(Id insats, Text code);
    // codes: sip, maluppfyllelse, parallella_insatser, genomforande, b1a, b1b, b2, b3, b4, b5
    void uppfoljning(Id insats, Id id, int ord, std::int32_t datum, const Text (&codes)[10], std::uint8_t key);
    void samverkan(Id uppfoljning, Text code);
    // Whether a kept ärende refers to this person.
    bool needsPerson(Id id) const;
    void person(Id id, Text kon, std::int32_t birth, std::uint8_t key);

    std::size_t arenden() const;
    Snapshot finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace folja::analysis
