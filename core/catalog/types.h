#pragma once

// The vocabulary of the variable catalogue: målgrupper, process steps, levels, data types,
// cardinalities, and the Value / Variable records the catalogue file is made of.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace folja::catalog {

// The five målgrupper SKR's målgrupp matrix and the KSI verksamhetsområden are split by.
enum class Malgrupp : std::uint8_t { Bou, Vux, Aldre, Funk, Ekb };

inline constexpr std::array<Malgrupp, 5> kAllMalgrupper{Malgrupp::Bou, Malgrupp::Vux, Malgrupp::Aldre, Malgrupp::Funk,
                                                        Malgrupp::Ekb};

// "BOU", "VUX", "ALDRE", "FUNK", "EKB": the codes of the CSV column `malgrupp` and of the file.
QString malgruppCode(Malgrupp malgrupp);
std::optional<Malgrupp> malgruppFromCode(QStringView code);

// A set of målgrupper. A value whose file entry lists no målgrupper is valid for all five.
class MalgruppSet
{
public:
    constexpr MalgruppSet() = default;
    static constexpr MalgruppSet all() { return MalgruppSet(kAllBits); }
    static constexpr MalgruppSet of(Malgrupp malgrupp) { return MalgruppSet(bit(malgrupp)); }

    constexpr bool contains(Malgrupp malgrupp) const { return (m_bits & bit(malgrupp)) != 0; }
    constexpr void insert(Malgrupp malgrupp) { m_bits = static_cast<std::uint8_t>(m_bits | bit(malgrupp)); }
    constexpr void remove(Malgrupp malgrupp) { m_bits = static_cast<std::uint8_t>(m_bits & ~bit(malgrupp)); }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr bool isAll() const { return m_bits == kAllBits; }
    constexpr bool containsAll(MalgruppSet other) const { return (m_bits & other.m_bits) == other.m_bits; }
    constexpr bool intersects(MalgruppSet other) const { return (m_bits & other.m_bits) != 0; }
    constexpr bool operator==(const MalgruppSet&) const = default;

    int size() const;
    QList<Malgrupp> toList() const;
    QStringList codes() const;

private:
    static constexpr std::uint8_t kAllBits = 0x1F;
    constexpr explicit MalgruppSet(std::uint8_t bits)
        : m_bits(bits)
    {}
    static constexpr std::uint8_t bit(Malgrupp malgrupp)
    {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(malgrupp));
    }

    std::uint8_t m_bits = 0;
};

// The record a variable is registered on (persons, ärenden, insatser, uppföljningar).
enum class Level { Person, Arende, Insats, Uppfoljning };
// Socialstyrelsen's process steps as used by SKL 2019 (step 4 "Utforma uppdrag" has no variables).
enum class Step { Aktualisera, Utreda, Besluta, Genomfora, FoljaUpp, Avsluta };
// How Följa stores an answer. The datatype as SKR publishes it is in Variable::sourceType.
enum class DataType { Identifier, Integer, Coded, Text, Date };
// SKR's "Antal värden": [1], [0..1], [1..*], [0..*].
enum class Cardinality { One, ZeroOrOne, OneOrMore, ZeroOrMore };

QString levelCode(Level level);
std::optional<Level> levelFromCode(QStringView code);
QString stepCode(Step step);
std::optional<Step> stepFromCode(QStringView code);
QString dataTypeCode(DataType type);
std::optional<DataType> dataTypeFromCode(QStringView code);
QString cardinalityCode(Cardinality cardinality);
std::optional<Cardinality> cardinalityFromCode(QStringView code);

bool isMulti(Cardinality cardinality);
bool isRequired(Cardinality cardinality);

// How coded cells and labels are compared: Unicode NFC, whitespace runs collapsed to one space,
// trimmed, case-folded. Both sides of a comparison must go through this.
QString normaliseLabel(QStringView text);

struct Value {
    QString code;        // stable code (KSI code for insats); never a list position
    QString label;       // display label; obvious typos of the source corrected
    QString sourceLabel; // exactly as SKR/SKL publish it; equal to label when nothing was corrected
    QString parent;      // parent value's code in the same variable (KSI hierarchy, local deepening)
    QString valueSet;    // named sub-set, e.g. "BBIC"/"IBIC" for maluppfyllelse
    QString area;        // KSI verksamhetsområde of an insats ("YAA".."YAE")
    QString note;        // oddities of the source worth knowing
    QStringList aliases; // other exact names that resolve to this value (e.g. "Kontaktperson")
    MalgruppSet malgrupper = MalgruppSet::all();
    bool selectable = true; // false for parents that must be refined (e.g. YAA.05.00 Hemtjänst)
    bool uncertain = false; // "Vet ej", "Går inte att bedöma" …: an answer, not a missing value
    bool exclusive = false; // may not be combined with other values of a multi-valued variable
    bool local = false;     // the kommun's own deepening, added through Catalog::addLocalValue

    bool validFor(Malgrupp malgrupp) const { return malgrupper.contains(malgrupp); }
};

// A conditional question: asked only when one of `variables` holds one of `values`.
struct Condition {
    QStringList variables;
    QStringList values;
};

struct Variable {
    QString code; // public CSV column / analysis VAR name, e.g. "problematik"
    QString label;
    QString help; // the source's definition (for brukarfrågor: the exact question)
    QString note;
    QString source;     // "SKR2024" or "SKL2019"
    QString sourceType; // datatype as published: II, INT, CD_CV, ST, TS
    DataType type = DataType::Coded;
    Cardinality cardinality = Cardinality::ZeroOrOne;
    Step step = Step::Aktualisera;
    Level level = Level::Arende;
    bool commentAllowed = false;
    bool derived = false; // computed from person_id (kon, alder), never entered
    std::optional<Condition> condition;
    QList<Value> values;

    // nullptr if the variable has no value with this exact code.
    const Value* value(QStringView code) const;
    QList<const Value*> children(QStringView parentCode) const;
    bool hasChildren(QStringView code) const;

    bool isCoded() const { return type == DataType::Coded; }
    bool isMulti() const { return catalog::isMulti(cardinality); }
    bool isRequired() const { return catalog::isRequired(cardinality); }
    // Part of SKR's national Basinformation (as opposed to SKL 2019 extras).
    bool isNational() const;
};

} // namespace folja::catalog
