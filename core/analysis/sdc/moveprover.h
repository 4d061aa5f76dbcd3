#pragma once

// The audit's fast path: proves wide attacker intervals in large tables without an LP (see the
// class comment). Internal to core/analysis.

#include "analysis/sdc/attackermodel.h"

#include <utility>
#include <vector>

namespace folja::analysis::sdc {

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
               const Mask& hidden, const std::vector<Line>& lines, const std::vector<TableGeometry>& geometry);

    bool usable(int cell) const { return blockOf(cell) != nullptr; }

    // How far the cell can be moved up and down (proven; +infinity when unbounded), stopping once
    // up + down >= needWidth and down >= needDown.
    std::pair<double, double> prove(int cell, double needWidth, double needDown);

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

    const Block* blockOf(int cell) const;
    Block* blockOf(int cell) { return const_cast<Block*>(static_cast<const MoveProver*>(this)->blockOf(cell)); }

    // The largest step t >= 0 for moving the box by direction·t from the current table; a result
    // <= atLeast (>= 0) only says that the step is not larger than atLeast.
    double maxStep(const Box& box, double direction, double atLeast);
    void apply(const Box& box, double step);
    // Greedy: apply the best box again and again (at most a few times) until the cell moved by
    // `need`; then undo everything. Returns how far the cell moved.
    double push(const Block& b, int cell, double direction, double need);

    // push(): per dimension, the positions a box may take besides the cell's own.
    struct Choice {
        int offset = 0;    // to the partner's cell
        double flip = 0.0; // the sign of the corners at the partner's position, relative to the cell's
        bool flat = true;  // no partner: the box stays flat along the dimension
    };
    std::vector<Choice> m_choices[3];

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

} // namespace folja::analysis::sdc
