#include "catalog/types.h"

#include <bit>

namespace folja::catalog {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, QStringView>, N>& table, QStringView code)
{
    for (const auto& [value, name] : table) {
        if (name == code)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString toCode(const std::array<std::pair<Enum, QStringView>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

constexpr std::array<std::pair<Malgrupp, QStringView>, 5> kMalgruppCodes{{
    {Malgrupp::Bou, u"BOU"},
    {Malgrupp::Vux, u"VUX"},
    {Malgrupp::Aldre, u"ALDRE"},
    {Malgrupp::Funk, u"FUNK"},
    {Malgrupp::Ekb, u"EKB"},
}};

constexpr std::array<std::pair<Level, QStringView>, 4> kLevelCodes{{
    {Level::Person, u"person"},
    {Level::Arende, u"arende"},
    {Level::Insats, u"insats"},
    {Level::Uppfoljning, u"uppfoljning"},
}};

constexpr std::array<std::pair<Step, QStringView>, 6> kStepCodes{{
    {Step::Aktualisera, u"aktualisera"},
    {Step::Utreda, u"utreda"},
    {Step::Besluta, u"besluta"},
    {Step::Genomfora, u"genomfora"},
    {Step::FoljaUpp, u"folja_upp"},
    {Step::Avsluta, u"avsluta"},
}};

constexpr std::array<std::pair<DataType, QStringView>, 5> kDataTypeCodes{{
    {DataType::Identifier, u"identifier"},
    {DataType::Integer, u"integer"},
    {DataType::Coded, u"coded"},
    {DataType::Text, u"text"},
    {DataType::Date, u"date"},
}};

constexpr std::array<std::pair<Cardinality, QStringView>, 4> kCardinalityCodes{{
    {Cardinality::One, u"1"},
    {Cardinality::ZeroOrOne, u"0..1"},
    {Cardinality::OneOrMore, u"1..*"},
    {Cardinality::ZeroOrMore, u"0..*"},
}};

} // namespace

QString malgruppCode(Malgrupp malgrupp)
{
    return toCode(kMalgruppCodes, malgrupp);
}

std::optional<Malgrupp> malgruppFromCode(QStringView code)
{
    return fromCode(kMalgruppCodes, code);
}

int MalgruppSet::size() const
{
    return std::popcount(m_bits);
}

QList<Malgrupp> MalgruppSet::toList() const
{
    QList<Malgrupp> list;
    for (Malgrupp malgrupp : kAllMalgrupper) {
        if (contains(malgrupp))
            list.append(malgrupp);
    }
    return list;
}

QStringList MalgruppSet::codes() const
{
    QStringList list;
    for (Malgrupp malgrupp : kAllMalgrupper) {
        if (contains(malgrupp))
            list.append(malgruppCode(malgrupp));
    }
    return list;
}

QString levelCode(Level level)
{
    return toCode(kLevelCodes, level);
}

std::optional<Level> levelFromCode(QStringView code)
{
    return fromCode(kLevelCodes, code);
}

QString stepCode(Step step)
{
    return toCode(kStepCodes, step);
}

std::optional<Step> stepFromCode(QStringView code)
{
    return fromCode(kStepCodes, code);
}

QString dataTypeCode(DataType type)
{
    return toCode(kDataTypeCodes, type);
}

std::optional<DataType> dataTypeFromCode(QStringView code)
{
    return fromCode(kDataTypeCodes, code);
}

QString cardinalityCode(Cardinality cardinality)
{
    return toCode(kCardinalityCodes, cardinality);
}

std::optional<Cardinality> cardinalityFromCode(QStringView code)
{
    return fromCode(kCardinalityCodes, code);
}

bool isMulti(Cardinality cardinality)
{
    return cardinality == Cardinality::OneOrMore || cardinality == Cardinality::ZeroOrMore;
}

bool isRequired(Cardinality cardinality)
{
    return cardinality == Cardinality::One || cardinality == Cardinality::OneOrMore;
}

QString normaliseLabel(QStringView text)
{
    // NFC first: a label typed on macOS arrives decomposed (a + combining ring), and simplified()
    // must see the same code points as the catalogue.
    return text.toString().normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

const Value* Variable::value(QStringView code) const
{
    for (const Value& candidate : values) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

QList<const Value*> Variable::children(QStringView parentCode) const
{
    QList<const Value*> result;
    for (const Value& candidate : values) {
        if (!candidate.parent.isEmpty() && candidate.parent == parentCode)
            result.append(&candidate);
    }
    return result;
}

bool Variable::hasChildren(QStringView code) const
{
    if (code.isEmpty())
        return false;
    for (const Value& candidate : values) {
        if (candidate.parent == code)
            return true;
    }
    return false;
}

bool Variable::isNational() const
{
    return source == u"SKR2024";
}

} // namespace folja::catalog
