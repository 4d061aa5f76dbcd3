#include "analysis/lp.h"

#include <cmath>
#include <limits>

namespace folja::analysis::lp {

namespace {
constexpr double kEps = 1e-9;
}

Problem::Problem(int variables, std::vector<Constraint> constraints)
    : m_variables(variables)
{
    // Normalise to non-negative right-hand sides so the initial basis (slacks and artificials) is
    // feasible.
    for (Constraint& c : constraints) {
        if (c.rhs < 0) {
            c.rhs = -c.rhs;
            for (auto& term : c.terms)
                term.second = -term.second;
            if (c.sense == Sense::LessEqual)
                c.sense = Sense::GreaterEqual;
            else if (c.sense == Sense::GreaterEqual)
                c.sense = Sense::LessEqual;
        }
    }
    int slacks = 0;
    int artificials = 0;
    for (const Constraint& c : constraints) {
        if (c.sense != Sense::Equal)
            ++slacks;
        if (c.sense != Sense::LessEqual)
            ++artificials;
    }
    m_structural = variables + slacks;
    Tableau& t = m_start;
    t.rows = static_cast<int>(constraints.size());
    t.cols = m_structural + artificials;
    t.a.assign(static_cast<std::size_t>(t.rows) * static_cast<std::size_t>(t.cols + 1), 0.0);
    t.basis.assign(static_cast<std::size_t>(t.rows), -1);

    int slack = variables;
    int artificial = m_structural;
    for (int r = 0; r < t.rows; ++r) {
        const Constraint& c = constraints[static_cast<std::size_t>(r)];
        for (const auto& [var, coef] : c.terms)
            t.at(r, var) += coef;
        t.at(r, t.cols) = c.rhs;
        if (c.sense == Sense::LessEqual) {
            t.at(r, slack) = 1.0;
            t.basis[static_cast<std::size_t>(r)] = slack++;
        } else if (c.sense == Sense::GreaterEqual) {
            t.at(r, slack++) = -1.0;
            t.at(r, artificial) = 1.0;
            t.basis[static_cast<std::size_t>(r)] = artificial++;
        } else {
            t.at(r, artificial) = 1.0;
            t.basis[static_cast<std::size_t>(r)] = artificial++;
        }
    }

    if (artificials == 0) {
        m_feasible = true;
        return;
    }
    std::vector<double> phase1(static_cast<std::size_t>(t.cols), 0.0);
    for (int c = m_structural; c < t.cols; ++c)
        phase1[static_cast<std::size_t>(c)] = -1.0;
    optimise(t, phase1, t.cols);
    double infeasibility = 0.0;
    for (int r = 0; r < t.rows; ++r) {
        if (t.basis[static_cast<std::size_t>(r)] >= m_structural)
            infeasibility += t.at(r, t.cols);
    }
    m_feasible = infeasibility < 1e-7;
    if (!m_feasible)
        return;
    // Drive the remaining (zero-valued) artificials out of the basis; a row where that is
    // impossible is redundant and keeps its artificial at zero for ever.
    for (int r = 0; r < t.rows; ++r) {
        if (t.basis[static_cast<std::size_t>(r)] < m_structural)
            continue;
        for (int c = 0; c < m_structural; ++c) {
            if (std::abs(t.at(r, c)) > kEps) {
                pivot(t, r, c);
                break;
            }
        }
    }
}

void Problem::pivot(Tableau& t, int row, int col)
{
    const int width = t.cols + 1;
    const double p = t.at(row, col);
    double* pr = &t.a[static_cast<std::size_t>(row) * static_cast<std::size_t>(width)];
    for (int c = 0; c < width; ++c)
        pr[c] /= p;
    for (int r = 0; r < t.rows; ++r) {
        if (r == row)
            continue;
        double* rr = &t.a[static_cast<std::size_t>(r) * static_cast<std::size_t>(width)];
        const double f = rr[col];
        if (std::abs(f) <= 0.0)
            continue;
        for (int c = 0; c < width; ++c)
            rr[c] -= f * pr[c];
        rr[col] = 0.0;
    }
    t.basis[static_cast<std::size_t>(row)] = col;
}

bool Problem::optimise(Tableau& t, std::vector<double> cost, int allowedCols)
{
    // Reduced costs d_j = c_j - sum_i c_basis(i) * a_ij, kept up to date through the pivots.
    std::vector<double> reduced = cost;
    for (int r = 0; r < t.rows; ++r) {
        const double cb = cost[static_cast<std::size_t>(t.basis[static_cast<std::size_t>(r)])];
        if (cb == 0.0)
            continue;
        for (int c = 0; c < t.cols; ++c)
            reduced[static_cast<std::size_t>(c)] -= cb * t.at(r, c);
    }
    const int limit = 50000; // Bland's rule cannot cycle; the limit only guards against a bug
    for (int iteration = 0; iteration < limit; ++iteration) {
        // Dantzig's rule (largest reduced cost) converges in few pivots; after many pivots switch
        // to Bland's rule, which cannot cycle on degenerate tableaux. Both are deterministic.
        const bool bland = iteration > 4 * (t.rows + t.cols);
        int enter = -1;
        double best = kEps;
        for (int c = 0; c < allowedCols; ++c) {
            const double rc = reduced[static_cast<std::size_t>(c)];
            if (rc > best) {
                enter = c;
                if (bland)
                    break;
                best = rc;
            }
        }
        if (enter < 0)
            return true;
        int leave = -1;
        double bestRatio = std::numeric_limits<double>::infinity();
        for (int r = 0; r < t.rows; ++r) {
            const double a = t.at(r, enter);
            if (a > kEps) {
                const double ratio = t.at(r, t.cols) / a;
                if (ratio < bestRatio - kEps ||
                    (ratio <= bestRatio + kEps && leave >= 0 &&
                     t.basis[static_cast<std::size_t>(r)] < t.basis[static_cast<std::size_t>(leave)])) {
                    bestRatio = std::min(bestRatio, ratio);
                    leave = r;
                }
            }
        }
        if (leave < 0)
            return false;
        pivot(t, leave, enter);
        const double f = reduced[static_cast<std::size_t>(enter)];
        for (int c = 0; c < t.cols; ++c)
            reduced[static_cast<std::size_t>(c)] -= f * t.at(leave, c);
        reduced[static_cast<std::size_t>(enter)] = 0.0;
    }
    return true;
}

Solution Problem::maximize(const std::vector<double>& objective) const
{
    if (!m_feasible)
        return {Status::Infeasible, 0.0};
    Tableau t = m_start;
    std::vector<double> cost(static_cast<std::size_t>(t.cols), 0.0);
    for (std::size_t i = 0; i < objective.size() && i < cost.size(); ++i)
        cost[i] = objective[i];
    if (!optimise(t, cost, m_structural))
        return {Status::Unbounded, std::numeric_limits<double>::infinity()};
    double value = 0.0;
    for (int r = 0; r < t.rows; ++r) {
        const int b = t.basis[static_cast<std::size_t>(r)];
        if (b < static_cast<int>(objective.size()))
            value += objective[static_cast<std::size_t>(b)] * t.at(r, t.cols);
    }
    return {Status::Optimal, value};
}

std::vector<Problem::Range> Problem::ranges(const std::vector<int>& variables) const
{
    std::vector<Range> out(variables.size());
    if (!m_feasible) {
        for (Range& r : out)
            r = {{Status::Infeasible, 0.0}, {Status::Infeasible, 0.0}};
        return out;
    }
    Tableau t = m_start;
    std::vector<double> cost(static_cast<std::size_t>(t.cols), 0.0);
    auto valueOf = [&](int variable) {
        for (int r = 0; r < t.rows; ++r) {
            if (t.basis[static_cast<std::size_t>(r)] == variable)
                return t.at(r, t.cols);
        }
        return 0.0;
    };
    for (std::size_t i = 0; i < variables.size(); ++i) {
        const auto v = static_cast<std::size_t>(variables[i]);
        cost[v] = 1.0;
        out[i].max = optimise(t, cost, m_structural)
                         ? Solution{Status::Optimal, valueOf(variables[i])}
                         : Solution{Status::Unbounded, std::numeric_limits<double>::infinity()};
        cost[v] = -1.0;
        // Minimising a non-negative variable is never unbounded.
        optimise(t, cost, m_structural);
        out[i].min = {Status::Optimal, valueOf(variables[i])};
        cost[v] = 0.0;
    }
    return out;
}

Solution Problem::maximizeVariable(int variable) const
{
    std::vector<double> objective(static_cast<std::size_t>(m_variables), 0.0);
    objective[static_cast<std::size_t>(variable)] = 1.0;
    return maximize(objective);
}

Solution Problem::minimizeVariable(int variable) const
{
    std::vector<double> objective(static_cast<std::size_t>(m_variables), 0.0);
    objective[static_cast<std::size_t>(variable)] = -1.0;
    Solution s = maximize(objective);
    if (s.status == Status::Optimal)
        s.value = -s.value;
    return s;
}

} // namespace folja::analysis::lp
