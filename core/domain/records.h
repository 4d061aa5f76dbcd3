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
    // The Cell Key Method's record key (0..255): drawn at random by the store when the record is
    // created and kept for the record's life, whatever is saved over it (the store ignores this
    // field on save). Never shown, never exported; only the analysis snapshot reads it.
    int recordKey = 0;
};

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
