#pragma once

// The variable catalogue: SKR "Basinformation i socialtjänsten" 2024, the SKL 2019 variables
// that moved to SKR's restlista, the SKL 2019 brukarfrågor, and the SKL 2019 → SKR 2024 mappings.
// It is data (resources/catalog/catalog.json, compiled in as ":/catalog/catalog.json"), so a kommun
// can be given an updated file without a new build. On top of it sits the kommun's customisation:
// local sub-values that roll up to an SKR value, and variables or values hidden per målgrupp.
//
// Pointers handed out (const Variable*, const Value*) stay valid until the catalogue is modified
// (addLocalValue, removeLocalValue, applyCustomisation) or destroyed.

#include "catalog/types.h"
#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::catalog {

struct Source {
    QString code; // "SKR2024", "SKL2019"
    QString label;
};

// A KSI verksamhetsområde of the Insats value set ("YAA".."YAE").
struct Area {
    QString code;
    QString label;
    QString lagrum;
    QString note;
    MalgruppSet malgrupper;
};

struct MappingEntry {
    QString fromLabel;   // the SKL 2019 label, exactly as published
    QStringList to;      // candidate SKR 2024 codes; empty when there is no counterpart
    bool review = false; // the choice cannot be made mechanically, even knowing the målgrupp
    QString note;
    MalgruppSet malgrupper = MalgruppSet::all(); // the entry applies only to these målgrupper
};

struct Mapping {
    QString variable;
    QString fromVersion; // "SKL2019"
    QString toVersion;   // "SKR2024"
    QString note;
    QList<MappingEntry> entries;
};

struct MappingResult {
    bool found = false;       // the 2019 label is known
    QStringList codes;        // candidates valid for the målgrupp (all candidates without one)
    bool needsReview = false; // not exactly one selectable candidate, or the entry says so
    QStringList notes;
};

// A kommun's own sub-value, e.g. "Hemlöshet" under ORSAK.BOENDEPROBLEMATIK.
struct LocalValue {
    QString variable;
    QString code;
    QString label;
    QString parent;
};

// A variable (value empty) or a single value hidden for some målgrupper.
struct HiddenEntry {
    QString variable;
    QString value;
    MalgruppSet malgrupper;
};

// Everything a kommun changed on top of the catalogue file, as the store persists it.
struct Customisation {
    QList<LocalValue> localValues;
    QList<HiddenEntry> hidden;

    bool isEmpty() const { return localValues.isEmpty() && hidden.isEmpty(); }
    QByteArray toJson() const;
    static Result<Customisation> fromJson(const QByteArray& json);
};

class Catalog
{
public:
    enum class Selection {
        Selectable, // what a form offers: valid for the målgrupp, selectable, not hidden
        All,        // also non-selectable parents and hidden values (trees, analysis, old records)
    };
    enum class HideResult {
        Hidden,
        HiddenRequired, // hidden although the national set requires it: tell the user
        UnknownVariable,
    };

    static constexpr int kFormat = 1;

    Catalog() = default;

    static QString builtinPath();
    static Result<Catalog> loadBuiltin();
    static Result<Catalog> loadFile(const QString& path);
    static Result<Catalog> loadJson(const QByteArray& json);

    int format() const { return m_format; }
    QString version() const { return m_version; }
    QString title() const { return m_title; }
    const QList<Source>& sources() const { return m_sources; }
    QString malgruppLabel(Malgrupp malgrupp) const;
    QString stepLabel(Step step) const;
    const QList<Area>& areas() const { return m_areas; }
    const Area* area(QStringView code) const;

    const QList<Variable>& variables() const { return m_variables; }
    const Variable* variable(QStringView code) const;
    const Value* value(QStringView variableCode, QStringView valueCode) const;

    // Values of a coded variable for a målgrupp, in catalogue order (local values follow their
    // parent's subtree).
    QList<const Value*> valuesFor(const Variable& variable, Malgrupp malgrupp,
                                  Selection selection = Selection::Selectable) const;
    // The named value set ("BBIC"/"IBIC") that the variable uses for the målgrupp, or empty.
    QString valueSetFor(const Variable& variable, Malgrupp malgrupp) const;

    // Finds a value by its code, or by its exact Swedish label, source label or alias compared
    // with normaliseLabel(). With a målgrupp, values valid for it win, so "Kontaktperson" is
    // YAC.80.ZZ for BOU and YAB.20.ZZ for FUNK. Returns nullptr for unknown or ambiguous input.
    // The result may still be invalid for the målgrupp or not selectable: callers check that.
    const Value* resolve(const Variable& variable, QStringView codeOrLabel,
                         std::optional<Malgrupp> malgrupp = std::nullopt) const;

    // The nearest national (non-local) ancestor-or-self of a value: what statistics count.
    // Empty if the code is unknown.
    QString rollUp(const Variable& variable, QStringView valueCode) const;
    QString rollUp(QStringView variableCode, QStringView valueCode) const;

    const QList<Mapping>& mappings() const { return m_mappings; }
    const Mapping* mapping(QStringView variableCode) const;
    MappingResult mapFrom2019(QStringView variableCode, QStringView label,
                              std::optional<Malgrupp> malgrupp = std::nullopt) const;

    // Local deepening: only as a child of a selectable national value of the same variable; the
    // code must be new within the variable and the label unambiguous. Rolls up to the parent.
    Result<void> addLocalValue(const LocalValue& local);
    Result<void> removeLocalValue(QStringView variableCode, QStringView valueCode);

    HideResult hideVariable(QStringView code, Malgrupp malgrupp);
    void showVariable(QStringView code, Malgrupp malgrupp);
    bool isHidden(QStringView code, Malgrupp malgrupp) const;
    // Hidden variables that SKR's national set requires ([1] or [1..*]): for a warning.
    QList<const Variable*> hiddenRequiredVariables(Malgrupp malgrupp) const;

    Result<void> hideValue(QStringView variableCode, QStringView valueCode, Malgrupp malgrupp);
    void showValue(QStringView variableCode, QStringView valueCode, Malgrupp malgrupp);
    bool isValueHidden(QStringView variableCode, QStringView valueCode, Malgrupp malgrupp) const;

    Customisation customisation() const;
    // Replaces the current customisation; all-or-nothing: on error the catalogue is unchanged.
    Result<void> applyCustomisation(const Customisation& customisation);

private:
    struct LabelIndex {
        QHash<QString, int> byCode;       // exact code
        QHash<QString, int> byFoldedCode; // case-folded code
        QMultiHash<QString, int> byLabel; // normalised label and source label
        QMultiHash<QString, int> byAlias; // normalised alias
    };

    static QString hiddenValueKey(QStringView variableCode, QStringView valueCode);
    void rebuildIndex();
    Variable* mutableVariable(QStringView code);

    int m_format = 0;
    QString m_version;
    QString m_title;
    QList<Source> m_sources;
    QMap<Malgrupp, QString> m_malgruppLabels;
    QMap<Step, QString> m_stepLabels;
    QList<Area> m_areas;
    QList<Variable> m_variables;
    QList<Mapping> m_mappings;

    QHash<QString, int> m_variableIndex;
    QHash<QString, LabelIndex> m_labelIndex;
    QHash<QString, MalgruppSet> m_hiddenVariables;
    QHash<QString, MalgruppSet> m_hiddenValues;
};

} // namespace folja::catalog
