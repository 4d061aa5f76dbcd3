#include "analysis/query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace folja::analysis {

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

QStringList fromArray(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QString dateString(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList analysisVariables()
{
    return {QStringLiteral("kon"),
            QStringLiteral("alder_grupp"),
            QStringLiteral("ursprung"),
            QStringLiteral("malgrupp"),
            QStringLiteral("enhet"),
            QStringLiteral("aktualiseringstyp"),
            QStringLiteral("aktualiseringsorsak"),
            QStringLiteral("tidigare_kontakt"),
            QStringLiteral("hushallstyp"),
            QStringLiteral("problematik"),
            QStringLiteral("insats"),
            QStringLiteral("avslutsorsak"),
            QStringLiteral("sip"),
            QStringLiteral("maluppfyllelse"),
            QStringLiteral("samverkan"),
            QStringLiteral("parallella_insatser"),
            QStringLiteral("genomforande"),
            QStringLiteral("b1a"),
            QStringLiteral("b1b"),
            QStringLiteral("b2"),
            QStringLiteral("b3"),
            QStringLiteral("b4"),
            QStringLiteral("b5"),
            QStringLiteral("aktualisering_datum"),
            QStringLiteral("beslut_datum"),
            QStringLiteral("verkstallande_datum"),
            QStringLiteral("avslut_datum"),
            QStringLiteral("uppfoljning_datum")};
}

bool isDateVariable(QStringView variable)
{
    return variable.endsWith(QLatin1String("_datum"));
}

bool isOutcomeVariable(QStringView variable)
{
    return variable == QLatin1String("maluppfyllelse") || variable == QLatin1String("avslutsorsak") ||
           (variable.size() >= 2 && variable.startsWith(QLatin1Char('b')) && variable.at(1).isDigit());
}

Result<VariableRef> parseVariableRef(QStringView text)
{
    VariableRef ref;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    ref.variable = (colon < 0 ? text : text.left(colon)).trimmed().toString();
    ref.part = colon < 0 ? QString() : text.mid(colon + 1).trimmed().toString();
    if (!analysisVariables().contains(ref.variable))
        return invalid(
            QCoreApplication::translate("folja::analysis", "Unknown analysis variable \"%1\".").arg(ref.variable));
    if (isDateVariable(ref.variable)) {
        if (ref.part.isEmpty())
            ref.part = QStringLiteral("year");
        if (ref.part != QLatin1String("year") && ref.part != QLatin1String("quarter") &&
            ref.part != QLatin1String("month"))
            return invalid(QCoreApplication::translate(
                               "folja::analysis", "A date variable is grouped by year, quarter or month, not \"%1\".")
                               .arg(ref.part));
    } else if (!ref.part.isEmpty() &&
               !(ref.variable == QLatin1String("insats") && ref.part == QLatin1String("parent"))) {
        return invalid(
            QCoreApplication::translate("folja::analysis", "\"%1\" has no part \"%2\".").arg(ref.variable, ref.part));
    }
    return ref;
}

identity::AgeBands Query::defaultAgeBands()
{
    auto bands = identity::AgeBands::parse(identity::AgeBands::defaultSpec());
    return bands.ok() ? bands.value() : identity::AgeBands();
}

Result<void> Query::validate() const
{
    if (dimensions.isEmpty() || dimensions.size() > 3)
        return invalid(QCoreApplication::translate("folja::analysis", "A table has one to three dimensions."));
    QStringList seen;
    for (const QString& d : dimensions) {
        const auto ref = parseVariableRef(d);
        if (!ref.ok())
            return ref.error();
        if (seen.contains(ref->name()))
            return invalid(QCoreApplication::translate("folja::analysis", "The dimension \"%1\" is given twice.")
                               .arg(ref->name()));
        seen.append(ref->name());
    }
    for (const Filter& f : filters) {
        const auto ref = parseVariableRef(f.variable);
        if (!ref.ok())
            return ref.error();
    }
    if (minCell < kMinMinCell || minCell > kMaxMinCell)
        return invalid(
            QCoreApplication::translate("folja::analysis", "The smallest shown count must be between %1 and %2.")
                .arg(kMinMinCell)
                .arg(kMaxMinCell));
    if (period.from.isValid() && period.to.isValid() && period.from > period.to)
        return invalid(QCoreApplication::translate("folja::analysis", "The period starts after it ends."));
    if (period.meaning == TimeMeaning::StatusOn && !period.isSet())
        return invalid(QCoreApplication::translate("folja::analysis", "A status count needs a date."));
    if (period.meaning == TimeMeaning::StatusOn && unit == Unit::Uppfoljning)
        return invalid(QCoreApplication::translate("folja::analysis",
                                                   "Uppföljningar are events; count them in a period, not on a date."));
    if (ageBands.bands().isEmpty())
        return invalid(QCoreApplication::translate("folja::analysis", "At least one age band is needed."));
    return {};
}

QStringList allowedPublicationAgeBands(const Query& query)
{
    QStringList out{Query::defaultAgeBands().spec()};
    for (const QString& preset : query.presetAgeBands) {
        const auto bands = identity::AgeBands::parse(preset);
        if (bands.ok() && !bands->bands().isEmpty() && !out.contains(bands->spec()))
            out.append(bands->spec());
    }
    return out;
}

Result<void> checkPublicationWindow(const Query& query)
{
    if (query.mode != Mode::Publicering || query.protection != ProtectionMethod::Suppression)
        return {};
    const QDate from = query.period.from;
    const QDate to = query.period.to;
    auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    if (query.period.meaning == TimeMeaning::StatusOn) {
        const QDate on = to.isValid() ? to : from;
        if (on.isValid() && on.day() != on.daysInMonth())
            return invalid(QCoreApplication::translate("folja::analysis",
                                                       "Published tables count a status on the last day of a month "
                                                       "only (so that tables cannot be compared day by day): %1 is "
                                                       "not; use %2.")
                               .arg(iso(on), iso(QDate(on.year(), on.month(), on.daysInMonth()))));
    } else {
        if (from.isValid() && from.day() != 1)
            return invalid(QCoreApplication::translate("folja::analysis",
                                                       "Published tables cover whole months only (so that tables "
                                                       "cannot be compared day by day): the period must start on the "
                                                       "first day of a month, not on %1; use %2.")
                               .arg(iso(from), iso(QDate(from.year(), from.month(), 1))));
        if (to.isValid() && to.day() != to.daysInMonth())
            return invalid(QCoreApplication::translate("folja::analysis",
                                                       "Published tables cover whole months only (so that tables "
                                                       "cannot be compared day by day): the period must end on the "
                                                       "last day of a month, not on %1; use %2.")
                               .arg(iso(to), iso(QDate(to.year(), to.month(), to.daysInMonth()))));
    }
    if (query.ageReference.isValid() && query.ageReference.day() != 1)
        return invalid(
            QCoreApplication::translate("folja::analysis",
                                        "Published tables count ages on the first day of a month only: "
                                        "the age reference date %1 is not; use %2.")
                .arg(iso(query.ageReference), iso(QDate(query.ageReference.year(), query.ageReference.month(), 1))));
    auto isAge = [](const QString& name) {
        const auto ref = parseVariableRef(name);
        return ref.ok() && ref->variable == QLatin1String("alder_grupp");
    };
    bool usesAge = std::any_of(query.dimensions.cbegin(), query.dimensions.cend(), isAge);
    for (const Filter& f : query.filters)
        usesAge = usesAge || isAge(f.variable);
    if (usesAge) {
        const QStringList allowed = allowedPublicationAgeBands(query);
        if (!allowed.contains(query.ageBands.spec()))
            return invalid(QCoreApplication::translate("folja::analysis",
                                                       "Published tables use preset age groups only (so that tables "
                                                       "cannot be compared year by year): %1 is not one of them. "
                                                       "Allowed: %2.")
                               .arg(query.ageBands.spec(), allowed.join(QStringLiteral("; "))));
    }
    return {};
}

QString unitCode(Unit unit)
{
    switch (unit) {
    case Unit::Person:
        return QStringLiteral("person");
    case Unit::Arende:
        return QStringLiteral("arende");
    case Unit::Insats:
        return QStringLiteral("insats");
    case Unit::Uppfoljning:
        return QStringLiteral("uppfoljning");
    }
    return {};
}

std::optional<Unit> unitFromCode(QStringView code)
{
    for (Unit u : {Unit::Person, Unit::Arende, Unit::Insats, Unit::Uppfoljning}) {
        if (code == unitCode(u))
            return u;
    }
    return std::nullopt;
}

QString timeMeaningCode(TimeMeaning meaning)
{
    switch (meaning) {
    case TimeMeaning::Events:
        return QStringLiteral("events");
    case TimeMeaning::StatusOn:
        return QStringLiteral("status_on");
    case TimeMeaning::ActiveDuring:
        return QStringLiteral("active_during");
    }
    return {};
}

std::optional<TimeMeaning> timeMeaningFromCode(QStringView code)
{
    for (TimeMeaning m : {TimeMeaning::Events, TimeMeaning::StatusOn, TimeMeaning::ActiveDuring}) {
        if (code == timeMeaningCode(m))
            return m;
    }
    return std::nullopt;
}

QString eventKindCode(EventKind kind)
{
    switch (kind) {
    case EventKind::Auto:
        return QStringLiteral("auto");
    case EventKind::Aktualisering:
        return QStringLiteral("aktualisering");
    case EventKind::Beslut:
        return QStringLiteral("beslut");
    case EventKind::Verkstallande:
        return QStringLiteral("verkstallande");
    case EventKind::Avslut:
        return QStringLiteral("avslut");
    case EventKind::Uppfoljning:
        return QStringLiteral("uppfoljning");
    }
    return {};
}

std::optional<EventKind> eventKindFromCode(QStringView code)
{
    for (EventKind k : {EventKind::Auto, EventKind::Aktualisering, EventKind::Beslut, EventKind::Verkstallande,
                        EventKind::Avslut, EventKind::Uppfoljning}) {
        if (code == eventKindCode(k))
            return k;
    }
    return std::nullopt;
}

QString modeCode(Mode mode)
{
    return mode == Mode::InternAnalys ? QStringLiteral("intern_analys") : QStringLiteral("publicering");
}

std::optional<Mode> modeFromCode(QStringView code)
{
    if (code == QLatin1String("publicering"))
        return Mode::Publicering;
    if (code == QLatin1String("intern_analys"))
        return Mode::InternAnalys;
    return std::nullopt;
}

QString strictModeCode(StrictMode mode)
{
    switch (mode) {
    case StrictMode::Auto:
        return QStringLiteral("auto");
    case StrictMode::On:
        return QStringLiteral("on");
    case StrictMode::Off:
        return QStringLiteral("off");
    }
    return {};
}

std::optional<StrictMode> strictModeFromCode(QStringView code)
{
    for (StrictMode m : {StrictMode::Auto, StrictMode::On, StrictMode::Off}) {
        if (code == strictModeCode(m))
            return m;
    }
    return std::nullopt;
}

QString aggregationCode(Aggregation aggregation)
{
    return aggregation == Aggregation::Auto ? QStringLiteral("auto") : QStringLiteral("off");
}

std::optional<Aggregation> aggregationFromCode(QStringView code)
{
    if (code == QLatin1String("off"))
        return Aggregation::Off;
    if (code == QLatin1String("auto"))
        return Aggregation::Auto;
    return std::nullopt;
}

QString protectionMethodCode(ProtectionMethod method)
{
    return method == ProtectionMethod::CellKey ? QStringLiteral("cell_key") : QStringLiteral("suppression");
}

std::optional<ProtectionMethod> protectionMethodFromCode(QStringView code)
{
    if (code == QLatin1String("suppression"))
        return ProtectionMethod::Suppression;
    if (code == QLatin1String("cell_key"))
        return ProtectionMethod::CellKey;
    return std::nullopt;
}

QByteArray Query::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), 1);
    o.insert(QStringLiteral("unit"), unitCode(unit));
    o.insert(QStringLiteral("dimensions"), toArray(dimensions));
    QJsonObject p;
    p.insert(QStringLiteral("from"), dateString(period.from));
    p.insert(QStringLiteral("to"), dateString(period.to));
    p.insert(QStringLiteral("meaning"), timeMeaningCode(period.meaning));
    p.insert(QStringLiteral("event"), eventKindCode(period.event));
    o.insert(QStringLiteral("period"), p);
    QJsonArray fs;
    for (const Filter& f : filters) {
        QJsonObject fo;
        fo.insert(QStringLiteral("variable"), f.variable);
        fo.insert(QStringLiteral("values"), toArray(f.values));
        fs.append(fo);
    }
    o.insert(QStringLiteral("filters"), fs);
    o.insert(QStringLiteral("age_bands"), ageBands.spec());
    o.insert(QStringLiteral("age_reference"), dateString(ageReference));
    o.insert(QStringLiteral("maluppfyllelse_at"), maluppfyllelseAt == MaluppfyllelseAt::AtAvslut
                                                      ? QStringLiteral("avslut")
                                                      : QStringLiteral("latest_in_period"));
    o.insert(QStringLiteral("min_cell"), minCell);
    o.insert(QStringLiteral("mode"), modeCode(mode));
    QJsonObject s;
    s.insert(QStringLiteral("malgrupper"), toArray(scope.malgrupper));
    s.insert(QStringLiteral("enheter"), toArray(scope.enheter));
    o.insert(QStringLiteral("scope"), s);
    o.insert(QStringLiteral("include_empty_categories"), includeEmptyCategories);
    o.insert(QStringLiteral("strict"), strictModeCode(strict));
    o.insert(QStringLiteral("aggregate"), aggregationCode(aggregate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Query> Query::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QCoreApplication::translate("folja::analysis", "The saved analysis is not valid JSON."));
    const QJsonObject o = doc.object();
    Query q;
    const auto unit = unitFromCode(o.value(QStringLiteral("unit")).toString());
    if (!unit)
        return invalid(QCoreApplication::translate("folja::analysis", "The saved analysis names an unknown unit."));
    q.unit = *unit;
    q.dimensions = fromArray(o.value(QStringLiteral("dimensions")));
    const QJsonObject p = o.value(QStringLiteral("period")).toObject();
    q.period.from = QDate::fromString(p.value(QStringLiteral("from")).toString(), Qt::ISODate);
    q.period.to = QDate::fromString(p.value(QStringLiteral("to")).toString(), Qt::ISODate);
    const auto meaning = timeMeaningFromCode(p.value(QStringLiteral("meaning")).toString(QStringLiteral("events")));
    const auto event = eventKindFromCode(p.value(QStringLiteral("event")).toString(QStringLiteral("auto")));
    if (!meaning || !event)
        return invalid(
            QCoreApplication::translate("folja::analysis", "The saved analysis has an unknown time selection."));
    q.period.meaning = *meaning;
    q.period.event = *event;
    const QJsonArray fs = o.value(QStringLiteral("filters")).toArray();
    for (const QJsonValue& v : fs) {
        const QJsonObject fo = v.toObject();
        q.filters.append(
            Filter{fo.value(QStringLiteral("variable")).toString(), fromArray(fo.value(QStringLiteral("values")))});
    }
    if (o.contains(QStringLiteral("age_bands"))) {
        auto bands = identity::AgeBands::parse(o.value(QStringLiteral("age_bands")).toString());
        if (!bands.ok())
            return bands.error();
        q.ageBands = bands.value();
    }
    q.ageReference = QDate::fromString(o.value(QStringLiteral("age_reference")).toString(), Qt::ISODate);
    q.maluppfyllelseAt = o.value(QStringLiteral("maluppfyllelse_at")).toString() == QLatin1String("avslut")
                             ? MaluppfyllelseAt::AtAvslut
                             : MaluppfyllelseAt::LatestInPeriod;
    q.minCell = o.value(QStringLiteral("min_cell")).toInt(kDefaultMinCell);
    const auto mode = modeFromCode(o.value(QStringLiteral("mode")).toString(QStringLiteral("publicering")));
    if (!mode)
        return invalid(QCoreApplication::translate("folja::analysis", "The saved analysis has an unknown mode."));
    q.mode = *mode;
    const QJsonObject s = o.value(QStringLiteral("scope")).toObject();
    q.scope.malgrupper = fromArray(s.value(QStringLiteral("malgrupper")));
    q.scope.enheter = fromArray(s.value(QStringLiteral("enheter")));
    q.includeEmptyCategories = o.value(QStringLiteral("include_empty_categories")).toBool(false);
    // Added after format 1 was first written: absent means the default.
    const auto strict = strictModeFromCode(o.value(QStringLiteral("strict")).toString(QStringLiteral("auto")));
    const auto aggregate = aggregationFromCode(o.value(QStringLiteral("aggregate")).toString(QStringLiteral("off")));
    if (!strict || !aggregate)
        return invalid(QCoreApplication::translate(
            "folja::analysis", "The saved analysis has an unknown disclosure-control setting (strict or aggregate)."));
    q.strict = *strict;
    q.aggregate = *aggregate;
    const Result<void> valid = q.validate();
    if (!valid.ok())
        return valid.error();
    return q;
}

} // namespace folja::analysis
