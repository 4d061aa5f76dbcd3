#pragma once

// What an analysis asks for. A Query is plain data: it is saved with an analysis (toJson/fromJson)
// and passed unchanged from the GUI, the CLI and the report to the engine.

#include "common/result.h"
#include "identity/age.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::analysis {

// What one counted record is.
enum class Unit { Person, Arende, Insats, Uppfoljning };

// How the period selects records.
enum class TimeMeaning {
    Events,       // the record's event (aktualisering, beslut, avslut …) happened in [from, to]
    StatusOn,     // the record was ongoing on one date (`to`, or `from` when `to` is empty)
    ActiveDuring, // the record was ongoing at some time in [from, to]
};

// Which event Events looks at. Auto: ärende/person → aktualisering, insats → beslut,
// uppföljning → the uppföljning's own date.
enum class EventKind { Auto, Aktualisering, Beslut, Verkstallande, Avslut, Uppfoljning };

// Which uppföljning answers for an insats (måluppfyllelse, SIP, brukarfrågor at insats level).
enum class MaluppfyllelseAt {
    LatestInPeriod, // the latest uppföljning in the period (the latest of all without a period)
    AtAvslut,       // the last uppföljning of an avslutad insats; ongoing insatser do not apply
};

enum class Mode {
    Publicering,  // default and the only exportable mode: suppression is mandatory
    InternAnalys, // analytiker, on screen only: small counts shown, flagged "Ej för publicering"
};

// P3, strikt läge (PRIVACY-AND-STORAGE §3.3): a line of k <= T < 2k units that all share one
// category of an outcome gets its cells hidden, because a 100 % cell tells anyone who knows that a
// person belongs to the group what that person's outcome was.
enum class StrictMode {
    Auto, // the default: lines along outcome dimensions (måluppfyllelse, avslutsorsak, brukarfrågor)
    On,   // lines along every dimension
    Off,  // no group-disclosure rule (P1 and secondary suppression still apply)
};

// S6: aggregation before suppression. Opt-in; whatever it does is reported in the table.
enum class Aggregation {
    Off,  // the default: the table exactly as asked
    Auto, // when too large a share of the cells would be hidden, first collapse categories:
          // insats to its KSI parent, age into wider bands, months into quarters and years, and a
          // dimension's sparsest categories into "Övriga"
};

// How a published table is protected against disclosure (PRIVACY-AND-STORAGE §3). A database
// setting of the administratör, applied to every query by the access layer: never a user's choice
// per query, so it is not saved with a query (toJson/fromJson leave it out).
enum class ProtectionMethod {
    Suppression, // primary and secondary cell suppression with an attacker audit ("..")
    CellKey,     // the Cell Key Method: consistent, bounded noise from record keys and a ptable
};

struct Period {
    QDate from;
    QDate to;
    TimeMeaning meaning = TimeMeaning::Events;
    EventKind event = EventKind::Auto;

    bool isSet() const { return from.isValid() || to.isValid(); }
};

// Keeps records holding any of `values` (catalogue codes, or category codes of a derived variable
// such as "2024" for aktualisering_datum:year). "" in values keeps records where it is missing.
struct Filter {
    QString variable;
    QStringList values;
};

// The analytiker's scope: only these målgrupper / enheter are visible (empty = no limit).
struct Scope {
    QStringList malgrupper;
    QStringList enheter;
};

struct Query {
    static constexpr int kDefaultMinCell = 5;
    static constexpr int kMinMinCell = 3;
    static constexpr int kMaxMinCell = 10;

    Unit unit = Unit::Insats;
    QStringList dimensions; // 1–3 VAR names, e.g. "kon", "insats:parent", "aktualisering_datum:quarter"
    Period period;
    QList<Filter> filters;
    identity::AgeBands ageBands = defaultAgeBands();
    QDate ageReference; // overrides the default (period start, else the aktualisering date)
    MaluppfyllelseAt maluppfyllelseAt = MaluppfyllelseAt::LatestInPeriod;
    int minCell = kDefaultMinCell;
    Mode mode = Mode::Publicering;
    Scope scope;
    bool includeEmptyCategories = false; // list catalogue values with no records as 0 rows
    StrictMode strict = StrictMode::Auto;
    Aggregation aggregate = Aggregation::Off;
    ProtectionMethod protection = ProtectionMethod::Suppression; // set by the access layer, not saved
    // The administratör's preset age bands (AgeBands::spec() form) that publicering with suppression
    // allows besides the default bands (checkPublicationWindow). Set by the access layer from the
    // database setting, not saved.
    QStringList presetAgeBands;

    static identity::AgeBands defaultAgeBands();

    Result<void> validate() const;
    QByteArray toJson() const;
    static Result<Query> fromJson(const QByteArray& json);
};

// PRIVACY-AND-STORAGE §3.3 step 5: with suppression, two published tables over windows one day
// apart, or over age bands shifted by one year, differ by a handful of records that no suppression
// pattern can hide. So a published (Mode::Publicering, ProtectionMethod::Suppression) query must use
// whole calendar months (from = the first day of a month, to = the last day of a month; a status
// date the last day of a month; an age reference date the first day of a month) and, when it
// groups or filters by age, the default age bands or one of query.presetAgeBands. Intern analys
// (on screen only) and the Cell Key Method keep free windows. The error names what is allowed.
Result<void> checkPublicationWindow(const Query& query);
// The age band specs a published suppression query may use: the default, then the presets.
QStringList allowedPublicationAgeBands(const Query& query);

QString unitCode(Unit unit);
std::optional<Unit> unitFromCode(QStringView code);
QString timeMeaningCode(TimeMeaning meaning);
std::optional<TimeMeaning> timeMeaningFromCode(QStringView code);
QString eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromCode(QStringView code);
QString modeCode(Mode mode);
std::optional<Mode> modeFromCode(QStringView code);
QString strictModeCode(StrictMode mode); // "auto", "on", "off"
std::optional<StrictMode> strictModeFromCode(QStringView code);
QString aggregationCode(Aggregation aggregation); // "off", "auto"
std::optional<Aggregation> aggregationFromCode(QStringView code);
QString protectionMethodCode(ProtectionMethod method); // "suppression", "cell_key" (INTERCHANGE §3)
std::optional<ProtectionMethod> protectionMethodFromCode(QStringView code);

// The variables a dimension or filter may name (without the ":part" suffix).
QStringList analysisVariables();
bool isDateVariable(QStringView variable);
// Outcome variables, whose lines the group-disclosure rule (P3) checks in StrictMode::Auto:
// maluppfyllelse, avslutsorsak and the brukarfrågor (b1a … b5).
bool isOutcomeVariable(QStringView variable);

// "aktualisering_datum:quarter" → {"aktualisering_datum", "quarter"}. Parts: year, quarter, month
// for dates; parent for insats.
struct VariableRef {
    QString variable;
    QString part;
    QString name() const { return part.isEmpty() ? variable : variable + QLatin1Char(':') + part; }
};
Result<VariableRef> parseVariableRef(QStringView text);

} // namespace folja::analysis
