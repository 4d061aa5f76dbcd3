#pragma once

// The attacker's side of disclosure control (PRIVACY-AND-STORAGE §3.3, S4): what a reader of the
// published table knows, as linear rows over its cells, and the ways to bound a hidden cell from
// them — the exact LP, interval propagation, and the split into independent components. The
// protector (protector.cpp) asks these questions; the move prover (moveprover.h) answers the
// wide ones without an LP. Internal to core/analysis.

#include "analysis/lp.h"
#include "analysis/suppression.h"

#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace folja::analysis::sdc {

using Mask = std::vector<bool>;

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

inline std::size_t at(int i)
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
std::vector<double> lowerBoundsOf(const std::vector<qint64>& lowerBounds, std::size_t cellCount);

// The exact attacker problem over the hidden cells `variables`, every other cell held at its true
// count. With all hidden cells of a component this is the attacker's problem; with fewer it is a
// restriction of it, whose intervals lie inside the attacker's. A hidden cell x with lower bound b
// is the LP variable x - b >= 0.
lp::Problem buildProblem(const AttackerModel& model, const std::vector<qint64>& counts, const std::vector<double>& lb,
                         const std::vector<int>& variables, std::vector<int>& variableOf);

// Exact intervals of `cells` (all among `variables`) from one LP.
std::vector<AuditInterval> solveIntervals(const AttackerModel& model, const std::vector<qint64>& counts,
                                          const std::vector<double>& lb, const std::vector<int>& variables,
                                          const std::vector<int>& cells, std::vector<int>& variableOf, bool exact);

// Hidden cells only interact through lines that hold several of them, so the attacker problem
// splits into independent components (published cells are constants).
struct Components {
    std::vector<int> parent;
    std::vector<std::vector<int>> members; // by root

    Components(const std::vector<Line>& lines, const Mask& hidden);
    int root(int cell);
};

// The same components kept up to date while cells are hidden one at a time (the protector only
// ever adds hidden cells): hiding a cell joins it with one hidden cell of each of its lines. The
// members of a component are kept in ascending order, as Components lists them.
class GrowingComponents
{
public:
    GrowingComponents(const std::vector<Line>& lines, std::size_t cellCount);

    // `cell` has just been hidden; `linesOf` are the lines through it (cells or total).
    void add(int cell, const std::vector<int>& linesOf);
    int root(int cell);
    const std::vector<int>& members(int root) const { return m_members[at(root)]; }

private:
    void join(int a, int b);

    std::vector<int> m_parent; // -1: not hidden
    std::vector<std::vector<int>> m_members;
    std::vector<int> m_hiddenOfLine; // per line: one hidden cell of it, or -1
};

// Interval propagation over the rows (bounds tightening): outer bounds on every hidden cell. The
// attacker's interval lies inside them, so a cell whose outer interval is too narrow certainly
// fails the audit, without an LP.
void propagateBounds(const AttackerModel& model, const std::vector<qint64>& counts, const std::vector<double>& lb,
                     const Mask& hidden, std::vector<double>& lo, std::vector<double>& hi);

} // namespace folja::analysis::sdc
