#pragma once

// The registered data of Följa as plain values: what the store persists, the access layer hands
// out, the import reads, the demo generator makes and the analysis snapshot is built from.
// Coded answers hold the catalogue's stable value codes (KSI codes for insats), never labels or
// list positions. An empty string / null QDate / empty list is a missing value (bortfall).

#include "identity/personid.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace folja::domain {

using Id = qint64;
constexpr Id kNoId = 0;

// Free-text comments, keyed by the catalogue variable code they clarify. Only variables whose
// catalogue entry allows a comment may have one.
using Comments = QMap<QString, QString>;

// The kind of Person-ID, as identity parses it (one enum: no mapping to get wrong).
using PersonIdType = identity::IdType;

struct Person {
    Id id = kNoId;
    QString personId; // normalised 12 digits (or the reservnummer as entered, normalised)
    PersonIdType idType = PersonIdType::Personnummer;
    QString kon;          // derived: catalogue value code of variable "kon", empty if unknown
    QDate birthDate;      // derived; null if unknown (e.g. reservnummer without date rule)
    bool skyddad = false; // skyddade personuppgifter: masked in lists and exports
    QString ursprung;     // value code, [0..1]
    // Entered by hand where the Person-ID gives nothing (a reservnummer without a birth date or
    // kön rule; issue 12): then `kon` holds the entered code and konEntered is set, and the age
    // entered (whole years on alderEnteredOn, the ärende's aktualisering) is kept as entered while
    // `birthDate` holds the birth date it implies (estimatedBirthDate), which the analysis uses.
    bool konEntered = false;
    int alderEntered = -1; // -1: none entered
    QDate alderEnteredOn;
    // The Cell Key Method's record key (0..255): drawn at random by the store when the record is
    // created and kept for the record's life, whatever is saved over it (the store ignores this
    // field on save). Never shown, never exported; only the analysis snapshot reads it.
    int recordKey = 0;
};

constexpr int kMaxEnteredAge = 130;

// The birth date an age of `years` on `on` implies: the middle of the possible year, so that the
// age at `on` is exactly `years` and the error at any other date at most half a year.
QDate estimatedBirthDate(int years, QDate on);

// Kön (a catalogue code of "kon", empty: none) and age (whole years on `on`, -1: none) entered by
// hand, applied after applyPersonId — the one rule the form and the import share. Where the
// Person-ID derives the value, an entered one must agree with it (nothing is then marked as
// entered); where it derives none, the entered value is stored and marked. Returns an error
// message naming what is wrong, or an empty string.
QString applyEnteredKonAlder(Person& person, const QString& konCode, int alder, QDate on);

// The person as it will be stored when `incoming` is saved over `stored` (the same Person-ID):
// the derived fields and id type from `incoming`; an entered kön or age from `incoming` where it
// has one, else kept from `stored` (a later form or file without them does not erase them).
Person mergeEnteredIdentity(const Person& stored, const Person& incoming);
// Whether two persons differ in what the store keeps about them (type, kön, birth, entered).
bool sameIdentity(const Person& a, const Person& b);

// Sets the Person-ID of `person` and what is derived from it (type, kön as the catalogue code,
// birth date), all from identity: the form and the CSV import derive them here, the same way.
void applyPersonId(Person& person, const identity::PersonId& id);

struct Uppfoljning {
    Id id = kNoId;
    QDate datum;
    QString sip;            // [0..1]
    QString maluppfyllelse; // BBIC or IBIC value code, per the ärende's målgrupp
    QStringList samverkan;  // SKL 2019, multi
    QString parallellaInsatser;
    QString genomforande;
    QString b1a, b1b, b2, b3, b4, b5; // brukarfrågor; b2 only when b1a/b1b improved
    Comments comments;
    int recordKey = 0; // see Person::recordKey
};

struct Insats {
    Id id = kNoId;
    QString ksi;            // KSI code, e.g. "YAC.25.ZZ"
    QString catalogVersion; // catalogue version the code was registered against
    QDate beslutDatum;
    QDate verkstallandeDatum;
    QDate avslutDatum;
    QStringList avslutsorsak; // [1..*] once avslutad
    QList<Uppfoljning> uppfoljningar;
    Comments comments;
    int recordKey = 0; // see Person::recordKey
};

struct Arende {
    Id id = kNoId;
    QString externalId;   // the source system's key (CSV arende_id); unique per database
    Id personRef = kNoId; // Person::id
    QString malgrupp;     // "BOU", "VUX", "ALDRE", "FUNK", "EKB"
    QString enhet;        // the organisational unit (free code chosen at setup)
    QString owner;        // account name of the responsible handläggare
    QDate aktualiseringDatum;
    QString aktualiseringstyp;
    QStringList aktualiseringsorsak;
    QString tidigareKontakt;
    QString hushallstyp; // SKL 2019
    QStringList problematik;
    QDate beslutDatum; // beslut om insats eller ej (ärende level); insatser carry their own
    // The person's answers as given in this ärende: kept per ärende, so that one handläggare's
    // answers about a person are never seen or changed through another's ärende.
    QString ursprung; // value code, [0..1]
    bool skyddad = false;
    QList<Insats> insatser;
    Comments comments;
    int recordKey = 0; // see Person::recordKey
};

// Where an ärende is in the process, derived from its dates (used for lists and bortfall).
enum class ArendeStatus { Aktualiserat, Beslutat, PagaendeInsats, Avslutat };
ArendeStatus statusOf(const Arende& arende);

} // namespace folja::domain
