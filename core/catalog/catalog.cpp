#include "catalog/catalog.h"

#include "catalog/textcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace folja::catalog {

namespace {

Error invalid(const QString& where, const QString& what)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(where, what));
}

QString localLocation(const QString& variable, const QString& code)
{
    return QCoreApplication::translate("folja::catalog::Catalog", "local value \"%1\" of variable \"%2\"")
        .arg(code, variable);
}

// The distinct values among candidates, narrowed to those valid for the målgrupp if one is given.
QList<int> distinctValid(const Variable& variable, const QList<int>& candidates, std::optional<Malgrupp> malgrupp)
{
    QList<int> result;
    for (int index : candidates) {
        if (result.contains(index))
            continue;
        if (malgrupp && !variable.values.at(index).validFor(*malgrupp))
            continue;
        result.append(index);
    }
    return result;
}

} // namespace

QString Catalog::malgruppLabel(Malgrupp malgrupp) const
{
    return m_malgruppLabels.value(malgrupp, malgruppCode(malgrupp));
}

QString Catalog::stepLabel(Step step) const
{
    return m_stepLabels.value(step, stepCode(step));
}

const Area* Catalog::area(QStringView code) const
{
    for (const Area& candidate : m_areas) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

const Variable* Catalog::variable(QStringView code) const
{
    const auto it = m_variableIndex.constFind(code.toString());
    if (it == m_variableIndex.constEnd())
        return nullptr;
    return &m_variables.at(it.value());
}

const Value* Catalog::value(QStringView variableCode, QStringView valueCode) const
{
    const Variable* owner = variable(variableCode);
    return owner ? owner->value(valueCode) : nullptr;
}

QList<const Value*> Catalog::valuesFor(const Variable& variable, Malgrupp malgrupp, Selection selection) const
{
    QList<const Value*> result;
    for (const Value& value : variable.values) {
        if (!value.validFor(malgrupp))
            continue;
        if (selection == Selection::Selectable &&
            (!value.selectable || isValueHidden(variable.code, value.code, malgrupp))) {
            continue;
        }
        result.append(&value);
    }
    return result;
}

QString Catalog::valueSetFor(const Variable& variable, Malgrupp malgrupp) const
{
    QString found;
    for (const Value& value : variable.values) {
        if (!value.validFor(malgrupp) || value.valueSet.isEmpty())
            continue;
        if (!found.isEmpty() && found != value.valueSet)
            return {}; // mixed sets for one målgrupp: there is no single answer
        found = value.valueSet;
    }
    return found;
}

const Value* Catalog::resolve(const Variable& variable, QStringView codeOrLabel, std::optional<Malgrupp> malgrupp) const
{
    const auto indexIt = m_labelIndex.constFind(variable.code);
    if (indexIt == m_labelIndex.constEnd() || codeOrLabel.trimmed().isEmpty())
        return nullptr;
    const LabelIndex& index = indexIt.value();
    const QString trimmed = codeOrLabel.trimmed().toString();

    if (const auto it = index.byCode.constFind(trimmed); it != index.byCode.constEnd())
        return &variable.values.at(it.value());
    if (const auto it = index.byFoldedCode.constFind(trimmed.toCaseFolded()); it != index.byFoldedCode.constEnd())
        return &variable.values.at(it.value());

    // Labels before aliases: "Kontaktperson" is the exact SKR label of the LSS value, and the
    // aliases of the SoL and BoU values must not make it ambiguous for FUNK. Values valid for the
    // målgrupp before all values: if none is valid, a unique match is still returned so that the
    // caller can say "not valid for this målgrupp" rather than "unknown value".
    const QString key = normaliseLabel(codeOrLabel);
    const QList<std::optional<Malgrupp>> passes = malgrupp ? QList<std::optional<Malgrupp>>{malgrupp, std::nullopt}
                                                           : QList<std::optional<Malgrupp>>{std::nullopt};
    for (const std::optional<Malgrupp>& filter : passes) {
        for (const QMultiHash<QString, int>* tier : {&index.byLabel, &index.byAlias}) {
            const QList<int> found = distinctValid(variable, tier->values(key), filter);
            if (found.size() == 1)
                return &variable.values.at(found.constFirst());
            if (found.size() > 1)
                return nullptr; // ambiguous
        }
    }
    return nullptr;
}

QString Catalog::rollUp(const Variable& variable, QStringView valueCode) const
{
    const Value* current = variable.value(valueCode);
    // The hierarchy is acyclic (checked at load and on addLocalValue); the bound is a safety net.
    for (qsizetype steps = 0; current && current->local && steps <= variable.values.size(); ++steps)
        current = variable.value(current->parent);
    return current && !current->local ? current->code : QString();
}

QString Catalog::rollUp(QStringView variableCode, QStringView valueCode) const
{
    const Variable* owner = variable(variableCode);
    return owner ? rollUp(*owner, valueCode) : QString();
}

const Mapping* Catalog::mapping(QStringView variableCode) const
{
    for (const Mapping& candidate : m_mappings) {
        if (candidate.variable == variableCode)
            return &candidate;
    }
    return nullptr;
}

MappingResult Catalog::mapFrom2019(QStringView variableCode, QStringView label, std::optional<Malgrupp> malgrupp) const
{
    MappingResult result;
    const Mapping* table = mapping(variableCode);
    const Variable* target = variable(variableCode);
    if (!table || !target)
        return result;

    const QString key = normaliseLabel(label);
    bool entryReview = false;
    for (const MappingEntry& entry : table->entries) {
        if (normaliseLabel(entry.fromLabel) != key)
            continue;
        result.found = true;
        if (malgrupp && !entry.malgrupper.contains(*malgrupp))
            continue;
        entryReview = entryReview || entry.review;
        if (!entry.note.isEmpty() && !result.notes.contains(entry.note))
            result.notes.append(entry.note);
        for (const QString& code : entry.to) {
            const Value* value = target->value(code);
            if (!value || (malgrupp && !value->validFor(*malgrupp)) || result.codes.contains(code))
                continue;
            result.codes.append(code);
        }
    }
    if (!result.found)
        return result;

    bool allSelectable = true;
    for (const QString& code : std::as_const(result.codes))
        allSelectable = allSelectable && target->value(code)->selectable;
    result.needsReview = entryReview || result.codes.size() != 1 || !allSelectable;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Customisation

Result<void> Catalog::addLocalValue(const LocalValue& local)
{
    const QString where = localLocation(local.variable, local.code);
    Variable* owner = mutableVariable(local.variable);
    if (!owner) {
        return invalid(
            where,
            QCoreApplication::translate("folja::catalog::Catalog", "unknown variable \"%1\"").arg(local.variable));
    }
    if (!owner->isCoded()) {
        return invalid(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                          "only coded variables can have local values"));
    }
    if (!detail::isValidValueCode(local.code)) {
        return invalid(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                          "a code may hold only the letters A-Z, digits, '.', "
                                                          "'_' and '-'"));
    }
    if (owner->value(local.code)) {
        return invalid(
            where, QCoreApplication::translate("folja::catalog::Catalog", "the code is already used in this variable"));
    }
    if (local.label.trimmed().isEmpty())
        return invalid(where, QCoreApplication::translate("folja::catalog::Catalog", "the label is empty"));
    if (const std::optional<char32_t> bad = detail::firstForbiddenChar(local.label)) {
        return invalid(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                          "character %1 is not allowed in a label (only Latin "
                                                          "letters, digits, punctuation and spaces)")
                                  .arg(detail::describeChar(*bad)));
    }
    const Value* parent = owner->value(local.parent);
    if (!parent) {
        return invalid(
            where, QCoreApplication::translate("folja::catalog::Catalog", "unknown parent \"%1\"").arg(local.parent));
    }
    // Statistics count the parent, so it must be a national value that can itself be recorded.
    if (parent->local || !parent->selectable) {
        return invalid(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                          "the parent \"%1\" is not a selectable national value")
                                  .arg(local.parent));
    }
    const QString normalised = normaliseLabel(local.label);
    for (const Value& existing : std::as_const(owner->values)) {
        if (existing.malgrupper.intersects(parent->malgrupper) &&
            (normaliseLabel(existing.label) == normalised || normaliseLabel(existing.sourceLabel) == normalised)) {
            return invalid(where, QCoreApplication::translate("folja::catalog::Catalog",
                                                              "the label \"%1\" is also used by value \"%2\"")
                                      .arg(local.label, existing.code));
        }
    }

    Value value;
    value.code = local.code;
    value.label = local.label.simplified();
    value.sourceLabel = value.label;
    value.parent = parent->code;
    value.area = parent->area;
    value.valueSet = parent->valueSet;
    value.malgrupper = parent->malgrupper;
    value.uncertain = parent->uncertain;
    value.local = true;

    // Insert after the parent's subtree so that lists read as a tree.
    qsizetype insertAt = owner->values.size();
    QSet<QString> subtree{parent->code};
    for (qsizetype i = 0; i < owner->values.size(); ++i) {
        if (owner->values.at(i).code == parent->code) {
            insertAt = i + 1;
            for (qsizetype j = i + 1; j < owner->values.size() && subtree.contains(owner->values.at(j).parent); ++j) {
                subtree.insert(owner->values.at(j).code);
                insertAt = j + 1;
            }
            break;
        }
    }
    owner->values.insert(insertAt, value);
    rebuildIndex();
    return {};
}

Result<void> Catalog::removeLocalValue(QStringView variableCode, QStringView valueCode)
{
    const QString where = localLocation(variableCode.toString(), valueCode.toString());
    Variable* owner = mutableVariable(variableCode);
    const Value* existing = owner ? owner->value(valueCode) : nullptr;
    if (!existing || !existing->local) {
        return invalid(where, QCoreApplication::translate("folja::catalog::Catalog", "no such local value"));
    }
    owner->values.removeIf([&](const Value& value) { return value.code == valueCode; });
    m_hiddenValues.remove(hiddenValueKey(variableCode, valueCode));
    rebuildIndex();
    return {};
}

Catalog::HideResult Catalog::hideVariable(QStringView code, Malgrupp malgrupp)
{
    const Variable* target = variable(code);
    if (!target)
        return HideResult::UnknownVariable;
    m_hiddenVariables[target->code].insert(malgrupp);
    return target->isNational() && target->isRequired() ? HideResult::HiddenRequired : HideResult::Hidden;
}

void Catalog::showVariable(QStringView code, Malgrupp malgrupp)
{
    const auto it = m_hiddenVariables.find(code.toString());
    if (it == m_hiddenVariables.end())
        return;
    it->remove(malgrupp);
    if (it->isEmpty())
        m_hiddenVariables.erase(it);
}

bool Catalog::isHidden(QStringView code, Malgrupp malgrupp) const
{
    return m_hiddenVariables.value(code.toString()).contains(malgrupp);
}

QList<const Variable*> Catalog::hiddenRequiredVariables(Malgrupp malgrupp) const
{
    QList<const Variable*> result;
    for (const Variable& candidate : m_variables) {
        if (candidate.isNational() && candidate.isRequired() && isHidden(candidate.code, malgrupp))
            result.append(&candidate);
    }
    return result;
}

Result<void> Catalog::hideValue(QStringView variableCode, QStringView valueCode, Malgrupp malgrupp)
{
    if (!value(variableCode, valueCode)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("folja::catalog::Catalog", "variable \"%1\" has no value \"%2\"")
                             .arg(variableCode.toString(), valueCode.toString()));
    }
    m_hiddenValues[hiddenValueKey(variableCode, valueCode)].insert(malgrupp);
    return {};
}

void Catalog::showValue(QStringView variableCode, QStringView valueCode, Malgrupp malgrupp)
{
    const auto it = m_hiddenValues.find(hiddenValueKey(variableCode, valueCode));
    if (it == m_hiddenValues.end())
        return;
    it->remove(malgrupp);
    if (it->isEmpty())
        m_hiddenValues.erase(it);
}

bool Catalog::isValueHidden(QStringView variableCode, QStringView valueCode, Malgrupp malgrupp) const
{
    if (m_hiddenValues.isEmpty())
        return false;
    return m_hiddenValues.value(hiddenValueKey(variableCode, valueCode)).contains(malgrupp);
}

Customisation Catalog::customisation() const
{
    Customisation result;
    for (const Variable& variable : m_variables) {
        for (const Value& value : variable.values) {
            if (value.local)
                result.localValues.append(LocalValue{variable.code, value.code, value.label, value.parent});
        }
        if (const auto it = m_hiddenVariables.constFind(variable.code); it != m_hiddenVariables.constEnd())
            result.hidden.append(HiddenEntry{variable.code, {}, it.value()});
        for (const Value& value : variable.values) {
            const auto it = m_hiddenValues.constFind(hiddenValueKey(variable.code, value.code));
            if (it != m_hiddenValues.constEnd())
                result.hidden.append(HiddenEntry{variable.code, value.code, it.value()});
        }
    }
    return result;
}

Result<void> Catalog::applyCustomisation(const Customisation& customisation)
{
    // Work on a copy with the current customisation removed, and swap only when all of it applied.
    Catalog candidate = *this;
    for (Variable& variable : candidate.m_variables)
        variable.values.removeIf([](const Value& value) { return value.local; });
    candidate.m_hiddenVariables.clear();
    candidate.m_hiddenValues.clear();
    candidate.rebuildIndex();

    // Local values may be listed before the local values they would depend on are known; they
    // never depend on each other (parents are national), so one pass suffices.
    for (const LocalValue& local : customisation.localValues) {
        const Result<void> added = candidate.addLocalValue(local);
        if (!added.ok())
            return added.error();
    }
    for (const HiddenEntry& entry : customisation.hidden) {
        for (Malgrupp malgrupp : entry.malgrupper.toList()) {
            if (entry.value.isEmpty()) {
                if (candidate.hideVariable(entry.variable, malgrupp) == HideResult::UnknownVariable) {
                    return makeError(
                        ErrorCode::InvalidInput,
                        QCoreApplication::translate("folja::catalog::Catalog", "cannot hide unknown variable \"%1\"")
                            .arg(entry.variable));
                }
            } else {
                const Result<void> hidden = candidate.hideValue(entry.variable, entry.value, malgrupp);
                if (!hidden.ok())
                    return makeError(ErrorCode::InvalidInput, hidden.error().message);
            }
        }
    }
    *this = std::move(candidate);
    return {};
}

QString Catalog::hiddenValueKey(QStringView variableCode, QStringView valueCode)
{
    return variableCode.toString() + u'\n' + valueCode.toString();
}

Variable* Catalog::mutableVariable(QStringView code)
{
    const auto it = m_variableIndex.constFind(code.toString());
    if (it == m_variableIndex.constEnd())
        return nullptr;
    return &m_variables[it.value()];
}

void Catalog::rebuildIndex()
{
    m_variableIndex.clear();
    m_labelIndex.clear();
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        const Variable& variable = m_variables.at(i);
        m_variableIndex.insert(variable.code, static_cast<int>(i));
        LabelIndex index;
        for (qsizetype j = 0; j < variable.values.size(); ++j) {
            const Value& value = variable.values.at(j);
            const int position = static_cast<int>(j);
            index.byCode.insert(value.code, position);
            index.byFoldedCode.insert(value.code.toCaseFolded(), position);
            index.byLabel.insert(normaliseLabel(value.label), position);
            if (value.sourceLabel != value.label)
                index.byLabel.insert(normaliseLabel(value.sourceLabel), position);
            for (const QString& alias : value.aliases)
                index.byAlias.insert(normaliseLabel(alias), position);
        }
        m_labelIndex.insert(variable.code, index);
    }
}

// ---------------------------------------------------------------------------------------------
// Customisation as JSON, for the store

QByteArray Customisation::toJson() const
{
    QJsonArray locals;
    for (const LocalValue& local : localValues) {
        locals.append(QJsonObject{{QStringLiteral("variable"), local.variable},
                                  {QStringLiteral("code"), local.code},
                                  {QStringLiteral("label"), local.label},
                                  {QStringLiteral("parent"), local.parent}});
    }
    QJsonArray hiddenArray;
    for (const HiddenEntry& entry : hidden) {
        QJsonObject object{{QStringLiteral("variable"), entry.variable},
                           {QStringLiteral("malgrupper"), QJsonArray::fromStringList(entry.malgrupper.codes())}};
        if (!entry.value.isEmpty())
            object.insert(QStringLiteral("value"), entry.value);
        hiddenArray.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), Catalog::kFormat},
                           {QStringLiteral("local_values"), locals},
                           {QStringLiteral("hidden"), hiddenArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Customisation> Customisation::fromJson(const QByteArray& json)
{
    const auto broken = [](const QString& detail) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("folja::catalog::Catalog", "the customisation is damaged: %1").arg(detail));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return broken(parseError.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toInt() != Catalog::kFormat)
        return broken(QStringLiteral("format"));

    Customisation result;
    const QJsonArray locals = root.value(QStringLiteral("local_values")).toArray();
    for (const QJsonValue& item : locals) {
        const QJsonObject object = item.toObject();
        LocalValue local{
            object.value(QStringLiteral("variable")).toString(), object.value(QStringLiteral("code")).toString(),
            object.value(QStringLiteral("label")).toString(), object.value(QStringLiteral("parent")).toString()};
        if (local.variable.isEmpty() || local.code.isEmpty() || local.label.isEmpty() || local.parent.isEmpty())
            return broken(QStringLiteral("local_values"));
        result.localValues.append(local);
    }
    const QJsonArray hiddenArray = root.value(QStringLiteral("hidden")).toArray();
    for (const QJsonValue& item : hiddenArray) {
        const QJsonObject object = item.toObject();
        HiddenEntry entry;
        entry.variable = object.value(QStringLiteral("variable")).toString();
        entry.value = object.value(QStringLiteral("value")).toString();
        const QJsonArray codes = object.value(QStringLiteral("malgrupper")).toArray();
        for (const QJsonValue& code : codes) {
            const std::optional<Malgrupp> malgrupp = malgruppFromCode(code.toString());
            if (!malgrupp)
                return broken(code.toString());
            entry.malgrupper.insert(*malgrupp);
        }
        if (entry.variable.isEmpty() || entry.malgrupper.isEmpty())
            return broken(QStringLiteral("hidden"));
        result.hidden.append(entry);
    }
    return result;
}

} // namespace folja::catalog
