// S6: aggregation before suppression. Each step rewrites the query (or the "Övriga" merges) and
// tabulates again; a step stays only when it hides a smaller share of the table.

#include "analysis/aggregation.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace folja::analysis::detail {

namespace {

// Aggregate while more than this share of the non-zero interior cells would be hidden.
constexpr double kAggregateAbove = 0.25;

// Adjacent, contiguous age bands merged pairwise from the youngest:
// "0-13,14-21,22-64,65-79,80-" becomes "0-21,22-79,80-".
std::optional<identity::AgeBands> widerBands(const identity::AgeBands& bands)
{
    const QList<identity::AgeBand>& in = bands.bands();
    QStringList parts;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (i + 1 < in.size() && in.at(i).to >= 0 && in.at(i + 1).from == in.at(i).to + 1) {
            parts.append(identity::AgeBand{in.at(i).from, in.at(i + 1).to}.label());
            ++i;
        } else {
            parts.append(in.at(i).label());
        }
    }
    if (parts.size() == in.size())
        return std::nullopt;
    auto parsed = identity::AgeBands::parse(parts.join(QLatin1Char(',')));
    if (!parsed.ok())
        return std::nullopt;
    return parsed.value();
}

// Valid categories of dimension d (not missing, not uncertain, not already "Övriga") more than
// half of whose non-zero interior cells are hidden; with one such category the next smallest joins
// it, and at least one valid category always stays outside "Övriga".
QStringList sparseCategories(const CrossTab& t, int d)
{
    const TableDimension& dim = t.dimensions.at(d);
    if (dim.isSplit())
        return {}; // "Övriga" would add values of the two måluppfyllelse scales
    struct Candidate {
        int index = 0;
        qint64 margin = 0;
        bool sparse = false;
    };
    std::vector<Candidate> valid;
    const int dims = t.layout.dimensions();
    for (qsizetype i = 0; i < dim.categories.size(); ++i) {
        const Category& c = dim.categories.at(i);
        if (c.isMissing || c.isUncertain || c.code == otherCategoryCode())
            continue;
        Candidate cand;
        cand.index = static_cast<int>(i);
        int nonZero = 0;
        int hidden = 0;
        for (int cell = 0; cell < t.layout.cellCount(); ++cell) {
            const std::vector<int> at = t.layout.coordinates(cell);
            if (at[static_cast<std::size_t>(d)] != i)
                continue;
            bool interior = true;
            bool margin = true;
            for (int e = 0; e < dims; ++e) {
                if (e == d)
                    continue;
                const bool total = at[static_cast<std::size_t>(e)] >= t.layout.size(e);
                interior = interior && !total;
                margin = margin && total;
            }
            const TableCell& tc = t.cells[static_cast<std::size_t>(cell)];
            if (margin)
                cand.margin += tc.n; // one cell, or one per måluppfyllelse scale
            // Small (primary) cells only: the secondary pattern depends on the whole table and
            // would make a large category that merely partners small ones look sparse.
            if (interior && tc.n > 0) {
                ++nonZero;
                hidden += tc.suppressed() && tc.n < t.minCell ? 1 : 0;
            }
        }
        cand.sparse = nonZero > 0 && 2 * hidden > nonZero;
        valid.push_back(cand);
    }
    if (valid.size() < 3)
        return {};
    std::vector<Candidate> sparse;
    std::vector<Candidate> rest;
    for (const Candidate& c : valid)
        (c.sparse ? sparse : rest).push_back(c);
    auto smaller = [](const Candidate& a, const Candidate& b) {
        return a.margin != b.margin ? a.margin < b.margin : a.index < b.index;
    };
    std::sort(sparse.begin(), sparse.end(), smaller);
    std::sort(rest.begin(), rest.end(), smaller);
    if (sparse.size() == 1 && !rest.empty()) {
        sparse.push_back(rest.front());
        rest.erase(rest.begin());
    }
    if (rest.empty() && !sparse.empty()) { // keep the largest outside
        rest.push_back(sparse.back());
        sparse.pop_back();
    }
    if (sparse.size() < 2)
        return {};
    std::sort(sparse.begin(), sparse.end(), [](const Candidate& a, const Candidate& b) { return a.index < b.index; });
    QStringList codes;
    for (const Candidate& c : sparse)
        codes.append(dim.categories.at(c.index).code);
    return codes;
}

struct Candidate {
    QString key; // identifies the step, so a rejected step is not tried again
    Query query;
    AggregationPlan plan;
};

// The next steps to try on `table` (built from `query` and `plan`), in their fixed order.
std::vector<Candidate> candidates(const CrossTab& table, const Query& query, const AggregationPlan& plan,
                                  const QStringList& asked)
{
    std::vector<Candidate> out;
    auto step = [&](int d, const QString& action, const QString& from, const QString& to, const QString& text) {
        Candidate c;
        c.key = action + QLatin1Char(':') + QString::number(d) + QLatin1Char(':') + to;
        c.query = query;
        c.plan = plan;
        AggregationStep s;
        s.dimension = asked.value(d);
        s.action = action;
        s.from = from;
        s.to = to;
        s.description = text;
        c.plan.steps.append(s);
        return c;
    };
    bool ageFiltered = false;
    for (const Filter& f : query.filters)
        ageFiltered = ageFiltered || f.variable.startsWith(QLatin1String("alder_grupp"));
    const int asks = static_cast<int>(query.dimensions.size());
    // Catalogue levels first: insats to its KSI parent, wider age bands, coarser dates.
    for (int d = 0; d < asks; ++d) {
        const VariableRef ref = parseVariableRef(query.dimensions.at(d)).value();
        const QString label = table.dimensions.at(d).label;
        if (ref.variable == QLatin1String("insats") && ref.part.isEmpty()) {
            Candidate c =
                step(d, QStringLiteral("parent"), ref.name(), QStringLiteral("insats:parent"),
                     QCoreApplication::translate("folja::analysis",
                                                 "Insatser are shown at their KSI parent level so that fewer values "
                                                 "need to be hidden."));
            c.query.dimensions[d] = QStringLiteral("insats:parent");
            out.push_back(std::move(c));
        } else if (ref.variable == QLatin1String("alder_grupp") && !ageFiltered) {
            if (const auto wider = widerBands(query.ageBands)) {
                Candidate c =
                    step(d, QStringLiteral("age_bands"), query.ageBands.spec(), wider->spec(),
                         QCoreApplication::translate(
                             "folja::analysis", "Age groups have been widened (%1 instead of %2) so that fewer values "
                                                "need to be hidden.")
                             .arg(wider->spec(), query.ageBands.spec()));
                c.query.ageBands = *wider;
                out.push_back(std::move(c));
            }
        } else if (isDateVariable(ref.variable) && ref.part != QLatin1String("year")) {
            const bool month = ref.part == QLatin1String("month");
            const QString to = ref.variable + (month ? QStringLiteral(":quarter") : QStringLiteral(":year"));
            Candidate c = step(
                d, QStringLiteral("date_part"), ref.name(), to,
                (month ? QCoreApplication::translate("folja::analysis",
                                                     "%1 is shown by quarter instead of by month so that fewer values "
                                                     "need to be hidden.")
                       : QCoreApplication::translate("folja::analysis",
                                                     "%1 is shown by year instead of by quarter so that fewer values "
                                                     "need to be hidden."))
                    .arg(label));
            c.query.dimensions[d] = to;
            out.push_back(std::move(c));
        }
    }
    // Then "Övriga": dimensions that are not ordered, explanatory ones before outcomes, the one
    // with the most categories first.
    std::vector<int> order;
    for (int d = 0; d < asks; ++d) {
        const VariableRef ref = parseVariableRef(query.dimensions.at(d)).value();
        if (isDateVariable(ref.variable) || ref.variable == QLatin1String("alder_grupp"))
            continue;
        if (static_cast<std::size_t>(d) < plan.ovriga.size() && !plan.ovriga[static_cast<std::size_t>(d)].isEmpty())
            continue;
        order.push_back(d);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool oa = isOutcomeVariable(parseVariableRef(query.dimensions.at(a)).value().variable);
        const bool ob = isOutcomeVariable(parseVariableRef(query.dimensions.at(b)).value().variable);
        if (oa != ob)
            return !oa;
        return table.dimensions.at(a).categories.size() > table.dimensions.at(b).categories.size();
    });
    for (int d : order) {
        const QStringList codes = sparseCategories(table, d);
        if (codes.isEmpty())
            continue;
        QStringList labels;
        for (const Category& cat : table.dimensions.at(d).categories) {
            if (codes.contains(cat.code))
                labels.append(cat.label);
        }
        Candidate c = step(
            d, QStringLiteral("ovriga"), query.dimensions.at(d), QStringLiteral("Övriga"),
            QCoreApplication::translate(
                "folja::analysis", "%1: %2 are shown together as \"Other\" so that fewer values need to be hidden.")
                .arg(table.dimensions.at(d).label, labels.join(QStringLiteral(", "))));
        c.plan.steps.last().merged = codes;
        c.plan.ovriga.resize(std::max(c.plan.ovriga.size(), static_cast<std::size_t>(d) + 1));
        c.plan.ovriga[static_cast<std::size_t>(d)] = codes;
        c.key = QStringLiteral("ovriga:") + QString::number(d);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

double suppressedShare(const CrossTab& table)
{
    int nonZero = 0;
    int hidden = 0;
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        const TableCell& tc = table.cells[static_cast<std::size_t>(cell)];
        if (tc.n <= 0 || !table.layout.isInterior(cell))
            continue;
        ++nonZero;
        hidden += tc.suppressed() ? 1 : 0;
    }
    return nonZero > 0 ? static_cast<double>(hidden) / static_cast<double>(nonZero) : 0.0;
}

Result<CrossTab> tabulateAggregated(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query)
{
    Query current = query;
    current.aggregate = Aggregation::Off;
    AggregationPlan plan;
    Result<CrossTab> table = tabulate(snapshot, catalog, current, plan);
    QSet<QString> rejected;
    // Every accepted step removes a category level or merges categories, so the loop is short;
    // the bound is a guard.
    for (int guard = 0; guard < 32 && table.ok(); ++guard) {
        const double share = suppressedShare(*table);
        if (share <= kAggregateAbove)
            break;
        bool accepted = false;
        for (Candidate& c : candidates(*table, current, plan, query.dimensions)) {
            if (rejected.contains(c.key))
                continue;
            Result<CrossTab> next = tabulate(snapshot, catalog, c.query, c.plan);
            if (next.ok() && suppressedShare(*next) < share) {
                current = c.query;
                plan = c.plan;
                table = std::move(next);
                accepted = true;
                break;
            }
            rejected.insert(c.key);
        }
        if (!accepted)
            break;
    }
    return table;
}

} // namespace folja::analysis::detail
