#include "analysis/sdc/attackermodel.h"

#include <algorithm>
#include <cmath>

namespace folja::analysis::sdc {

std::vector<double> lowerBoundsOf(const std::vector<qint64>& lowerBounds, std::size_t cellCount)
{
    std::vector<double> out(cellCount, 0.0);
    for (std::size_t c = 0; c < cellCount && c < lowerBounds.size(); ++c)
        out[c] = static_cast<double>(std::max<qint64>(0, lowerBounds[c]));
    return out;
}

lp::Problem buildProblem(const AttackerModel& model, const std::vector<qint64>& counts, const std::vector<double>& lb,
                         const std::vector<int>& variables, std::vector<int>& variableOf)
{
    for (std::size_t i = 0; i < variables.size(); ++i)
        variableOf[at(variables[i])] = static_cast<int>(i);
    std::vector<int> touched;
    for (int v : variables) {
        for (const auto& [r, coef] : model.rowsOf(v))
            touched.push_back(r);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    std::vector<lp::Constraint> constraints;
    constraints.reserve(touched.size());
    for (int r : touched) {
        const AttackerModel::Row& row = model.row(r);
        lp::Constraint c;
        double fixed = 0.0;
        for (const auto& [cell, coef] : row.terms) {
            const int v = variableOf[at(cell)];
            if (v >= 0) {
                c.terms.emplace_back(v, coef);
                fixed += coef * lb[at(cell)];
            } else {
                fixed += coef * static_cast<double>(counts[at(cell)]);
            }
        }
        c.sense = row.sense;
        c.rhs = row.rhs - fixed;
        constraints.push_back(std::move(c));
    }
    for (int v : variables)
        variableOf[at(v)] = -1;
    return lp::Problem(static_cast<int>(variables.size()), std::move(constraints));
}

std::vector<AuditInterval> solveIntervals(const AttackerModel& model, const std::vector<qint64>& counts,
                                          const std::vector<double>& lb, const std::vector<int>& variables,
                                          const std::vector<int>& cells, std::vector<int>& variableOf, bool exact)
{
    const lp::Problem problem = buildProblem(model, counts, lb, variables, variableOf);
    std::vector<AuditInterval> out;
    out.reserve(cells.size());
    if (!problem.feasible()) {
        // Cannot happen for true counts; a zero-width interval makes the audit fail loudly.
        for (int cell : cells)
            out.push_back(AuditInterval{cell, static_cast<double>(counts[at(cell)]),
                                        static_cast<double>(counts[at(cell)]), exact});
        return out;
    }
    std::vector<int> vars;
    vars.reserve(cells.size());
    for (int cell : cells)
        vars.push_back(static_cast<int>(std::find(variables.begin(), variables.end(), cell) - variables.begin()));
    const std::vector<lp::Problem::Range> ranges = problem.ranges(vars);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        AuditInterval interval;
        interval.cell = cells[i];
        interval.exact = exact;
        const double base = lb[at(cells[i])];
        interval.lo = std::ceil(base + ranges[i].min.value - 1e-6);
        interval.hi =
            ranges[i].max.status == lp::Status::Unbounded ? kInfinity : std::floor(base + ranges[i].max.value + 1e-6);
        out.push_back(interval);
    }
    return out;
}

namespace {

int findRoot(std::vector<int>& parent, int x)
{
    while (parent[at(x)] != x) {
        parent[at(x)] = parent[at(parent[at(x)])];
        x = parent[at(x)];
    }
    return x;
}

} // namespace

Components::Components(const std::vector<Line>& lines, const Mask& hidden)
    : parent(hidden.size())
    , members(hidden.size())
{
    for (std::size_t c = 0; c < hidden.size(); ++c)
        parent[c] = static_cast<int>(c);
    for (const Line& ln : lines) {
        int first = -1;
        auto join = [&](int c) {
            if (!hidden[at(c)])
                return;
            if (first < 0)
                first = c;
            else
                parent[at(findRoot(parent, c))] = findRoot(parent, first);
        };
        for (int c : ln.cells)
            join(c);
        if (ln.total >= 0)
            join(ln.total);
    }
    for (std::size_t c = 0; c < hidden.size(); ++c) {
        if (hidden[c])
            members[at(findRoot(parent, static_cast<int>(c)))].push_back(static_cast<int>(c));
    }
}

int Components::root(int cell)
{
    return findRoot(parent, cell);
}

GrowingComponents::GrowingComponents(const std::vector<Line>& lines, std::size_t cellCount)
    : m_parent(cellCount, -1)
    , m_members(cellCount)
    , m_hiddenOfLine(lines.size(), -1)
{}

void GrowingComponents::add(int cell, const std::vector<int>& linesOf)
{
    if (m_parent[at(cell)] >= 0)
        return;
    m_parent[at(cell)] = cell;
    m_members[at(cell)] = {cell};
    for (int l : linesOf) {
        int& other = m_hiddenOfLine[at(l)];
        if (other < 0)
            other = cell;
        else
            join(cell, other);
    }
}

int GrowingComponents::root(int cell)
{
    return findRoot(m_parent, cell);
}

void GrowingComponents::join(int a, int b)
{
    a = root(a);
    b = root(b);
    if (a == b)
        return;
    if (m_members[at(a)].size() < m_members[at(b)].size())
        std::swap(a, b);
    std::vector<int>& into = m_members[at(a)];
    std::vector<int>& from = m_members[at(b)];
    const auto middle = static_cast<std::ptrdiff_t>(into.size());
    into.insert(into.end(), from.begin(), from.end());
    std::inplace_merge(into.begin(), into.begin() + middle, into.end());
    from = {};
    m_parent[at(b)] = a;
}

void propagateBounds(const AttackerModel& model, const std::vector<qint64>& counts, const std::vector<double>& lb,
                     const Mask& hidden, std::vector<double>& lo, std::vector<double>& hi)
{
    const std::size_t n = counts.size();
    lo.assign(n, 0.0);
    hi.assign(n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
        if (hidden[c]) {
            lo[c] = lb[c];
            hi[c] = kInfinity;
        } else {
            lo[c] = hi[c] = static_cast<double>(counts[c]);
        }
    }
    const auto& rows = model.rows();
    std::vector<int> queue;
    std::vector<bool> queued(rows.size(), false);
    for (std::size_t c = 0; c < n; ++c) {
        if (!hidden[c])
            continue;
        for (const auto& [r, coef] : model.rowsOf(static_cast<int>(c))) {
            if (!queued[at(r)]) {
                queued[at(r)] = true;
                queue.push_back(r);
            }
        }
    }
    std::size_t budget = 40 * rows.size() + 100;
    std::size_t head = 0;
    while (head < queue.size() && budget-- > 0) {
        const int r = queue[head++];
        queued[at(r)] = false;
        if (head > 4096 && head * 2 > queue.size()) { // compact the queue now and then
            queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(head));
            head = 0;
        }
        const AttackerModel::Row& row = rows[at(r)];
        // Finite parts and the number of infinite contributions of the row's minimum and maximum.
        double minFinite = 0.0;
        double maxFinite = 0.0;
        int minInf = 0;
        int maxInf = 0;
        auto contribution = [&](int cell, double coef, double& mn, double& mx) {
            const double a = coef > 0 ? lo[at(cell)] : hi[at(cell)];
            const double b = coef > 0 ? hi[at(cell)] : lo[at(cell)];
            mn = coef * a;
            mx = coef * b;
        };
        for (const auto& [cell, coef] : row.terms) {
            double mn = 0.0;
            double mx = 0.0;
            contribution(cell, coef, mn, mx);
            if (std::isinf(mn))
                ++minInf;
            else
                minFinite += mn;
            if (std::isinf(mx))
                ++maxInf;
            else
                maxFinite += mx;
        }
        for (const auto& [cell, coef] : row.terms) {
            if (!hidden[at(cell)])
                continue;
            double mn = 0.0;
            double mx = 0.0;
            contribution(cell, coef, mn, mx);
            // The rest of the row without this cell.
            const double restMin =
                std::isinf(mn) ? (minInf > 1 ? -kInfinity : minFinite) : (minInf > 0 ? -kInfinity : minFinite - mn);
            const double restMax =
                std::isinf(mx) ? (maxInf > 1 ? kInfinity : maxFinite) : (maxInf > 0 ? kInfinity : maxFinite - mx);
            // coef · x within [low, high].
            double low = -kInfinity;
            double high = kInfinity;
            if (row.sense != lp::Sense::LessEqual)
                low = row.rhs - restMax;
            if (row.sense != lp::Sense::GreaterEqual)
                high = row.rhs - restMin;
            double newLo = coef > 0 ? low / coef : high / coef;
            double newHi = coef > 0 ? high / coef : low / coef;
            newLo = std::isinf(newLo) ? lo[at(cell)] : std::ceil(newLo - 1e-9);
            newHi = std::isinf(newHi) ? hi[at(cell)] : std::floor(newHi + 1e-9);
            bool changed = false;
            if (newLo > lo[at(cell)] + 0.5) {
                lo[at(cell)] = newLo;
                changed = true;
            }
            if (newHi < hi[at(cell)] - 0.5) {
                hi[at(cell)] = newHi;
                changed = true;
            }
            if (!changed)
                continue;
            for (const auto& [other, unused] : model.rowsOf(cell)) {
                if (other != r && !queued[at(other)]) {
                    queued[at(other)] = true;
                    queue.push_back(other);
                }
            }
        }
    }
}

} // namespace folja::analysis::sdc
