// Reading and validating the catalogue file. A broken file is refused as a whole, with an error
// that names the entry (variable, value, mapping) so municipal IT can fix an edited file.

#include "catalog/catalog.h"
#include "catalog/textcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <initializer_list>

// Qt resources of a static library must be registered explicitly (outside any namespace).
static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog_data);
}

namespace folja::catalog {

namespace {

// Keeps the first error only: parsing continues on defaults after a failure, and a later,
// consequential complaint must not hide the real cause.
class Errors
{
public:
    void fail(const QString& where, const QString& what)
    {
        if (!m_first)
            m_first =
                makeError(ErrorCode::InvalidInput, where.isEmpty() ? what : QStringLiteral("%1: %2").arg(where, what));
    }
    bool failed() const { return m_first.has_value(); }
    const Error& error() const { return *m_first; }

private:
    std::optional<Error> m_first;
};

enum class TextKind {
    Text, // labels, help, notes: Latin letters, digits, punctuation and spaces
    ValueCode,
    VariableCode,
};

// Typed, checked access to one JSON object. Unknown keys are refused: a misspelt optional key
// ("selectible") would otherwise silently fall back to its default.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString where, Errors& errors,
                 std::initializer_list<const char*> allowedKeys)
        : m_object(object)
        , m_where(std::move(where))
        , m_errors(errors)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : allowedKeys) {
                if (it.key() == QLatin1String(key)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                m_errors.fail(
                    m_where,
                    QCoreApplication::translate("folja::catalog::Catalog", "unknown field \"%1\"").arg(it.key()));
            }
        }
    }

    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }

    QString string(const char* key, bool required, TextKind kind = TextKind::Text) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                missing(key);
            return {};
        }
        if (!value.isString()) {
            m_errors.fail(m_where,
                          QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" must be a string")
                              .arg(QLatin1String(key)));
            return {};
        }
        const QString text = value.toString();
        if (text.trimmed().isEmpty()) {
            m_errors.fail(m_where, QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" is empty")
                                       .arg(QLatin1String(key)));
            return {};
        }
        checkText(text, QLatin1String(key), kind);
        return text;
    }

    bool boolean(const char* key, bool defaultValue) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return defaultValue;
        if (!value.isBool()) {
            m_errors.fail(m_where,
                          QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" must be true or false")
                              .arg(QLatin1String(key)));
            return defaultValue;
        }
        return value.toBool();
    }

    std::optional<int> integer(const char* key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined()) {
            missing(key);
            return std::nullopt;
        }
        const double number = value.toDouble(-1.5);
        if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number))) {
            m_errors.fail(m_where,
                          QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" must be a whole number")
                              .arg(QLatin1String(key)));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    QJsonArray array(const char* key, bool required) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                missing(key);
            return {};
        }
        if (!value.isArray()) {
            m_errors.fail(m_where, QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" must be a list")
                                       .arg(QLatin1String(key)));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const char* key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject()) {
            m_errors.fail(m_where,
                          QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" must be an object")
                              .arg(QLatin1String(key)));
            return {};
        }
        return value.toObject();
    }

    // A list of strings; each is checked like string().
    QStringList strings(const char* key, bool required, TextKind kind) const
    {
        QStringList result;
        const QJsonArray items = array(key, required);
        for (const QJsonValue& item : items) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                m_errors.fail(m_where, QCoreApplication::translate("folja::catalog::Catalog",
                                                                   "field \"%1\" must be a list of non-empty strings")
                                           .arg(QLatin1String(key)));
                return {};
            }
            checkText(item.toString(), QLatin1String(key), kind);
            result.append(item.toString());
        }
        return result;
    }

    // Omitted means all five målgrupper; an explicit list must be non-empty and known.
    MalgruppSet malgrupper(const char* key) const
    {
        if (!has(key))
            return MalgruppSet::all();
        const QStringList codes = strings(key, true, TextKind::ValueCode);
        MalgruppSet set;
        for (const QString& code : codes) {
            const std::optional<Malgrupp> malgrupp = malgruppFromCode(code);
            if (!malgrupp) {
                m_errors.fail(
                    m_where,
                    QCoreApplication::translate("folja::catalog::Catalog", "unknown target group \"%1\"").arg(code));
                return MalgruppSet::all();
            }
            set.insert(*malgrupp);
        }
        if (set.isEmpty() && !m_errors.failed()) {
            m_errors.fail(m_where,
                          QCoreApplication::translate("folja::catalog::Catalog", "field \"%1\" lists no target group")
                              .arg(QLatin1String(key)));
            return MalgruppSet::all();
        }
        return set;
    }

    const QString& where() const { return m_where; }

private:
    void missing(const char* key) const
    {
        m_errors.fail(m_where, QCoreApplication::translate("folja::catalog::Catalog", "missing required field \"%1\"")
                                   .arg(QLatin1String(key)));
    }

    void checkText(const QString& text, QLatin1String key, TextKind kind) const
    {
        switch (kind) {
        case TextKind::Text:
            if (const std::optional<char32_t> bad = detail::firstForbiddenChar(text)) {
                m_errors.fail(m_where,
                              QCoreApplication::translate("folja::catalog::Catalog",
                                                          "character %1 is not allowed in field \"%2\" (only Latin "
                                                          "letters, digits, punctuation and spaces)")
                                  .arg(detail::describeChar(*bad), key));
            }
            break;
        case TextKind::ValueCode:
            if (!detail::isValidValueCode(text)) {
                m_errors.fail(m_where, QCoreApplication::translate("folja::catalog::Catalog",
                                                                   "invalid code \"%1\" in field \"%2\"")
                                           .arg(text, key));
            }
            break;
        case TextKind::VariableCode:
            if (!detail::isValidVariableCode(text)) {
                m_errors.fail(m_where, QCoreApplication::translate("folja::catalog::Catalog",
                                                                   "invalid variable code \"%1\" in field \"%2\"")
                                           .arg(text, key));
            }
            break;
        }
    }

    QJsonObject m_object;
    QString m_where;
    Errors& m_errors;
};

QString topLocation()
{
    return QCoreApplication::translate("folja::catalog::Catalog", "catalogue");
}

QString variableLocation(const QString& code, int index)
{
    if (code.isEmpty())
        return QCoreApplication::translate("folja::catalog::Catalog", "variable no. %1").arg(index + 1);
    return QCoreApplication::translate("folja::catalog::Catalog", "variable \"%1\"").arg(code);
}

QString valueLocation(const QString& variable, const QString& code, int index)
{
    if (code.isEmpty()) {
        return QCoreApplication::translate("folja::catalog::Catalog", "variable \"%1\", value no. %2")
            .arg(variable)
            .arg(index + 1);
    }
    return QCoreApplication::translate("folja::catalog::Catalog", "variable \"%1\", value \"%2\"").arg(variable, code);
}

QString mappingLocation(const QString& variable, int index)
{
    if (variable.isEmpty())
        return QCoreApplication::translate("folja::catalog::Catalog", "mapping no. %1").arg(index + 1);
    return QCoreApplication::translate("folja::catalog::Catalog", "mapping of variable \"%1\"").arg(variable);
}

QString entryLocation(const QString& variable, const QString& fromLabel, int index)
{
    if (fromLabel.isEmpty()) {
        return QCoreApplication::translate("folja::catalog::Catalog", "mapping of variable \"%1\", entry no. %2")
            .arg(variable)
            .arg(index + 1);
    }
    return QCoreApplication::translate("folja::catalog::Catalog", "mapping of variable \"%1\", entry \"%2\"")
        .arg(variable, fromLabel);
}

QJsonObject objectAt(const QJsonArray& array, qsizetype index, const QString& where, Errors& errors)
{
    const QJsonValue item = array.at(index);
    if (!item.isObject()) {
        errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog", "entry must be an object"));
        return {};
    }
    return item.toObject();
}

QList<Source> parseSources(const QJsonArray& array, Errors& errors)
{
    QList<Source> sources;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString fallback = QCoreApplication::translate("folja::catalog::Catalog", "source no. %1").arg(i + 1);
        ObjectReader reader(objectAt(array, i, fallback, errors), fallback, errors, {"code", "label"});
        Source source{reader.string("code", true, TextKind::ValueCode), reader.string("label", true)};
        if (!source.code.isEmpty() && seen.contains(source.code)) {
            errors.fail(
                fallback,
                QCoreApplication::translate("folja::catalog::Catalog", "duplicate source \"%1\"").arg(source.code));
        }
        seen.insert(source.code);
        sources.append(source);
    }
    return sources;
}

QMap<Malgrupp, QString> parseMalgrupper(const QJsonArray& array, Errors& errors)
{
    QMap<Malgrupp, QString> labels;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QCoreApplication::translate("folja::catalog::Catalog", "target group no. %1").arg(i + 1);
        ObjectReader reader(objectAt(array, i, where, errors), where, errors, {"code", "label"});
        const QString code = reader.string("code", true, TextKind::ValueCode);
        const QString label = reader.string("label", true);
        const std::optional<Malgrupp> malgrupp = malgruppFromCode(code);
        if (!code.isEmpty() && !malgrupp) {
            errors.fail(
                where, QCoreApplication::translate("folja::catalog::Catalog", "unknown target group \"%1\"").arg(code));
        } else if (malgrupp && labels.contains(*malgrupp)) {
            errors.fail(
                where,
                QCoreApplication::translate("folja::catalog::Catalog", "duplicate target group \"%1\"").arg(code));
        } else if (malgrupp) {
            labels.insert(*malgrupp, label);
        }
    }
    if (!errors.failed() && labels.size() != static_cast<qsizetype>(kAllMalgrupper.size())) {
        errors.fail(topLocation(), QCoreApplication::translate("folja::catalog::Catalog",
                                                               "the catalogue must list all five target groups"));
    }
    return labels;
}

QMap<Step, QString> parseSteps(const QJsonArray& array, Errors& errors)
{
    QMap<Step, QString> labels;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QCoreApplication::translate("folja::catalog::Catalog", "step no. %1").arg(i + 1);
        ObjectReader reader(objectAt(array, i, where, errors), where, errors, {"code", "label"});
        const QString code = reader.string("code", true, TextKind::VariableCode);
        const QString label = reader.string("label", true);
        const std::optional<Step> step = stepFromCode(code);
        if (!code.isEmpty() && !step) {
            errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog", "unknown step \"%1\"").arg(code));
        } else if (step && labels.contains(*step)) {
            errors.fail(where,
                        QCoreApplication::translate("folja::catalog::Catalog", "duplicate step \"%1\"").arg(code));
        } else if (step) {
            labels.insert(*step, label);
        }
    }
    if (!errors.failed() && labels.size() != 6) {
        errors.fail(topLocation(), QCoreApplication::translate("folja::catalog::Catalog",
                                                               "the catalogue must list all six process steps"));
    }
    return labels;
}

QList<Area> parseAreas(const QJsonArray& array, Errors& errors)
{
    QList<Area> areas;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString fallback = QCoreApplication::translate("folja::catalog::Catalog", "area no. %1").arg(i + 1);
        ObjectReader reader(objectAt(array, i, fallback, errors), fallback, errors,
                            {"code", "label", "lagrum", "note", "malgrupper"});
        Area area;
        area.code = reader.string("code", true, TextKind::ValueCode);
        area.label = reader.string("label", true);
        area.lagrum = reader.string("lagrum", false);
        area.note = reader.string("note", false);
        area.malgrupper = reader.malgrupper("malgrupper");
        if (!area.code.isEmpty() && seen.contains(area.code)) {
            errors.fail(fallback,
                        QCoreApplication::translate("folja::catalog::Catalog", "duplicate area \"%1\"").arg(area.code));
        }
        seen.insert(area.code);
        areas.append(area);
    }
    return areas;
}

Value parseValue(const QJsonObject& object, const QString& variable, int index, const QSet<QString>& areaCodes,
                 Errors& errors)
{
    const QString provisional = valueLocation(variable, object.value(QLatin1String("code")).toString(), index);
    ObjectReader reader(object, provisional, errors,
                        {"code", "label", "label_source", "parent", "value_set", "verksamhetsomrade", "note", "aliases",
                         "malgrupper", "selectable", "uncertain", "exclusive"});
    Value value;
    value.code = reader.string("code", true, TextKind::ValueCode);
    value.label = reader.string("label", true);
    value.sourceLabel = reader.string("label_source", false);
    if (value.sourceLabel.isEmpty())
        value.sourceLabel = value.label;
    value.parent = reader.string("parent", false, TextKind::ValueCode);
    value.valueSet = reader.string("value_set", false, TextKind::ValueCode);
    value.area = reader.string("verksamhetsomrade", false, TextKind::ValueCode);
    value.note = reader.string("note", false);
    value.aliases = reader.strings("aliases", false, TextKind::Text);
    value.malgrupper = reader.malgrupper("malgrupper");
    value.selectable = reader.boolean("selectable", true);
    value.uncertain = reader.boolean("uncertain", false);
    value.exclusive = reader.boolean("exclusive", false);
    if (!value.area.isEmpty() && !areaCodes.contains(value.area)) {
        errors.fail(provisional,
                    QCoreApplication::translate("folja::catalog::Catalog", "unknown area \"%1\"").arg(value.area));
    }
    return value;
}

struct ParsedVariable {
    Variable variable;
    QString valuesFrom;
    QJsonObject conditionObject;
    bool hasCondition = false;
};

ParsedVariable parseVariable(const QJsonObject& object, int index, const QSet<QString>& sourceCodes,
                             const QSet<QString>& areaCodes, Errors& errors)
{
    const QString provisional = variableLocation(object.value(QLatin1String("code")).toString(), index);
    ObjectReader reader(object, provisional, errors,
                        {"code", "label", "help", "note", "source", "source_type", "type", "cardinality", "step",
                         "level", "comment_allowed", "derived", "condition", "values", "values_from"});
    ParsedVariable parsed;
    Variable& variable = parsed.variable;
    variable.code = reader.string("code", true, TextKind::VariableCode);
    variable.label = reader.string("label", true);
    variable.help = reader.string("help", true);
    variable.note = reader.string("note", false);
    variable.source = reader.string("source", true, TextKind::ValueCode);
    variable.sourceType = reader.string("source_type", false, TextKind::ValueCode);
    variable.commentAllowed = reader.boolean("comment_allowed", false);
    variable.derived = reader.boolean("derived", false);

    if (!variable.source.isEmpty() && !sourceCodes.contains(variable.source)) {
        errors.fail(
            provisional,
            QCoreApplication::translate("folja::catalog::Catalog", "unknown source \"%1\"").arg(variable.source));
    }
    const QString type = reader.string("type", true, TextKind::Text);
    if (const auto parsedType = dataTypeFromCode(type))
        variable.type = *parsedType;
    else if (!type.isEmpty())
        errors.fail(provisional,
                    QCoreApplication::translate("folja::catalog::Catalog", "unknown type \"%1\"").arg(type));
    const QString cardinality = reader.string("cardinality", true, TextKind::Text);
    if (const auto parsedCardinality = cardinalityFromCode(cardinality))
        variable.cardinality = *parsedCardinality;
    else if (!cardinality.isEmpty())
        errors.fail(
            provisional,
            QCoreApplication::translate("folja::catalog::Catalog", "unknown cardinality \"%1\"").arg(cardinality));
    const QString step = reader.string("step", true, TextKind::Text);
    if (const auto parsedStep = stepFromCode(step))
        variable.step = *parsedStep;
    else if (!step.isEmpty())
        errors.fail(provisional,
                    QCoreApplication::translate("folja::catalog::Catalog", "unknown step \"%1\"").arg(step));
    const QString level = reader.string("level", true, TextKind::Text);
    if (const auto parsedLevel = levelFromCode(level))
        variable.level = *parsedLevel;
    else if (!level.isEmpty())
        errors.fail(provisional,
                    QCoreApplication::translate("folja::catalog::Catalog", "unknown level \"%1\"").arg(level));

    parsed.valuesFrom = reader.string("values_from", false, TextKind::VariableCode);
    if (reader.has("condition")) {
        parsed.hasCondition = true;
        parsed.conditionObject = reader.object("condition");
    }

    const QJsonArray values = reader.array("values", false);
    QSet<QString> seenCodes;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int valueIndex = static_cast<int>(i);
        const QJsonObject valueObject = objectAt(values, i, valueLocation(variable.code, {}, valueIndex), errors);
        Value value = parseValue(valueObject, variable.code, valueIndex, areaCodes, errors);
        if (!value.code.isEmpty() && seenCodes.contains(value.code)) {
            errors.fail(valueLocation(variable.code, value.code, valueIndex),
                        QCoreApplication::translate("folja::catalog::Catalog", "duplicate value code"));
        }
        seenCodes.insert(value.code);
        variable.values.append(value);
    }
    if (reader.has("values") && reader.has("values_from")) {
        errors.fail(provisional, QCoreApplication::translate("folja::catalog::Catalog",
                                                             "\"values\" and \"values_from\" exclude each other"));
    }
    return parsed;
}

// Parents, cycles, målgrupp consistency and label ambiguity of one variable's values.
void checkHierarchy(const Variable& variable, Errors& errors)
{
    QHash<QString, const Value*> byCode;
    for (const Value& value : variable.values)
        byCode.insert(value.code, &value);

    for (qsizetype i = 0; i < variable.values.size(); ++i) {
        const Value& value = variable.values.at(i);
        const QString where = valueLocation(variable.code, value.code, static_cast<int>(i));
        if (value.parent.isEmpty())
            continue;
        const Value* parent = byCode.value(value.parent);
        if (!parent) {
            errors.fail(
                where,
                QCoreApplication::translate("folja::catalog::Catalog", "unknown parent \"%1\"").arg(value.parent));
            return;
        }
        // Walking up more steps than there are values means we are going round in circles.
        const Value* current = &value;
        for (qsizetype steps = 0; current && !current->parent.isEmpty(); ++steps) {
            if (steps > variable.values.size()) {
                errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                               "the parents of this value form a cycle"));
                return;
            }
            current = byCode.value(current->parent);
        }
        if (!parent->malgrupper.containsAll(value.malgrupper)) {
            errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                           "valid for target groups its parent \"%1\" is not")
                                   .arg(parent->code));
            return;
        }
    }

    // Two values with the same label for the same målgrupp would make resolve() ambiguous.
    for (qsizetype i = 0; i < variable.values.size(); ++i) {
        const Value& value = variable.values.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const Value& other = variable.values.at(j);
            if (!value.malgrupper.intersects(other.malgrupper))
                continue;
            for (const QString& label : {value.label, value.sourceLabel}) {
                const QString normalised = normaliseLabel(label);
                if (normalised == normaliseLabel(other.label) || normalised == normaliseLabel(other.sourceLabel)) {
                    errors.fail(valueLocation(variable.code, value.code, static_cast<int>(i)),
                                QCoreApplication::translate("folja::catalog::Catalog",
                                                            "the label \"%1\" is also used by value \"%2\"")
                                    .arg(label, other.code));
                    return;
                }
            }
        }
    }
}

QList<Mapping> parseMappings(const QJsonArray& array, const QList<Variable>& variables, Errors& errors)
{
    QHash<QString, const Variable*> byCode;
    for (const Variable& variable : variables)
        byCode.insert(variable.code, &variable);

    QList<Mapping> mappings;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int index = static_cast<int>(i);
        const QJsonObject object = objectAt(array, i, mappingLocation({}, index), errors);
        const QString where = mappingLocation(object.value(QLatin1String("variable")).toString(), index);
        ObjectReader reader(object, where, errors, {"variable", "from_version", "to_version", "note", "entries"});
        Mapping mapping;
        mapping.variable = reader.string("variable", true, TextKind::VariableCode);
        mapping.fromVersion = reader.string("from_version", true, TextKind::ValueCode);
        mapping.toVersion = reader.string("to_version", true, TextKind::ValueCode);
        mapping.note = reader.string("note", false);
        const QJsonArray entries = reader.array("entries", true);
        const Variable* variable = byCode.value(mapping.variable);
        if (!mapping.variable.isEmpty() && !variable) {
            errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog", "unknown variable \"%1\"")
                                   .arg(mapping.variable));
        }
        const QString key = mapping.variable + u'\n' + mapping.fromVersion;
        if (!mapping.variable.isEmpty() && seen.contains(key)) {
            errors.fail(where,
                        QCoreApplication::translate("folja::catalog::Catalog", "the variable has two mappings from %1")
                            .arg(mapping.fromVersion));
        }
        seen.insert(key);

        for (qsizetype j = 0; j < entries.size(); ++j) {
            const int entryIndex = static_cast<int>(j);
            const QJsonObject entryObject =
                objectAt(entries, j, entryLocation(mapping.variable, {}, entryIndex), errors);
            const QString entryWhere =
                entryLocation(mapping.variable, entryObject.value(QLatin1String("from_label")).toString(), entryIndex);
            ObjectReader entryReader(entryObject, entryWhere, errors,
                                     {"from_label", "to", "review", "note", "malgrupper"});
            MappingEntry entry;
            entry.fromLabel = entryReader.string("from_label", true);
            entry.to = entryReader.strings("to", true, TextKind::ValueCode);
            entry.review = entryReader.boolean("review", false);
            entry.note = entryReader.string("note", false);
            entry.malgrupper = entryReader.malgrupper("malgrupper");
            if (variable) {
                for (const QString& code : std::as_const(entry.to)) {
                    if (!variable->value(code)) {
                        errors.fail(
                            entryWhere,
                            QCoreApplication::translate("folja::catalog::Catalog", "unknown value \"%1\"").arg(code));
                    }
                }
            }
            if (entry.to.isEmpty() && !entry.review) {
                errors.fail(entryWhere, QCoreApplication::translate("folja::catalog::Catalog",
                                                                    "an entry without targets must be marked for "
                                                                    "review"));
            }
            for (const MappingEntry& earlier : std::as_const(mapping.entries)) {
                if (normaliseLabel(earlier.fromLabel) == normaliseLabel(entry.fromLabel) &&
                    earlier.malgrupper.intersects(entry.malgrupper)) {
                    errors.fail(entryWhere, QCoreApplication::translate("folja::catalog::Catalog",
                                                                        "the label is mapped twice for the same "
                                                                        "target group"));
                }
            }
            mapping.entries.append(entry);
        }
        mappings.append(mapping);
    }
    return mappings;
}

} // namespace

QString Catalog::builtinPath()
{
    return QStringLiteral(":/catalog/catalog.json");
}

Result<Catalog> Catalog::loadBuiltin()
{
    initCatalogResource();
    QFile file(builtinPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("folja::catalog::Catalog", "the built-in catalogue is missing"));
    }
    return loadJson(file.readAll());
}

Result<Catalog> Catalog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("folja::catalog::Catalog",
                                                                    "cannot read the catalogue file \"%1\": %2")
                                            .arg(path, file.errorString()));
    }
    return loadJson(file.readAll());
}

Result<Catalog> Catalog::loadJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("folja::catalog::Catalog", "the catalogue is not valid JSON: %1 (at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("folja::catalog::Catalog", "the catalogue must be a JSON object"));
    }

    Errors errors;
    ObjectReader top(document.object(), topLocation(), errors,
                     {"format", "catalog_version", "title", "sources", "malgrupper", "steps", "verksamhetsomraden",
                      "variables", "mappings"});
    // The format decides how everything else is read, so check it before anything else.
    const std::optional<int> format = top.integer("format");
    if (errors.failed())
        return errors.error();
    if (*format != kFormat) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("folja::catalog::Catalog",
                                                     "unsupported catalogue format %1 (this program reads format %2)")
                             .arg(*format)
                             .arg(kFormat));
    }

    Catalog catalog;
    catalog.m_format = *format;
    catalog.m_version = top.string("catalog_version", true, TextKind::ValueCode);
    catalog.m_title = top.string("title", false);
    catalog.m_sources = parseSources(top.array("sources", true), errors);
    catalog.m_malgruppLabels = parseMalgrupper(top.array("malgrupper", true), errors);
    catalog.m_stepLabels = parseSteps(top.array("steps", true), errors);
    catalog.m_areas = parseAreas(top.array("verksamhetsomraden", false), errors);
    if (errors.failed())
        return errors.error();

    QSet<QString> sourceCodes;
    for (const Source& source : std::as_const(catalog.m_sources))
        sourceCodes.insert(source.code);
    QSet<QString> areaCodes;
    for (const Area& area : std::as_const(catalog.m_areas))
        areaCodes.insert(area.code);

    const QJsonArray variableArray = top.array("variables", true);
    QList<ParsedVariable> parsed;
    QHash<QString, int> indexByCode;
    for (qsizetype i = 0; i < variableArray.size(); ++i) {
        const int index = static_cast<int>(i);
        const QJsonObject object = objectAt(variableArray, i, variableLocation({}, index), errors);
        ParsedVariable variable = parseVariable(object, index, sourceCodes, areaCodes, errors);
        if (errors.failed())
            return errors.error();
        if (indexByCode.contains(variable.variable.code)) {
            errors.fail(variableLocation(variable.variable.code, index),
                        QCoreApplication::translate("folja::catalog::Catalog", "duplicate variable code"));
            return errors.error();
        }
        indexByCode.insert(variable.variable.code, index);
        parsed.append(variable);
    }

    // Shared value sets (problematik uses aktualiseringsorsak's), then per-variable checks.
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        ParsedVariable& current = parsed[i];
        const QString where = variableLocation(current.variable.code, static_cast<int>(i));
        if (!current.valuesFrom.isEmpty()) {
            const int source = indexByCode.value(current.valuesFrom, -1);
            if (source < 0 || !parsed.at(source).valuesFrom.isEmpty()) {
                errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                               "\"values_from\" names \"%1\", which is not a "
                                                               "variable with its own values")
                                       .arg(current.valuesFrom));
                return errors.error();
            }
            current.variable.values = parsed.at(source).variable.values;
        }
        const Variable& variable = current.variable;
        if (variable.isCoded() && variable.values.isEmpty()) {
            errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog", "a coded variable needs values"));
            return errors.error();
        }
        if (!variable.isCoded() && !variable.values.isEmpty()) {
            errors.fail(where,
                        QCoreApplication::translate("folja::catalog::Catalog", "only coded variables may have values"));
            return errors.error();
        }
        checkHierarchy(variable, errors);
        if (errors.failed())
            return errors.error();
    }

    // Conditions refer to other variables, so they are resolved once all are known.
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        ParsedVariable& current = parsed[i];
        if (!current.hasCondition)
            continue;
        const QString where = variableLocation(current.variable.code, static_cast<int>(i));
        ObjectReader reader(current.conditionObject, where, errors, {"variable", "values"});
        Condition condition;
        condition.variables = reader.strings("variable", true, TextKind::VariableCode);
        condition.values = reader.strings("values", true, TextKind::ValueCode);
        if (!errors.failed() && (condition.variables.isEmpty() || condition.values.isEmpty())) {
            errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                           "a condition needs variables and values"));
        }
        for (const QString& code : std::as_const(condition.variables)) {
            const int target = indexByCode.value(code, -1);
            if (target < 0 || target == static_cast<int>(i)) {
                errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                               "the condition names unknown variable \"%1\"")
                                       .arg(code));
                break;
            }
            for (const QString& valueCode : std::as_const(condition.values)) {
                if (!parsed.at(target).variable.value(valueCode)) {
                    errors.fail(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                                   "the condition names value \"%1\", which "
                                                                   "variable \"%2\" does not have")
                                           .arg(valueCode, code));
                }
            }
        }
        if (errors.failed())
            return errors.error();
        current.variable.condition = condition;
    }

    for (const ParsedVariable& variable : std::as_const(parsed))
        catalog.m_variables.append(variable.variable);

    catalog.m_mappings = parseMappings(top.array("mappings", false), catalog.m_variables, errors);
    if (errors.failed())
        return errors.error();

    catalog.rebuildIndex();
    return catalog;
}

} // namespace folja::catalog
