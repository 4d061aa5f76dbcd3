#pragma once

// A small dense linear-programming solver for the disclosure audit. The attacker problems of a
// protected table have one variable per suppressed cell and one constraint per additive line that
// touches one, so they are tiny (tens to a few hundred variables); a dense two-phase simplex with
// Bland's rule is fast enough, exact enough for integer counts, and deterministic.

#include <vector>

namespace folja::analysis::lp {

enum class Sense { LessEqual, Equal, GreaterEqual };

struct Constraint {
    std::vector<std::pair<int, double>> terms; // (variable, coefficient)
    Sense sense = Sense::Equal;
    double rhs = 0.0;
};

enum class Status { Optimal, Unbounded, Infeasible };

struct Solution {
    Status status = Status::Infeasible;
    double value = 0.0;
};

// All variables are >= 0. Build once, then ask for the minimum and maximum of single variables:
// phase 1 runs once and every objective starts from its feasible basis.
class Problem
{
public:
    Problem(int variables, std::vector<Constraint> constraints);

    bool feasible() const { return m_feasible; }
    Solution maximize(const std::vector<double>& objective) const;
    Solution maximizeVariable(int variable) const;
    Solution minimizeVariable(int variable) const;

    struct Range {
        Solution min;
        Solution max;
    };
    // The minimum and maximum of each of `variables`. The objectives run one after the other on one
    // tableau, each warm-started from the previous optimum (a feasible basis), so a component of
    // the audit costs one phase 1 and a few pivots per objective.
    std::vector<Range> ranges(const std::vector<int>& variables) const;

private:
    struct Tableau {
        int rows = 0;
        int cols = 0;           // structural + slack + artificial columns, without rhs
        std::vector<double> a;  // rows x (cols + 1), rhs in the last column
        std::vector<int> basis; // basic column per row
        double& at(int r, int c)
        {
            return a[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols + 1) + static_cast<std::size_t>(c)];
        }
        double at(int r, int c) const
        {
            return a[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols + 1) + static_cast<std::size_t>(c)];
        }
    };

    // Runs the simplex on `t` maximising `cost` over the allowed columns; false if unbounded.
    static bool optimise(Tableau& t, std::vector<double> cost, int allowedCols);
    static void pivot(Tableau& t, int row, int col);

    int m_variables = 0;
    int m_structural = 0; // variables + slacks: columns allowed after phase 1
    bool m_feasible = false;
    Tableau m_start;
};

} // namespace folja::analysis::lp
