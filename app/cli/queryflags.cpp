// The query flags shared by folja-cli crosstab and report (INTERCHANGE.md §1): one reading, so
// the two commands accept and refuse exactly the same tables.

#include "access/settings.h"
#include "analysis/query.h"
#include "catalog/catalog.h"
#include "catalog/types.h"
#include "cli.h"
#include "identity/age.h"

#include <QDate>
#include <QRegularExpression>

using namespace folja;
using namespace folja::cli;

namespace {

std::optional<analysis::TimeMeaning> parseMeaning(const QString& text)
{
    if (text == QLatin1String("events"))
        return analysis::TimeMeaning::Events;
    if (text == QLatin1String("active"))
        return analysis::TimeMeaning::ActiveDuring;
    if (text == QLatin1String("status"))
        return analysis::TimeMeaning::StatusOn;
    return analysis::timeMeaningFromCode(text); // also the saved-analysis codes (active_during …)
}

} // namespace

int Cli::readQueryUsage(const Options& o, analysis::Query& query, std::optional<int>& minCellFlag)
{
    const QString rows = QStringLiteral("--rows"), cols = QStringLiteral("--cols"), layers = QStringLiteral("--layers"),
                  unit = QStringLiteral("--unit"), from = QStringLiteral("--from"), to = QStringLiteral("--to"),
                  malgrupp = QStringLiteral("--malgrupp"), minCell = QStringLiteral("--min-cell"),
                  meaning = QStringLiteral("--period-meaning"), statusDate = QStringLiteral("--status-date"),
                  ageBands = QStringLiteral("--age-bands"), filter = QStringLiteral("--filter");
    if (o.has(unit)) {
        const auto u = analysis::unitFromCode(o.value(unit));
        if (!u)
            return usage(tr("--unit must be insats, arende, person or uppfoljning, not \"%1\".").arg(o.value(unit)));
        query.unit = *u;
    }
    if (o.has(minCell)) {
        bool ok = false;
        const int k = o.value(minCell).toInt(&ok);
        if (!ok || k < access::Settings::kMinCellMin || k > access::Settings::kMinCellMax)
            return usage(tr("--min-cell must be a whole number from %1 to %2, not \"%3\".")
                             .arg(access::Settings::kMinCellMin)
                             .arg(access::Settings::kMinCellMax)
                             .arg(o.value(minCell)));
        minCellFlag = k;
    }
    if (const QString mode = QStringLiteral("--mode"); o.has(mode)) {
        // Read so that the refusal of intern analys is the access layer's (exit 1), not a usage error.
        const QString text = o.value(mode);
        if (text == QLatin1String("publicering"))
            query.mode = analysis::Mode::Publicering;
        else if (text == QLatin1String("intern") || text == QLatin1String("intern_analys"))
            query.mode = analysis::Mode::InternAnalys;
        else
            return usage(tr("--mode must be publicering or intern, not \"%1\".").arg(text));
    }
    if (o.has(meaning)) {
        const auto m = parseMeaning(o.value(meaning));
        if (!m)
            return usage(tr("--period-meaning must be events, active or status, not \"%1\".").arg(o.value(meaning)));
        query.period.meaning = *m;
    }
    if (o.has(statusDate) && (o.has(from) || o.has(to) || o.has(meaning)))
        return usage(tr("--status-date cannot be combined with --from, --to or --period-meaning."));
    if (o.has(layers) && !o.has(cols))
        return usage(tr("--layers needs --cols."));
    return kOk;
}

int Cli::readQueryValues(const Options& o, const catalog::Catalog& catalog, analysis::Query& query,
                         std::optional<int> minCellFlag)
{
    const QString rows = QStringLiteral("--rows"), cols = QStringLiteral("--cols"), layers = QStringLiteral("--layers"),
                  unit = QStringLiteral("--unit"), from = QStringLiteral("--from"), to = QStringLiteral("--to"),
                  malgrupp = QStringLiteral("--malgrupp"), minCell = QStringLiteral("--min-cell"),
                  meaning = QStringLiteral("--period-meaning"), statusDate = QStringLiteral("--status-date"),
                  ageBands = QStringLiteral("--age-bands"), filter = QStringLiteral("--filter");
    auto badValue = [&](const QString& flag, const QString& value, const QString& why) {
        return refused(tr("%1 \"%2\": %3").arg(flag, value, why));
    };
    for (const QString& flag : {rows, cols, layers}) {
        if (!o.has(flag))
            continue;
        const auto ref = analysis::parseVariableRef(o.value(flag));
        if (!ref)
            return badValue(flag, o.value(flag), ref.error().message);
        query.dimensions.append(ref->name());
    }
    for (const QString& flag : {from, to, statusDate}) {
        if (!o.has(flag))
            continue;
        const auto date = Cli::parseDate(o.value(flag));
        if (!date)
            return badValue(flag, o.value(flag), tr("not a date; use YYYY-MM-DD."));
        if (flag == from)
            query.period.from = *date;
        else if (flag == to)
            query.period.to = *date;
        else {
            query.period.from = query.period.to = *date;
            query.period.meaning = analysis::TimeMeaning::StatusOn;
        }
    }
    if (query.period.from.isValid() && query.period.to.isValid() && query.period.from > query.period.to)
        return refused(tr("--from %1 is after --to %2.").arg(o.value(from), o.value(to)));
    if (query.period.meaning == analysis::TimeMeaning::StatusOn && !query.period.isSet())
        return refused(tr("--period-meaning status needs the date in --to (or --from)."));
    if (o.has(ageBands)) {
        auto bands = identity::AgeBands::parse(o.value(ageBands));
        if (!bands)
            return badValue(ageBands, o.value(ageBands), bands.error().message);
        query.ageBands = bands.value();
    }
    if (o.has(malgrupp)) {
        analysis::Filter f{QStringLiteral("malgrupp"), {}};
        for (const QString& part : o.value(malgrupp).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString m = part.trimmed().toUpper();
            if (!catalog::malgruppFromCode(m))
                return badValue(malgrupp, part, tr("not a målgrupp; use BOU, VUX, ALDRE, FUNK or EKB."));
            f.values.append(m);
        }
        if (f.values.isEmpty())
            return badValue(malgrupp, o.value(malgrupp), tr("not a målgrupp; use BOU, VUX, ALDRE, FUNK or EKB."));
        query.filters.append(f);
    }
    for (const QString& text : o.values.value(filter)) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return badValue(filter, text, tr("use VAR=CODE or VAR=CODE,CODE."));
        const auto ref = analysis::parseVariableRef(QStringView(text).left(eq));
        if (!ref)
            return badValue(filter, text, ref.error().message);
        analysis::Filter f{ref->name(), {}};
        const catalog::Variable* variable = catalog.variable(ref->variable);
        for (const QString& part : text.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString value = part.trimmed();
            if (ref->variable == QLatin1String("malgrupp")) {
                if (!catalog::malgruppFromCode(value.toUpper()))
                    return badValue(filter, text, tr("\"%1\" is not a målgrupp.").arg(value));
                f.values.append(value.toUpper());
            } else if (variable && ref->part.isEmpty()) {
                const catalog::Value* v = catalog.resolve(*variable, value);
                if (!v)
                    return badValue(filter, text, tr("\"%1\" is not a value of %2.").arg(value, ref->variable));
                f.values.append(v->code);
            } else {
                f.values.append(value); // derived categories: age bands, "2024", "2024-Q1", enhet …
            }
        }
        if (f.values.isEmpty())
            return badValue(filter, text, tr("use VAR=CODE or VAR=CODE,CODE."));
        query.filters.append(f);
    }

    query.minCell = minCellFlag.value_or(access::Settings::kMinCellDefault);
    // Lead times may have no dimension (everyone) and trends have none: check the rest as a table.
    analysis::Query check = query;
    if (check.dimensions.isEmpty())
        check.dimensions = {QStringLiteral("kon")};
    if (auto valid = check.validate(); !valid)
        return failed(valid.error());
    return kOk;
}

// YYYY-MM-DD exactly, and a real date.
std::optional<QDate> Cli::parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int Cli::onlyOnce(const Options& o, const QStringList& repeatable)
{
    for (auto it = o.values.cbegin(); it != o.values.cend(); ++it) {
        if (!repeatable.contains(it.key()) && it.value().size() > 1)
            return usage(tr("The option %1 may be given only once.").arg(it.key()));
    }
    return kOk;
}
