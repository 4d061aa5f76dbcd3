#include "analysis/leadtimes.h"

#include "analysis/cellkey.h"
#include "analysis/engine.h"

#include <QCoreApplication>

#include <algorithm>

namespace folja::analysis {

using namespace detail;

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// Linear interpolation between order statistics (Hyndman–Fan type 7) of sorted values.
double quantile(const std::vector<std::int32_t>& sorted, double q)
{
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = pos - static_cast<double>(lo);
    return static_cast<double>(sorted[lo]) * (1.0 - frac) + static_cast<double>(sorted[hi]) * frac;
}

void applyMode(const Query& q, bool& exportable, QString& watermark, QStringList& footnotes)
{
    if (q.mode == Mode::InternAnalys) {
        exportable = false;
        watermark = QCoreApplication::translate("folja::analysis", "Not for publication");
        footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Internal analysis: small counts are shown. Not for publication."));
    }
}

} // namespace

Result<LeadTimeTable> leadTimes(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                                LeadTimeKind kind)
{
    if (query.dimensions.size() > 2)
        return invalid(
            QCoreApplication::translate("folja::analysis", "Lead times are grouped by at most two dimensions."));
    Query q = query;
    if (kind != LeadTimeKind::AktualiseringBeslut && q.unit != Unit::Insats)
        return invalid(QCoreApplication::translate("folja::analysis", "This lead time is counted per insats."));
    if (q.unit != Unit::Arende && q.unit != Unit::Insats)
        return invalid(
            QCoreApplication::translate("folja::analysis", "Lead times are counted per ärende or per insats."));
    if (q.period.event == EventKind::Auto && q.period.meaning == TimeMeaning::Events) {
        q.period.event = kind == LeadTimeKind::AktualiseringBeslut   ? EventKind::Beslut
                         : kind == LeadTimeKind::BeslutVerkstallande ? EventKind::Verkstallande
                                                                     : EventKind::Avslut;
    }
    Query check = q;
    if (check.dimensions.isEmpty())
        check.dimensions = {QStringLiteral("kon")};
    const Result<void> valid = check.validate();
    if (!valid.ok())
        return valid.error();
    if (const Result<void> window = checkPublicationWindow(check); !window.ok())
        return window.error();
    const bool publish = q.mode == Mode::Publicering;
    const int k = q.minCell;

    Engine engine(snapshot, catalog, q);
    auto selected = engine.select();
    if (!selected.ok())
        return selected.error();
    const Population& pop = selected.value();
    const std::size_t records = pop.rows.size();
    // Cell Key Method (cellkey.h): group sizes and counts are published perturbed.
    const bool cellKey = publish && q.protection == ProtectionMethod::CellKey;
    if (cellKey && !PTable::builtin().ok())
        return PTable::builtin().error();
    const std::vector<std::uint8_t> recordKeys = cellKey ? populationKeys(snapshot, pop) : std::vector<std::uint8_t>();
    std::uint32_t bortfallKeys = 0;
    std::uint32_t notReachedKeys = 0;

    // Duration per record, or why there is none.
    const ArendeTable& A = snapshot.arenden();
    const InsatsTable& I = snapshot.insatser();
    const std::int32_t horizon = engine.horizon();
    constexpr std::int32_t kBortfall = -1;
    constexpr std::int32_t kNotReached = -2;
    std::vector<std::int32_t> duration(records);
    for (std::size_t p = 0; p < records; ++p) {
        const std::uint32_t r = pop.rows[p];
        std::int32_t start = kNoDate;
        std::int32_t end = kNoDate;
        bool reached = false; // the end step has happened (so a missing date is bortfall)
        switch (kind) {
        case LeadTimeKind::AktualiseringBeslut:
            if (pop.unit == Unit::Arende) {
                start = A.aktualisering[r];
                end = engine.arendeBeslut(r);
                reached = A.insatsCount[r] > 0;
            } else {
                start = A.aktualisering[I.arende[r]];
                end = engine.insatsBeslut(r);
                reached = true;
            }
            break;
        case LeadTimeKind::BeslutVerkstallande:
            start = engine.insatsBeslut(r);
            end = I.verkstallande[r];
            reached = (I.avslut[r] != kNoDate && I.avslut[r] <= horizon) || I.uppfoljningCount[r] > 0;
            break;
        case LeadTimeKind::VerkstallandeAvslut:
            start = I.verkstallande[r];
            end = I.avslut[r];
            break;
        }
        if (end != kNoDate && end > horizon)
            end = kNoDate; // not reached as of the period's end
        if (end == kNoDate)
            duration[p] = reached ? kBortfall : kNotReached;
        else if (start == kNoDate || end < start)
            duration[p] = kBortfall;
        else
            duration[p] = end - start;
    }

    LeadTimeTable table;
    table.kind = kind;
    table.unit = q.unit;
    table.mode = q.mode;
    table.protection = cellKey ? ProtectionMethod::CellKey : ProtectionMethod::Suppression;
    table.minCell = k;
    std::vector<Column> columns;
    std::vector<CategoryMap> maps;
    std::vector<int> shape;
    for (const QString& d : q.dimensions) {
        const VariableRef ref = parseVariableRef(d).value();
        auto column = engine.resolve(pop, ref);
        if (!column.ok())
            return column.error();
        maps.push_back(buildCategories(catalog, column.value(), false));
        shape.push_back(static_cast<int>(maps.back().categories.size()));
        columns.push_back(std::move(column.value()));
    }
    const DenseLayout full(shape);
    std::vector<std::vector<std::int32_t>> values(static_cast<std::size_t>(full.cellCount()));
    std::vector<std::uint32_t> groupKeys(cellKey ? values.size() : 0, 0);
    qint64 bortfall = 0;
    qint64 notReached = 0;
    std::vector<std::vector<int>> lists(columns.size());
    for (std::size_t p = 0; p < records; ++p) {
        if (duration[p] == kNotReached) {
            ++notReached;
            notReachedKeys += cellKey ? recordKeys[p] : 0;
            continue;
        }
        if (duration[p] == kBortfall) {
            ++bortfall;
            bortfallKeys += cellKey ? recordKeys[p] : 0;
            continue;
        }
        bool applies = true;
        for (std::size_t d = 0; d < columns.size() && applies; ++d) {
            const Column& c = columns[d];
            lists[d].clear();
            const std::size_t b = c.multi ? c.offsets[p] : p;
            const std::size_t e = c.multi ? c.offsets[p + 1] : p + 1;
            for (std::size_t i = b; i < e; ++i) {
                if (c.keys[i] == kNotApplicable) {
                    applies = false;
                    break;
                }
                const int idx = c.keys[i] == kMissing ? maps[d].missingIndex
                                                      : maps[d].keyToIndex[static_cast<std::size_t>(c.keys[i])];
                if (std::find(lists[d].begin(), lists[d].end(), idx) == lists[d].end())
                    lists[d].push_back(idx);
            }
            lists[d].push_back(shape[d]); // every record also counts in the total
        }
        if (!applies)
            continue;
        // Every combination of the record's groups and totals.
        std::vector<std::size_t> at(columns.size(), 0);
        while (true) {
            std::vector<int> coords(columns.size());
            for (std::size_t d = 0; d < columns.size(); ++d)
                coords[d] = lists[d][at[d]];
            values[static_cast<std::size_t>(full.index(coords))].push_back(duration[p]);
            if (cellKey)
                groupKeys[static_cast<std::size_t>(full.index(coords))] += recordKeys[p];
            int d = static_cast<int>(columns.size()) - 1;
            while (d >= 0 && ++at[static_cast<std::size_t>(d)] == lists[static_cast<std::size_t>(d)].size()) {
                at[static_cast<std::size_t>(d)] = 0;
                --d;
            }
            if (d < 0)
                break;
        }
    }

    // Keep categories somebody holds.
    std::vector<std::vector<int>> kept(columns.size());
    for (std::size_t d = 0; d < columns.size(); ++d) {
        std::vector<int> coords(shape.begin(), shape.end());
        for (int i = 0; i < shape[d]; ++i) {
            coords[d] = i;
            if (!values[static_cast<std::size_t>(full.index(coords))].empty())
                kept[d].push_back(i);
        }
    }
    std::vector<int> keptShape;
    for (const auto& kd : kept)
        keptShape.push_back(static_cast<int>(kd.size()));
    table.layout = DenseLayout(keptShape);
    std::vector<std::vector<std::int32_t>*> groupValues(static_cast<std::size_t>(table.layout.cellCount()));
    std::vector<qint64> n(groupValues.size());
    std::vector<std::uint32_t> nKeys(cellKey ? groupValues.size() : 0, 0);
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        std::vector<int> coords = table.layout.coordinates(cell);
        for (std::size_t d = 0; d < coords.size(); ++d)
            coords[d] = coords[d] == keptShape[d] ? shape[d] : kept[d][static_cast<std::size_t>(coords[d])];
        groupValues[static_cast<std::size_t>(cell)] = &values[static_cast<std::size_t>(full.index(coords))];
        n[static_cast<std::size_t>(cell)] = static_cast<qint64>(groupValues[static_cast<std::size_t>(cell)]->size());
        if (cellKey)
            nKeys[static_cast<std::size_t>(cell)] = groupKeys[static_cast<std::size_t>(full.index(coords))];
    }
    std::vector<bool> multi;
    std::vector<int> missing;
    for (std::size_t d = 0; d < columns.size(); ++d) {
        TableDimension dim;
        dim.variable = columns[d].ref.name();
        dim.label = variableLabel(catalog, columns[d].ref);
        dim.multiValued = columns[d].multi;
        for (int i : kept[d]) {
            if (i == maps[d].missingIndex)
                dim.missingIndex = static_cast<int>(dim.categories.size());
            dim.categories.append(maps[d].categories.at(i));
        }
        multi.push_back(dim.multiValued);
        missing.push_back(dim.missingIndex);
        table.dimensions.append(dim);
    }

    // The group sizes are a frequency table: protect them like one; a hidden or small group shows
    // no statistics at all (P2).
    // CKM: the sizes are published perturbed, and a group under k records — by its true or its
    // published size — shows no statistics.
    const Protection protection = protectTable(n, table.layout.lines(multi, missing), publish && !cellKey ? k : 0);
    table.groups.resize(n.size());
    for (std::size_t g = 0; g < n.size(); ++g) {
        LeadTimeStats& s = table.groups[g];
        s.n = {n[g], protection.suppressed(static_cast<int>(g))};
        // An empty group has no statistics but is not sensitive (as a 0 cell of a cross-tab).
        s.suppressed = publish && (s.n.suppressed || (n[g] > 0 && n[g] < k));
        if (cellKey) {
            // Shown only when its published n is shown: a group whose n is "..", or under k records
            // by its true or its published size, shows no statistics.
            const qint64 published = PTable::builtin()->publish(n[g], nKeys[g]);
            s.n = {published, PTable::builtin()->hides(published, k)};
            s.suppressed = s.suppressed || s.n.suppressed || published < k;
        }
        std::vector<std::int32_t>& v = *groupValues[g];
        if (v.empty())
            continue;
        std::sort(v.begin(), v.end());
        double sum = 0.0;
        for (std::int32_t x : v)
            sum += x;
        s.mean = sum / static_cast<double>(v.size());
        s.median = quantile(v, 0.5);
        s.q1 = quantile(v, 0.25);
        s.q3 = quantile(v, 0.75);
    }
    table.bortfall = {bortfall, publish && bortfall > 0 && bortfall < k};
    table.notApplicable = {notReached, publish && notReached > 0 && notReached < k};
    if (cellKey) {
        const qint64 b = PTable::builtin()->publish(bortfall, bortfallKeys);
        const qint64 r = PTable::builtin()->publish(notReached, notReachedKeys);
        table.bortfall = {b, PTable::builtin()->hides(b, k)};
        table.notApplicable = {r, PTable::builtin()->hides(r, k)};
    }
    applyMode(q, table.exportable, table.watermark, table.footnotes);
    if (cellKey)
        table.footnotes.append(cellKeyNote());
    if (protection.suppressedCount() > 0 ||
        std::any_of(table.groups.begin(), table.groups.end(), [](const LeadTimeStats& s) { return s.suppressed; }))
        table.footnotes.append(
            QCoreApplication::translate("folja::analysis",
                                        "Groups with fewer than %1 records are not shown for confidentiality reasons; "
                                        "some further groups have been hidden so that they cannot be derived.")
                .arg(k));
    table.footnotes.append(QCoreApplication::translate(
        "folja::analysis", "Days between the two dates: median and quartiles (linear interpolation) and mean. "
                           "Records with a date missing or out of order are bortfall; records that have not "
                           "reached the later step yet are reported separately."));
    return table;
}

Result<Trends> trends(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                      Granularity granularity, const QList<TrendKind>& kinds)
{
    if (!query.period.from.isValid() || !query.period.to.isValid() || query.period.from > query.period.to)
        return invalid(
            QCoreApplication::translate("folja::analysis", "A trend needs a period with a start and an end."));
    const bool publish = query.mode == Mode::Publicering;
    if (publish && query.protection == ProtectionMethod::CellKey && !PTable::builtin().ok())
        return PTable::builtin().error();
    const int k = query.minCell;
    Query check = query;
    check.dimensions = {QStringLiteral("kon")};
    check.period.meaning = TimeMeaning::Events;
    const Result<void> valid = check.validate();
    if (!valid.ok())
        return valid.error();
    Query window = query; // the dimensions as asked: a split by age needs preset bands
    window.period.meaning = TimeMeaning::Events;
    if (const Result<void> allowed = checkPublicationWindow(window); !allowed.ok())
        return allowed.error();

    Trends out;
    out.granularity = granularity;
    out.mode = query.mode;
    out.protection = publish && query.protection == ProtectionMethod::CellKey ? ProtectionMethod::CellKey
                                                                              : ProtectionMethod::Suppression;
    out.minCell = k;
    // Period boundaries.
    auto periodStart = [&](QDate d) {
        switch (granularity) {
        case Granularity::Month:
            return QDate(d.year(), d.month(), 1);
        case Granularity::Quarter:
            return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
        case Granularity::Year:
            return QDate(d.year(), 1, 1);
        }
        return d;
    };
    auto next = [&](QDate d) {
        return granularity == Granularity::Month     ? d.addMonths(1)
               : granularity == Granularity::Quarter ? d.addMonths(3)
                                                     : d.addYears(1);
    };
    std::vector<std::int32_t> starts; // first day of each period (clipped to the range)
    for (QDate s = periodStart(query.period.from); s <= query.period.to; s = next(s)) {
        const QDate end = std::min(next(s).addDays(-1), query.period.to);
        QString label;
        switch (granularity) {
        case Granularity::Month:
            label = s.toString(QStringLiteral("yyyy-MM"));
            break;
        case Granularity::Quarter:
            label = QStringLiteral("%1-Q%2").arg(s.year()).arg((s.month() - 1) / 3 + 1);
            break;
        case Granularity::Year:
            label = QString::number(s.year());
            break;
        }
        out.periods.append(label);
        out.periodEnds.append(end);
        starts.push_back(dayNumber(std::max(s, query.period.from)));
    }
    const std::size_t periods = starts.size();
    auto periodOf = [&](std::int32_t day) -> int {
        if (day == kNoDate || day < starts.front() || day > dayNumber(query.period.to))
            return -1;
        const auto it = std::upper_bound(starts.begin(), starts.end(), day);
        return static_cast<int>(it - starts.begin()) - 1;
    };

    for (TrendKind kind : kinds) {
        Query q = query;
        q.dimensions = {QStringLiteral("kon")};
        q.period.meaning = TimeMeaning::Events;
        q.unit = kind == TrendKind::Aktualiseringar ? Unit::Arende : Unit::Insats;
        q.period.event = kind == TrendKind::Aktualiseringar ? EventKind::Aktualisering
                         : kind == TrendKind::Beslut        ? EventKind::Beslut
                                                            : EventKind::Avslut;
        if (kind == TrendKind::PagaendeInsatser)
            q.period = Period{}; // every insats; the period ends pick the ongoing ones
        Engine engine(snapshot, catalog, q);
        auto selected = engine.select();
        if (!selected.ok())
            return selected.error();
        std::vector<qint64> counts(periods, 0);
        const ArendeTable& A = snapshot.arenden();
        const InsatsTable& I = snapshot.insatser();
        // Cell Key Method (cellkey.h): the record keys summed per period alongside the counts.
        const bool cellKey = publish && query.protection == ProtectionMethod::CellKey;
        const std::vector<std::uint8_t>& recordKey = kind == TrendKind::Aktualiseringar ? A.key : I.key;
        std::vector<std::uint32_t> keySums(periods, 0);
        if (kind == TrendKind::PagaendeInsatser) {
            // Ongoing on a day: verkställd on or before it and not avslutad before it. Each insats
            // covers a run of period ends; a difference array adds them up in one pass.
            std::vector<std::int32_t> ends;
            for (const QDate& e : out.periodEnds)
                ends.push_back(dayNumber(e));
            std::vector<qint64> diff(periods + 1, 0);
            std::vector<std::uint32_t> keyDiff(periods + 1, 0); // wraps modulo 2^32: fine mod 256
            for (std::uint32_t r : selected->rows) {
                const std::int32_t start = I.verkstallande[r];
                if (start == kNoDate)
                    continue;
                const std::int32_t stop = I.avslut[r];
                const auto first =
                    static_cast<std::size_t>(std::lower_bound(ends.begin(), ends.end(), start) - ends.begin());
                const std::size_t last =
                    stop == kNoDate
                        ? periods
                        : static_cast<std::size_t>(std::lower_bound(ends.begin(), ends.end(), stop + 1) - ends.begin());
                if (first < last) {
                    ++diff[first];
                    --diff[last];
                    keyDiff[first] += recordKey[r];
                    keyDiff[last] -= recordKey[r];
                }
            }
            qint64 running = 0;
            std::uint32_t runningKeys = 0;
            for (std::size_t i = 0; i < periods; ++i) {
                running += diff[i];
                counts[i] = running;
                runningKeys += keyDiff[i];
                keySums[i] = runningKeys;
            }
        } else {
            for (std::uint32_t r : selected->rows) {
                const std::int32_t day = kind == TrendKind::Aktualiseringar ? A.aktualisering[r]
                                         : kind == TrendKind::Beslut        ? engine.insatsBeslut(r)
                                                                            : I.avslut[r];
                const int p = periodOf(day);
                if (p >= 0) {
                    ++counts[static_cast<std::size_t>(p)];
                    keySums[static_cast<std::size_t>(p)] += recordKey[r];
                }
            }
        }
        TrendSeries series;
        series.kind = kind;
        // No totals are published with a series, so there is no additive line to protect: each
        // count is suppressed on its own (P1).
        for (std::size_t i = 0; i < periods; ++i) {
            if (cellKey) {
                const qint64 c = PTable::builtin()->publish(counts[i], keySums[i]);
                series.counts.append(Count{c, PTable::builtin()->hides(c, k)});
            } else {
                series.counts.append(Count{counts[i], publish && counts[i] > 0 && counts[i] < k});
            }
        }
        out.series.append(series);
    }
    applyMode(query, out.exportable, out.watermark, out.footnotes);
    if (publish && query.protection == ProtectionMethod::CellKey)
        out.footnotes.append(cellKeyNote());
    out.footnotes.append(
        QCoreApplication::translate("folja::analysis", "Values below %1 are not shown for confidentiality reasons.")
            .arg(k));
    out.footnotes.append(
        QCoreApplication::translate("folja::analysis", "Ongoing insatser are counted on the last day of each period."));
    return out;
}

} // namespace folja::analysis
