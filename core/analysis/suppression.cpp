#include "analysis/suppression.h"

#include "analysis/lp.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <tuple>

namespace folja::analysis {

QString suppressionReasonCode(SuppressionReason reason)
{
    switch (reason) {
    case SuppressionReason::None:
        return {};
    case SuppressionReason::Primary:
        return QStringLiteral("primary");
    case SuppressionReason::Secondary:
        return QStringLiteral("secondary");
    case SuppressionReason::SumRule:
        return QStringLiteral("sum_rule");
    case SuppressionReason::Audit:
        return QStringLiteral("audit");
    case SuppressionReason::GroupDisclosure:
        return QStringLiteral("group_disclosure");
    case SuppressionReason::Linked:
        return QStringLiteral("linked");
    }
    return {};
}

namespace {

using Mask = std::vector<bool>;

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Components of at most this many hidden cells are solved exactly by LP straight away: tiny
// problems, and the exact interval is what the audit reports.
constexpr std::size_t kExactComponentLimit = 40;
// Larger components get an exact LP only for cells that neither propagation nor moves decide; a
// dense simplex on more hidden cells than this costs too much for interactive use.
constexpr std::size_t kLpComponentLimit = 160;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// The attacker's knowledge as linear rows over the cells of the table: sum(coef · cell) (sense)
// rhs. Published cells are constants; hidden cells are the unknowns. One model serves the LP, the
// interval propagation and the moves, so all three argue about the same problem.
class AttackerModel
{
public:
    struct Row {
        std::vector<std::pair<int, double>> terms;
        lp::Sense sense = lp::Sense::Equal;
        double rhs = 0.0;
    };

    AttackerModel(const std::vector<Line>& lines, std::size_t cellCount)
        : m_rowsOf(cellCount)
    {
        for (const Line& ln : lines)
            addLine(ln);
        for (std::size_t r = 0; r < m_rows.size(); ++r) {
            for (const auto& [cell, coef] : m_rows[r].terms)
                m_rowsOf[at(cell)].emplace_back(static_cast<int>(r), coef);
        }
    }

    const std::vector<Row>& rows() const { return m_rows; }
    const Row& row(int r) const { return m_rows[at(r)]; }
    const std::vector<std::pair<int, double>>& rowsOf(int cell) const { return m_rowsOf[at(cell)]; }

private:
    void add(std::vector<std::pair<int, double>> terms, lp::Sense sense)
    {
        m_rows.push_back(Row{std::move(terms), sense, 0.0});
    }

    void addLine(const Line& ln)
    {
        if (ln.total < 0)
            return; // without a total a line says nothing
        std::vector<std::pair<int, double>> balance;
        for (int c : ln.cells)
            balance.emplace_back(c, 1.0);
        balance.emplace_back(ln.total, -1.0);
        if (ln.additive) {
            add(std::move(balance), lp::Sense::Equal);
            return;
        }
        // Multi-valued: total <= sum(cells) <= (m-1)·total, and each value (with the records lacking
        // any value) fits within the total.
        add(balance, lp::Sense::GreaterEqual);
        const double m = std::max<double>(1.0, static_cast<double>(ln.cells.size()) - 1.0);
        balance.back().second = -m;
        add(std::move(balance), lp::Sense::LessEqual);
        for (int c : ln.cells) {
            std::vector<std::pair<int, double>> single{{c, 1.0}};
            if (ln.missingCell >= 0 && c != ln.missingCell)
                single.emplace_back(ln.missingCell, 1.0);
            single.emplace_back(ln.total, -1.0);
            add(std::move(single), lp::Sense::LessEqual);
        }
    }

    std::vector<Row> m_rows;
    std::vector<std::vector<std::pair<int, double>>> m_rowsOf;
};

// Per cell, what the attacker knows it holds at least (0, or 1 for a listed category's margin).
std::vector<double> lowerBoundsOf(const std::vector<qint64>& lowerBounds, std::size_t cellCount)
{
    std::vector<double> out(cellCount, 0.0);
    for (std::size_t c = 0; c < cellCount && c < lowerBounds.size(); ++c)
        out[c] = static_cast<double>(std::max<qint64>(0, lowerBounds[c]));
    return out;
}

// The exact attacker problem over the hidden cells `variables`, every other cell held at its true
// count. With all hidden cells of a component this is the attacker's problem; with fewer it is a
// restriction of it, whose intervals lie inside the attacker's. A hidden cell x with lower bound b
// is the LP variable x - b >= 0.
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

// Exact intervals of `cells` (all among `variables`) from one LP.
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

int findRoot(std::vector<int>& parent, int x)
{
    while (parent[at(x)] != x) {
        parent[at(x)] = parent[at(parent[at(x)])];
        x = parent[at(x)];
    }
    return x;
}

// Hidden cells only interact through lines that hold several of them, so the attacker problem
// splits into independent components (published cells are constants).
struct Components {
    std::vector<int> parent;
    std::vector<std::vector<int>> members; // by root

    Components(const std::vector<Line>& lines, const Mask& hidden)
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

    int root(int cell) { return findRoot(parent, cell); }
};

// Interval propagation over the rows (bounds tightening): outer bounds on every hidden cell. The
// attacker's interval lies inside them, so a cell whose outer interval is too narrow certainly
// fails the audit, without an LP.
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

// Proves wide attacker intervals without an LP by constructing alternative tables: a move adds
// ±t along a box of hidden cells (two positions per dimension: the cell's own and a partner; the
// signs alternate between two categories of a line and agree between a category and its total),
// which keeps every additive line's sum; multi-valued lines only need their inequalities to hold,
// so a box may stay flat along such a dimension. Every table reached is consistent with what is
// published, so the range of values the cell takes in them lies inside the attacker's interval.
class MoveProver
{
public:
    MoveProver(const AttackerModel& model, const std::vector<qint64>& counts, const std::vector<double>& lb,
               const Mask& hidden, const std::vector<Line>& lines, const std::vector<TableGeometry>& geometry)
        : m_model(model)
        , m_lb(lb)
        , m_hidden(hidden)
        , m_x(counts.size())
        , m_rowValue(model.rows().size(), 0.0)
        , m_delta(model.rows().size(), 0.0)
        , m_mark(model.rows().size(), 0)
    {
        for (std::size_t c = 0; c < counts.size(); ++c)
            m_x[c] = static_cast<double>(counts[c]);
        for (std::size_t r = 0; r < model.rows().size(); ++r) {
            for (const auto& [cell, coef] : model.rows()[r].terms)
                m_rowValue[r] += coef * m_x[at(cell)];
        }
        for (const TableGeometry& g : geometry) {
            if (!g.layout)
                continue;
            Block b;
            b.first = g.firstCell;
            b.layout = g.layout;
            const int dims = g.layout->dimensions();
            for (int d = 0; d < dims; ++d) {
                std::vector<int> unit(at(dims), 0);
                unit[at(d)] = 1;
                b.strides.push_back(g.layout->index(unit));
            }
            b.additive.assign(at(dims), true);
            m_blocks.push_back(std::move(b));
        }
        std::sort(m_blocks.begin(), m_blocks.end(), [](const Block& a, const Block& b) { return a.first < b.first; });
        for (const Line& ln : lines) {
            if (ln.axis < 0 || ln.total < 0)
                continue;
            Block* b = blockOf(ln.total);
            if (b && ln.axis < static_cast<int>(b->additive.size()) && !ln.additive)
                b->additive[at(ln.axis)] = false;
        }
    }

    bool usable(int cell) const { return blockOf(cell) != nullptr; }

    // How far the cell can be moved up and down (proven; +infinity when unbounded), stopping once
    // up + down >= needWidth and down >= needDown.
    std::pair<double, double> prove(int cell, double needWidth, double needDown)
    {
        const Block* b = blockOf(cell);
        if (!b)
            return {0.0, 0.0};
        const double up = push(*b, cell, +1.0, needWidth);
        const double down = push(*b, cell, -1.0, std::max(needDown, needWidth - up));
        return {up, down};
    }

private:
    struct Block {
        int first = 0;
        const DenseLayout* layout = nullptr;
        std::vector<int> strides;
        std::vector<bool> additive;
    };

    static constexpr int kMaxCorners = 8; // three dimensions

    struct Box {
        int size = 0;
        int cells[kMaxCorners] = {};
        double signs[kMaxCorners] = {};
    };

    const Block* blockOf(int cell) const
    {
        const Block* found = nullptr;
        for (const Block& b : m_blocks) {
            if (cell >= b.first && cell < b.first + b.layout->cellCount())
                found = &b;
        }
        return found;
    }
    Block* blockOf(int cell) { return const_cast<Block*>(static_cast<const MoveProver*>(this)->blockOf(cell)); }

    // The largest step t >= 0 for moving the box by direction·t from the current table.
    double maxStep(const Box& box, double direction)
    {
        double t = kInfinity;
        m_touched.clear();
        for (int i = 0; i < box.size; ++i) {
            const double s = direction * box.signs[i];
            if (s < 0)
                t = std::min(t, m_x[at(box.cells[i])] - m_lb[at(box.cells[i])]);
            for (const auto& [r, coef] : m_model.rowsOf(box.cells[i])) {
                if (!m_mark[at(r)]) {
                    m_mark[at(r)] = 1;
                    m_touched.push_back(r);
                }
                m_delta[at(r)] += coef * s;
            }
        }
        for (int r : m_touched) {
            const double d = m_delta[at(r)];
            m_delta[at(r)] = 0.0;
            m_mark[at(r)] = 0;
            if (std::abs(d) < 1e-12 || t <= 0.0)
                continue;
            const AttackerModel::Row& row = m_model.row(r);
            if (row.sense == lp::Sense::Equal)
                t = 0.0;
            else if (row.sense == lp::Sense::LessEqual && d > 0)
                t = std::min(t, (row.rhs - m_rowValue[at(r)]) / d);
            else if (row.sense == lp::Sense::GreaterEqual && d < 0)
                t = std::min(t, (m_rowValue[at(r)] - row.rhs) / -d);
        }
        return std::isinf(t) ? t : std::max(0.0, std::floor(t + 1e-9));
    }

    void apply(const Box& box, double step)
    {
        for (int i = 0; i < box.size; ++i) {
            const double change = box.signs[i] * step;
            m_x[at(box.cells[i])] += change;
            for (const auto& [r, coef] : m_model.rowsOf(box.cells[i]))
                m_rowValue[at(r)] += coef * change;
        }
    }

    // Greedy: apply the best box again and again (at most a few times) until the cell moved by
    // `need`; then undo everything. Returns how far the cell moved.
    double push(const Block& b, int cell, double direction, double need)
    {
        if (need <= 0)
            return 0.0;
        const int dims = b.layout->dimensions();
        if (dims > 3)
            return 0.0;
        const std::vector<int> own = b.layout->coordinates(cell - b.first);
        const int base = cell;
        // Partners per dimension: positions whose cell next to this one is hidden (a box needs
        // every corner hidden), or none (-1) where the dimension's lines are inequalities.
        std::vector<std::vector<int>> partners(at(dims));
        for (int d = 0; d < dims; ++d) {
            const int stride = b.strides[at(d)];
            for (int p = 0; p < b.layout->extent(d); ++p) {
                if (p != own[at(d)] && m_hidden[at(base + (p - own[at(d)]) * stride)])
                    partners[at(d)].push_back(p);
            }
            if (!b.additive[at(d)])
                partners[at(d)].push_back(-1);
            if (partners[at(d)].empty())
                return 0.0;
        }
        std::vector<std::pair<Box, double>> applied;
        double moved = 0.0;
        for (int step = 0; step < 8 && moved < need; ++step) {
            std::vector<std::size_t> odometer(at(dims), 0);
            std::vector<int> choice(at(dims), -1);
            Box box;
            Box best;
            double bestStep = 0.0;
            bool done = false;
            while (!done) {
                bool flat = true;
                for (int d = 0; d < dims; ++d) {
                    choice[at(d)] = partners[at(d)][odometer[at(d)]];
                    flat = flat && choice[at(d)] < 0;
                }
                if (!flat && buildBox(b, base, own, choice, box)) {
                    const double t = maxStep(box, direction);
                    if (t > bestStep) {
                        bestStep = t;
                        best = box;
                        if (moved + t >= need)
                            break;
                    }
                }
                done = true;
                for (int d = dims - 1; d >= 0; --d) {
                    if (++odometer[at(d)] < partners[at(d)].size()) {
                        done = false;
                        break;
                    }
                    odometer[at(d)] = 0;
                }
            }
            if (bestStep <= 0.0)
                break;
            if (std::isinf(bestStep)) {
                moved = kInfinity;
                break;
            }
            apply(best, direction * bestStep);
            applied.emplace_back(best, direction * bestStep);
            moved += bestStep;
        }
        for (auto it = applied.rbegin(); it != applied.rend(); ++it)
            apply(it->first, -it->second);
        return moved;
    }

    // The box's corners and signs; false when a corner is published.
    bool buildBox(const Block& b, int base, const std::vector<int>& own, const std::vector<int>& choice, Box& box) const
    {
        const int dims = b.layout->dimensions();
        int offset[3] = {};
        double flip[3] = {};
        int n = 0;
        for (int d = 0; d < dims; ++d) {
            const int partner = choice[at(d)];
            if (partner < 0)
                continue;
            offset[n] = (partner - own[at(d)]) * b.strides[at(d)];
            const int categories = b.layout->size(d); // at and above: a (block's) total
            // Two categories of a line move in opposite directions; a category and its total
            // move together.
            flip[n] = (partner < categories && own[at(d)] < categories) ? -1.0 : 1.0;
            ++n;
        }
        box.size = 1 << n;
        for (int mask = 0; mask < box.size; ++mask) {
            int cell = base;
            double sign = 1.0;
            for (int i = 0; i < n; ++i) {
                if (mask & (1 << i)) {
                    cell += offset[i];
                    sign *= flip[i];
                }
            }
            if (!m_hidden[at(cell)])
                return false;
            box.cells[mask] = cell;
            box.signs[mask] = sign;
        }
        return true;
    }

    const AttackerModel& m_model;
    const std::vector<double>& m_lb;
    const Mask& m_hidden;
    std::vector<double> m_x;
    std::vector<double> m_rowValue;
    std::vector<double> m_delta;
    std::vector<char> m_mark;
    std::vector<int> m_touched;
    std::vector<Block> m_blocks;
};

// Bookkeeping shared by the heuristic steps: which lines each cell belongs to and how many
// suppressed cells each line holds.
class LineIndex
{
public:
    LineIndex(const std::vector<Line>& lines, int cellCount)
        : m_lines(lines)
        , m_cellLines(at(cellCount))
    {
        for (std::size_t l = 0; l < lines.size(); ++l) {
            for (int c : lines[l].cells)
                m_cellLines[at(c)].push_back(static_cast<int>(l));
            if (lines[l].total >= 0)
                m_cellLines[at(lines[l].total)].push_back(static_cast<int>(l));
        }
    }

    void recount(const Mask& suppressed)
    {
        m_suppressedInLine.assign(m_lines.size(), 0);
        for (std::size_t l = 0; l < m_lines.size(); ++l) {
            const Line& ln = m_lines[l];
            int n = 0;
            for (int c : ln.cells)
                n += suppressed[at(c)] ? 1 : 0;
            if (ln.total >= 0 && suppressed[at(ln.total)])
                ++n;
            m_suppressedInLine[l] = n;
        }
    }

    void markSuppressed(int cell)
    {
        for (int l : m_cellLines[at(cell)])
            ++m_suppressedInLine[at(l)];
    }

    int suppressedIn(int line) const { return m_suppressedInLine[at(line)]; }
    const std::vector<int>& linesOf(int cell) const { return m_cellLines[at(cell)]; }

private:
    const std::vector<Line>& m_lines;
    std::vector<std::vector<int>> m_cellLines;
    std::vector<int> m_suppressedInLine;
};

class Protector
{
public:
    Protector(const std::vector<qint64>& counts, const std::vector<Line>& lines, const ProtectionOptions& options)
        : m_counts(counts)
        , m_lines(lines)
        , m_options(options)
        , m_k(options.minCell)
        , m_index(lines, static_cast<int>(counts.size()))
        , m_model(lines, counts.size())
        , m_lb(lowerBoundsOf(options.lowerBounds, counts.size()))
        , m_suppressed(counts.size(), false)
        , m_reasons(counts.size(), SuppressionReason::None)
        , m_variableOf(counts.size(), -1)
    {}

    Protection run()
    {
        Protection result;
        // P1.
        for (std::size_t c = 0; c < m_counts.size(); ++c) {
            if (m_counts[c] > 0 && m_counts[c] < m_k) {
                m_suppressed[c] = true;
                m_reasons[c] = SuppressionReason::Primary;
                m_sensitive.push_back(Sensitive{static_cast<int>(c), false});
            }
        }
        // P3: a line along an outcome with k <= T < 2k whose units all share one category.
        for (int l : m_options.groupLines) {
            const Line& ln = m_lines[at(l)];
            if (ln.total < 0)
                continue;
            const qint64 total = count(ln.total);
            if (total < m_k || total >= 2 * static_cast<qint64>(m_k))
                continue;
            int holder = -1;
            int nonZero = 0;
            for (int c : ln.cells) {
                if (count(c) > 0) {
                    ++nonZero;
                    holder = c;
                }
            }
            if (nonZero != 1 || count(holder) != total)
                continue;
            result.flaggedGroupLines.push_back(l);
            for (int c : ln.cells) {
                if (!isSuppressed(c)) {
                    m_suppressed[at(c)] = true;
                    m_reasons[at(c)] = SuppressionReason::GroupDisclosure;
                }
            }
            const bool known = std::any_of(m_sensitive.begin(), m_sensitive.end(),
                                           [&](const Sensitive& s) { return s.cell == holder; });
            if (!known)
                m_sensitive.push_back(Sensitive{holder, true});
        }
        // Cells another published table hides (options.mustHide).
        bool forced = false;
        for (std::size_t c = 0; c < m_counts.size() && c < m_options.mustHide.size(); ++c) {
            if (m_options.mustHide[c] && !m_suppressed[c]) {
                m_suppressed[c] = true;
                m_reasons[c] = SuppressionReason::Linked;
                forced = true;
            }
        }
        // Attribute disclosure of small groups: a line whose total 0 < T < k sits in one category
        // tells everyone who knows a unit of the line (say, the one child placed in familjehem that
        // week) its category, unless an attacker cannot rule out that another category holds some
        // of the T units. A published 0 beside the hidden cell rules that out.
        for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
            const Line& ln = m_lines[at(l)];
            // Additive lines only: along a multi-valued dimension a record may hold several values.
            if (ln.link || !ln.additive || ln.total < 0 || ln.cells.size() < 2)
                continue;
            const qint64 total = count(ln.total);
            if (total <= 0 || total >= m_k)
                continue;
            int holder = -1;
            int nonZero = 0;
            for (int c : ln.cells) {
                if (count(c) > 0) {
                    ++nonZero;
                    holder = c;
                }
            }
            if (nonZero != 1 || count(holder) != total)
                continue;
            // A category that is empty across a whole line through it (no one at all, not just no
            // one of this group) tells nothing about the group: if every other category of the line
            // is such a structural zero, there is nothing to protect.
            bool groupSpecific = false;
            for (int c : ln.cells) {
                if (c != holder && !structuralZero(c, l)) {
                    groupSpecific = true;
                    break;
                }
            }
            if (groupSpecific)
                m_attribute.push_back(Attribute{l, holder});
        }
        m_index.recount(m_suppressed);
        if (m_sensitive.empty() && !forced) {
            result.reasons = m_reasons;
            return result;
        }

        // Every round only adds suppressions, so the loop ends at the latest when everything is
        // hidden; the bound is a guard against a bug, not a tuning knob.
        const int maxRounds = static_cast<int>(m_counts.size()) + 2;
        // Hiding more cells only enlarges the attacker's feasible set, so a cell proven safe stays
        // safe: later rounds audit only the cells still failing.
        result.audit.assign(m_sensitive.size(), AuditInterval{});
        std::vector<std::size_t> pending(m_sensitive.size());
        for (std::size_t i = 0; i < pending.size(); ++i)
            pending[i] = i;
        std::vector<std::size_t> pendingAttributes(m_attribute.size());
        for (std::size_t i = 0; i < pendingAttributes.size(); ++i)
            pendingAttributes[i] = i;
        for (int round = 0; round < maxRounds; ++round) {
            completeLines();
            result.rounds = round + 1;
            const std::vector<AuditInterval> audited = audit(pending);
            std::vector<std::size_t> failingAttributes = auditAttributes(pendingAttributes);
            pendingAttributes = failingAttributes;
            std::vector<int> failing;
            std::vector<std::size_t> stillPending;
            for (std::size_t j = 0; j < pending.size(); ++j) {
                result.audit[pending[j]] = audited[j];
                if (!safe(m_sensitive[pending[j]], audited[j])) {
                    failing.push_back(audited[j].cell);
                    stillPending.push_back(pending[j]);
                }
            }
            pending = std::move(stillPending);
            if (failing.empty() && failingAttributes.empty()) {
                result.auditPassed = true;
                break;
            }
            bool added = false;
            for (int cell : failing)
                added = strengthen(cell) || added;
            for (std::size_t a : failingAttributes)
                added = strengthenAttribute(m_attribute[a]) || added;
            result.auditPassed = false;
            if (!added)
                break;
        }
        reportExact(result);
        for (const Attribute& a : m_attribute)
            result.attributeLines.push_back(a.line);
        result.reasons = m_reasons;
        return result;
    }

private:
    struct Sensitive {
        int cell = -1;
        bool group = false; // P3: only "all units in this category" must stay unprovable
    };
    // A line whose small total sits in the one cell `holder`: the attacker must not be able to
    // prove that the line's other cells are all 0.
    struct Attribute {
        int line = -1;
        int holder = -1;
    };

    // True when a line through `cell` other than `except` holds no unit at all.
    bool structuralZero(int cell, int except) const
    {
        for (int other : m_index.linesOf(cell)) {
            const Line& o = m_lines[at(other)];
            if (other != except && !o.link && o.total >= 0 && o.total != cell && count(o.total) == 0)
                return true;
        }
        return false;
    }

    // The attribute checks still failing among `pending`. Safe when some table consistent with
    // what is published puts at least one unit of the line outside the holder: an LP maximising
    // the line's other hidden cells, or for large components an explicit move that raises one.
    std::vector<std::size_t> auditAttributes(const std::vector<std::size_t>& pending)
    {
        std::vector<std::size_t> failing;
        if (pending.empty())
            return failing;
        Components comps(m_lines, m_suppressed);
        std::unique_ptr<MoveProver> mover;
        for (std::size_t i : pending) {
            const Attribute& a = m_attribute[i];
            const Line& ln = m_lines[at(a.line)];
            std::vector<int> others;
            for (int c : ln.cells) {
                if (c != a.holder && isSuppressed(c))
                    others.push_back(c);
            }
            bool safe = false;
            if (!others.empty() && isSuppressed(a.holder)) {
                const std::vector<int>& component = comps.members[at(comps.root(a.holder))];
                if (component.size() <= kLpComponentLimit) {
                    const lp::Problem problem = buildProblem(m_model, m_counts, m_lb, component, m_variableOf);
                    std::vector<double> objective(component.size(), 0.0);
                    double base = 0.0;
                    for (int c : others) {
                        const auto it = std::find(component.begin(), component.end(), c);
                        if (it != component.end())
                            objective[at(static_cast<int>(it - component.begin()))] = 1.0;
                        base += m_lb[at(c)];
                    }
                    const lp::Solution best = problem.maximize(objective);
                    safe = best.status == lp::Status::Unbounded ||
                           (best.status == lp::Status::Optimal && base + best.value >= 1.0 - 1e-6);
                } else {
                    if (!mover)
                        mover = std::make_unique<MoveProver>(m_model, m_counts, m_lb, m_suppressed, m_lines,
                                                             m_options.geometry);
                    for (int c : others) {
                        if (mover->usable(c) && mover->prove(c, 1.0, 0.0).first >= 1.0) {
                            safe = true;
                            break;
                        }
                    }
                }
            }
            if (!safe)
                failing.push_back(i);
        }
        return failing;
    }

    // An attribute check failed: hide a published zero of the line that could hold a unit (no line
    // through it has a published total of 0), preferring one whose other lines already hold hidden
    // cells (no new partners needed), then the lowest index, so the result is reproducible. When
    // every zero is pinned by an empty published total, hide that total; as a last resort widen the
    // line's hidden cells as the audit would.
    bool strengthenAttribute(const Attribute& a)
    {
        const Line& ln = m_lines[at(a.line)];
        int best = -1;
        std::pair<int, int> bestKey{};
        int pinnedTotal = -1;
        for (int c : ln.cells) {
            if (c == a.holder || !hideable(c) || structuralZero(c, a.line))
                continue;
            bool free = true;
            int cascades = 0;
            for (int other : m_index.linesOf(c)) {
                if (other == a.line)
                    continue;
                const Line& o = m_lines[at(other)];
                if (o.total >= 0 && o.total != c && !isSuppressed(o.total) && count(o.total) == 0) {
                    free = false;
                    if (pinnedTotal < 0 || o.total < pinnedTotal)
                        pinnedTotal = o.total;
                }
                cascades += m_index.suppressedIn(other) == 0 ? 1 : 0;
            }
            if (!free)
                continue;
            const std::pair<int, int> key{cascades, c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        if (best < 0 && pinnedTotal >= 0 && hideable(pinnedTotal))
            best = pinnedTotal;
        if (best >= 0) {
            suppress(best, SuppressionReason::Audit);
            return true;
        }
        for (int c : ln.cells) {
            if (c != a.holder && strengthen(c))
                return true;
        }
        return strengthen(a.holder);
    }

    qint64 count(int cell) const { return m_counts[at(cell)]; }
    bool isSuppressed(int cell) const { return m_suppressed[at(cell)]; }
    // May the heuristics hide this cell? Not when it is hidden already or another published table
    // shows it (options.mustPublish).
    bool hideable(int cell) const
    {
        return !m_suppressed[at(cell)] && !(at(cell) < m_options.mustPublish.size() && m_options.mustPublish[at(cell)]);
    }

    bool safe(const Sensitive& s, const AuditInterval& a) const
    {
        if (s.group)
            return a.lo < static_cast<double>(count(s.cell));
        return a.width() >= m_k;
    }

    void suppress(int cell, SuppressionReason reason)
    {
        m_suppressed[at(cell)] = true;
        m_reasons[at(cell)] = reason;
        m_index.markSuppressed(cell);
    }

    bool needsPartner(int line) const { return m_index.suppressedIn(line) == 1; }

    // S2 and S3 until no line changes.
    void completeLines()
    {
        bool changed = true;
        while (changed) {
            changed = false;
            for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
                if (needsPartner(l)) {
                    if (addPartner(l))
                        changed = true;
                }
            }
            if (changed)
                continue;
            for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
                if (applySumRule(l)) {
                    changed = true;
                    break; // back to S2 first: the new cell may leave other lines with one
                }
            }
        }
    }

    // The unsuppressed non-zero interior cell with the smallest count; among equals one that also
    // completes another line needing a partner; then the lowest index.
    int bestInterior(int line, bool preferShared) const
    {
        const Line& ln = m_lines[at(line)];
        int best = -1;
        std::tuple<qint64, int, int> bestKey{};
        for (int c : ln.cells) {
            if (!hideable(c) || count(c) <= 0)
                continue;
            int shared = 1;
            if (preferShared) {
                for (int other : m_index.linesOf(c)) {
                    if (other != line && needsPartner(other)) {
                        shared = 0;
                        break;
                    }
                }
            }
            const std::tuple<qint64, int, int> key{count(c), shared, c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        return best;
    }

    bool addPartner(int line)
    {
        const Line& ln = m_lines[at(line)];
        if (ln.link) {
            // S5: the same cell in two linked tables is hidden in both, whatever its count.
            for (int c : ln.cells) {
                if (hideable(c)) {
                    suppress(c, SuppressionReason::Linked);
                    return true;
                }
            }
            if (ln.total >= 0 && hideable(ln.total)) {
                suppress(ln.total, SuppressionReason::Linked);
                return true;
            }
            return false;
        }
        const int cell = bestInterior(line, true);
        if (cell >= 0) {
            suppress(cell, SuppressionReason::Secondary);
            return true;
        }
        if (ln.total >= 0 && hideable(ln.total) && count(ln.total) > 0) {
            suppress(ln.total, SuppressionReason::Secondary);
            return true;
        }
        // Only zeros are left (the line's hidden cell is a zero hidden by the audit): a hidden 0
        // beside published zeros is no secret, so hide another zero, one that already shares a
        // line with hidden cells if there is one, then the total.
        int zero = -1;
        std::pair<int, int> zeroKey{};
        for (int c : ln.cells) {
            if (!hideable(c))
                continue;
            int cascades = 0;
            for (int other : m_index.linesOf(c))
                cascades += other != line && m_index.suppressedIn(other) == 0 ? 1 : 0;
            const std::pair<int, int> key{cascades, c};
            if (zero < 0 || key < zeroKey) {
                zero = c;
                zeroKey = key;
            }
        }
        if (zero < 0 && ln.total >= 0 && hideable(ln.total))
            zero = ln.total;
        if (zero >= 0) {
            suppress(zero, SuppressionReason::Secondary);
            return true;
        }
        return false;
    }

    // S3: with the total published, hidden cells that add up to less than k tell an attacker that
    // each of them is small; hide more until the hidden sum reaches k.
    bool applySumRule(int line)
    {
        const Line& ln = m_lines[at(line)];
        if (ln.link || ln.total < 0 || isSuppressed(ln.total))
            return false;
        qint64 hidden = 0;
        int hiddenCells = 0;
        for (int c : ln.cells) {
            if (isSuppressed(c)) {
                hidden += count(c);
                ++hiddenCells;
            }
        }
        if (hiddenCells == 0 || hidden >= m_k)
            return false;
        const int cell = bestInterior(line, false);
        if (cell >= 0) {
            suppress(cell, SuppressionReason::SumRule);
            return true;
        }
        if (hideable(ln.total) && count(ln.total) > 0) {
            suppress(ln.total, SuppressionReason::SumRule);
            return true;
        }
        return false;
    }

    // S4 failed for `cell`: hide the smallest published non-zero cell sharing a line with it
    // (interior cells before totals), else the smallest one anywhere in a line with hidden cells;
    // as a last resort a published zero in one of its lines (an attacker then no longer knows it).
    bool strengthen(int sensitive)
    {
        int best = -1;
        std::tuple<int, qint64, int> bestKey{};
        auto consider = [&](int c, int rank) {
            if (!hideable(c))
                return;
            if (count(c) <= 0)
                rank += 4;
            const std::tuple<int, qint64, int> key{rank, count(c), c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        };
        for (int l : m_index.linesOf(sensitive)) {
            const Line& ln = m_lines[at(l)];
            for (int c : ln.cells)
                consider(c, 0);
            if (ln.total >= 0)
                consider(ln.total, 1);
        }
        if (best < 0 || std::get<0>(bestKey) >= 4) {
            for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
                if (m_index.suppressedIn(l) == 0)
                    continue;
                const Line& ln = m_lines[at(l)];
                for (int c : ln.cells) {
                    if (count(c) > 0)
                        consider(c, 2);
                }
                if (ln.total >= 0 && count(ln.total) > 0)
                    consider(ln.total, 3);
            }
        }
        if (best < 0)
            return false;
        suppress(best, SuppressionReason::Audit);
        return true;
    }

    // Audits the pending sensitive cells against the current pattern.
    std::vector<AuditInterval> audit(const std::vector<std::size_t>& pending)
    {
        Components comps(m_lines, m_suppressed);
        std::vector<AuditInterval> out(pending.size());
        // Group the pending cells by component, in order of first appearance.
        std::vector<int> roots;
        std::vector<std::vector<std::size_t>> byRoot;
        for (std::size_t j = 0; j < pending.size(); ++j) {
            const int root = comps.root(m_sensitive[pending[j]].cell);
            const auto it = std::find(roots.begin(), roots.end(), root);
            if (it == roots.end()) {
                roots.push_back(root);
                byRoot.push_back({j});
            } else {
                byRoot[at(static_cast<int>(it - roots.begin()))].push_back(j);
            }
        }
        bool propagated = false;
        std::unique_ptr<MoveProver> mover;
        for (std::size_t g = 0; g < roots.size(); ++g) {
            const std::vector<int>& component = comps.members[at(roots[g])];
            const std::vector<std::size_t>& members = byRoot[g];
            if (component.size() <= kExactComponentLimit) {
                std::vector<int> cells;
                for (std::size_t j : members)
                    cells.push_back(m_sensitive[pending[j]].cell);
                const std::vector<AuditInterval> exact =
                    solveIntervals(m_model, m_counts, m_lb, component, cells, m_variableOf, true);
                for (std::size_t i = 0; i < members.size(); ++i)
                    out[members[i]] = exact[i];
                continue;
            }
            if (!propagated) {
                propagateBounds(m_model, m_counts, m_lb, m_suppressed, m_outerLo, m_outerHi);
                propagated = true;
            }
            std::vector<std::size_t> undecided;
            for (std::size_t j : members) {
                const Sensitive& s = m_sensitive[pending[j]];
                const double n = static_cast<double>(count(s.cell));
                // Certainly failing: the outer bounds are already too narrow.
                const AuditInterval outer{s.cell, m_outerLo[at(s.cell)], m_outerHi[at(s.cell)], false};
                if (!safe(s, outer)) {
                    out[j] = outer;
                    continue;
                }
                out[j] = AuditInterval{s.cell, n, n, false};
                if (!mover)
                    mover = std::make_unique<MoveProver>(m_model, m_counts, m_lb, m_suppressed, m_lines,
                                                         m_options.geometry);
                if (mover->usable(s.cell)) {
                    const auto [up, down] =
                        s.group ? mover->prove(s.cell, 0.0, 1.0) : mover->prove(s.cell, static_cast<double>(m_k), 0.0);
                    out[j] = AuditInterval{s.cell, n - down, n + up, false};
                    if (safe(s, out[j]))
                        continue;
                }
                undecided.push_back(j);
            }
            if (undecided.empty())
                continue;
            if (component.size() <= kLpComponentLimit) {
                std::vector<int> cells;
                for (std::size_t j : undecided)
                    cells.push_back(m_sensitive[pending[j]].cell);
                const std::vector<AuditInterval> exact =
                    solveIntervals(m_model, m_counts, m_lb, component, cells, m_variableOf, true);
                for (std::size_t i = 0; i < undecided.size(); ++i)
                    out[undecided[i]] = exact[i];
                continue;
            }
            // Larger components: a cell that neither propagation nor moves decide counts as
            // failing, and the caller hides more (safe, if sometimes more than needed).
        }
        return out;
    }

    // The reported intervals are those of the final pattern: exact wherever the component is small
    // (cheap), otherwise the proven interval from the round that passed the cell (it only widens as
    // more cells are hidden).
    void reportExact(Protection& result)
    {
        Components comps(m_lines, m_suppressed);
        std::vector<int> roots;
        std::vector<std::vector<std::size_t>> byRoot;
        for (std::size_t i = 0; i < m_sensitive.size(); ++i) {
            const int root = comps.root(m_sensitive[i].cell);
            if (comps.members[at(root)].size() > kExactComponentLimit)
                continue;
            const auto it = std::find(roots.begin(), roots.end(), root);
            if (it == roots.end()) {
                roots.push_back(root);
                byRoot.push_back({i});
            } else {
                byRoot[at(static_cast<int>(it - roots.begin()))].push_back(i);
            }
        }
        for (std::size_t g = 0; g < roots.size(); ++g) {
            std::vector<int> cells;
            for (std::size_t i : byRoot[g])
                cells.push_back(m_sensitive[i].cell);
            const std::vector<AuditInterval> exact =
                solveIntervals(m_model, m_counts, m_lb, comps.members[at(roots[g])], cells, m_variableOf, true);
            for (std::size_t j = 0; j < cells.size(); ++j)
                result.audit[byRoot[g][j]] = exact[j];
        }
    }

    const std::vector<qint64>& m_counts;
    const std::vector<Line>& m_lines;
    const ProtectionOptions& m_options;
    const int m_k;
    LineIndex m_index;
    AttackerModel m_model;
    std::vector<double> m_lb;
    Mask m_suppressed;
    std::vector<SuppressionReason> m_reasons;
    std::vector<Sensitive> m_sensitive;
    std::vector<Attribute> m_attribute;
    std::vector<int> m_variableOf;
    std::vector<double> m_outerLo;
    std::vector<double> m_outerHi;
};

} // namespace

int Protection::suppressedCount() const
{
    return static_cast<int>(std::count_if(reasons.cbegin(), reasons.cend(),
                                          [](SuppressionReason r) { return r != SuppressionReason::None; }));
}

Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                        const ProtectionOptions& options)
{
    if (options.minCell <= 1) {
        Protection none;
        none.reasons.assign(counts.size(), SuppressionReason::None);
        return none;
    }
    Protector protector(counts, lines, options);
    return protector.run();
}

Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell)
{
    ProtectionOptions options;
    options.minCell = minCell;
    return protectTable(counts, lines, options);
}

std::vector<AuditInterval> auditIntervals(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                          const std::vector<bool>& suppressed, const std::vector<int>& cells,
                                          const std::vector<qint64>& lowerBounds)
{
    const AttackerModel model(lines, counts.size());
    const std::vector<double> lb = lowerBoundsOf(lowerBounds, counts.size());
    Components comps(lines, suppressed);
    std::vector<int> variableOf(counts.size(), -1);
    std::vector<AuditInterval> out;
    out.reserve(cells.size());
    for (int cell : cells) {
        if (!suppressed[at(cell)]) {
            out.push_back(AuditInterval{cell, static_cast<double>(counts[at(cell)]),
                                        static_cast<double>(counts[at(cell)]), true});
            continue;
        }
        out.push_back(
            solveIntervals(model, counts, lb, comps.members[at(comps.root(cell))], {cell}, variableOf, true).front());
    }
    return out;
}

void fixMarginsToOneWayTables(const DenseLayout& layout, const std::vector<qint64>& counts,
                              const std::vector<bool>& multiValued, const std::vector<int>& missing,
                              const std::vector<int>& dimensions, const std::vector<int>& groupDimensions,
                              ProtectionOptions& options)
{
    const int dims = layout.dimensions();
    if (dims < 2 || options.minCell <= 1)
        return;
    for (int d = 0; d < dims; ++d) {
        if (layout.blocks(d) > 1)
            return; // no 1-D table adds the blocks of a split dimension
    }
    options.mustHide.resize(counts.size(), false);
    options.mustPublish.resize(counts.size(), false);
    std::vector<bool> hidesGrand;
    for (int d : dimensions) {
        const auto ud = static_cast<std::size_t>(d);
        const int n = layout.size(d);
        // The 1-D table: the margin cells along d, then the grand total.
        std::vector<int> cells;
        std::vector<int> coords(static_cast<std::size_t>(dims));
        for (int e = 0; e < dims; ++e)
            coords[static_cast<std::size_t>(e)] = layout.size(e);
        for (int i = 0; i <= n; ++i) {
            coords[ud] = i;
            cells.push_back(layout.index(coords));
        }
        const DenseLayout one({n});
        std::vector<qint64> oneCounts;
        std::vector<qint64> oneBounds;
        for (int c : cells) {
            oneCounts.push_back(counts[at(c)]);
            oneBounds.push_back(at(c) < options.lowerBounds.size() ? options.lowerBounds[at(c)] : 0);
        }
        const bool multi = ud < multiValued.size() && multiValued[ud];
        const int miss = ud < missing.size() ? missing[ud] : -1;
        ProtectionOptions oneOptions;
        oneOptions.minCell = options.minCell;
        oneOptions.lowerBounds = oneBounds;
        oneOptions.geometry = {TableGeometry{0, &one}};
        const std::vector<Line> oneLines = one.lines({multi}, {miss});
        if (std::find(groupDimensions.begin(), groupDimensions.end(), d) != groupDimensions.end())
            oneOptions.groupLines = {0};
        const Protection p = protectTable(oneCounts, oneLines, oneOptions);
        for (int i = 0; i < n; ++i) {
            const auto c = at(cells[at(i)]);
            if (p.suppressed(i))
                options.mustHide[c] = true;
            else
                options.mustPublish[c] = true;
        }
        hidesGrand.push_back(p.suppressed(n));
    }
    // The grand total is in every 1-D table: hidden if any of them hides it.
    const auto grand = at(layout.cellCount() - 1);
    if (std::find(hidesGrand.begin(), hidesGrand.end(), true) != hidesGrand.end())
        options.mustHide[grand] = true;
    else if (!hidesGrand.empty())
        options.mustPublish[grand] = true;
}

DenseLayout::DenseLayout(std::vector<int> shape, std::vector<std::vector<int>> blockStarts)
    : m_shape(std::move(shape))
{
    m_blockStarts.assign(m_shape.size(), std::vector<int>{0});
    for (std::size_t d = 0; d < m_shape.size() && d < blockStarts.size(); ++d) {
        for (int start : blockStarts[d]) {
            if (start > m_blockStarts[d].back() && start < m_shape[d])
                m_blockStarts[d].push_back(start);
        }
    }
    m_strides.assign(m_shape.size(), 1);
    m_cellCount = 1;
    for (int d = static_cast<int>(m_shape.size()) - 1; d >= 0; --d) {
        m_strides[static_cast<std::size_t>(d)] = m_cellCount;
        m_cellCount *= extent(d);
    }
}

int DenseLayout::blockOf(int dimension, int position) const
{
    const std::vector<int>& starts = m_blockStarts[static_cast<std::size_t>(dimension)];
    const int n = size(dimension);
    if (position >= n)
        return position - n;
    const auto it = std::upper_bound(starts.begin(), starts.end(), position);
    return static_cast<int>(it - starts.begin()) - 1;
}

int DenseLayout::blockBegin(int dimension, int block) const
{
    return m_blockStarts[static_cast<std::size_t>(dimension)][static_cast<std::size_t>(block)];
}

int DenseLayout::blockEnd(int dimension, int block) const
{
    const std::vector<int>& starts = m_blockStarts[static_cast<std::size_t>(dimension)];
    return block + 1 < static_cast<int>(starts.size()) ? starts[static_cast<std::size_t>(block) + 1] : size(dimension);
}

int DenseLayout::index(const std::vector<int>& coordinates) const
{
    int index = 0;
    for (std::size_t d = 0; d < m_shape.size(); ++d)
        index += coordinates[d] * m_strides[d];
    return index;
}

std::vector<int> DenseLayout::coordinates(int index) const
{
    std::vector<int> out(m_shape.size(), 0);
    for (std::size_t d = 0; d < m_shape.size(); ++d) {
        out[d] = index / m_strides[d];
        index %= m_strides[d];
    }
    return out;
}

bool DenseLayout::isInterior(int index) const
{
    const std::vector<int> c = coordinates(index);
    for (std::size_t d = 0; d < m_shape.size(); ++d) {
        if (c[d] >= m_shape[d])
            return false;
    }
    return true;
}

std::vector<Line> DenseLayout::lines(const std::vector<bool>& multiValued, const std::vector<int>& missing,
                                     const std::vector<std::vector<int>>& missingOf) const
{
    std::vector<Line> out;
    const int dims = dimensions();
    for (int d = 0; d < dims; ++d) {
        const std::size_t ud = static_cast<std::size_t>(d);
        // Enumerate every position of the other dimensions (totals included) in index order.
        for (int base = 0; base < m_cellCount; ++base) {
            if ((base / m_strides[ud]) % extent(d) != 0)
                continue;
            for (int b = 0; b < blocks(d); ++b) {
                Line line;
                const int begin = blockBegin(d, b);
                const int end = blockEnd(d, b);
                line.cells.reserve(static_cast<std::size_t>(end - begin));
                for (int i = begin; i < end; ++i)
                    line.cells.push_back(base + i * m_strides[ud]);
                line.total = base + (m_shape[ud] + b) * m_strides[ud];
                line.axis = d;
                line.additive = !(ud < multiValued.size() && multiValued[ud]);
                int miss = blocks(d) == 1 && ud < missing.size() ? missing[ud] : -1;
                if (ud < missingOf.size() && begin < static_cast<int>(missingOf[ud].size()))
                    miss = missingOf[ud][static_cast<std::size_t>(begin)];
                if (!line.additive && miss >= 0)
                    line.missingCell = base + miss * m_strides[ud];
                out.push_back(std::move(line));
            }
        }
    }
    return out;
}

} // namespace folja::analysis
