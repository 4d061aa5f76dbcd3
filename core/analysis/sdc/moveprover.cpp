#include "analysis/sdc/moveprover.h"

#include <algorithm>
#include <cmath>

namespace folja::analysis::sdc {

MoveProver::MoveProver(const AttackerModel& model, const std::vector<qint64>& counts, const std::vector<double>& lb,
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

std::pair<double, double> MoveProver::prove(int cell, double needWidth, double needDown)
{
    const Block* b = blockOf(cell);
    if (!b)
        return {0.0, 0.0};
    const double up = push(*b, cell, +1.0, needWidth);
    const double down = push(*b, cell, -1.0, std::max(needDown, needWidth - up));
    return {up, down};
}

const MoveProver::Block* MoveProver::blockOf(int cell) const
{
    const Block* found = nullptr;
    for (const Block& b : m_blocks) {
        if (cell >= b.first && cell < b.first + b.layout->cellCount())
            found = &b;
    }
    return found;
}

double MoveProver::maxStep(const Box& box, double direction, double atLeast)
{
    double t = kInfinity;
    // The corners moving down stop at their lower bounds: a box that cannot beat `atLeast` on those
    // alone is not worth its rows (t only shrinks from here, and the caller only takes a step
    // larger than `atLeast`).
    for (int i = 0; i < box.size; ++i) {
        if (direction * box.signs[i] < 0)
            t = std::min(t, m_x[at(box.cells[i])] - m_lb[at(box.cells[i])]);
    }
    if (t <= atLeast)
        return 0.0;
    m_touched.clear();
    for (int i = 0; i < box.size; ++i) {
        const double s = direction * box.signs[i];
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
        if (std::abs(d) < 1e-12 || t <= atLeast)
            continue; // (the marks are cleared all the same)
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

void MoveProver::apply(const Box& box, double step)
{
    for (int i = 0; i < box.size; ++i) {
        const double change = box.signs[i] * step;
        m_x[at(box.cells[i])] += change;
        for (const auto& [r, coef] : m_model.rowsOf(box.cells[i]))
            m_rowValue[at(r)] += coef * change;
    }
}

double MoveProver::push(const Block& b, int cell, double direction, double need)
{
    if (need <= 0)
        return 0.0;
    const int dims = b.layout->dimensions();
    if (dims > 3)
        return 0.0;
    const int base = cell;
    // Per dimension, the choices of a box's second position: a partner, a position whose cell
    // next to this one is hidden (a box needs every corner hidden), with the offset to it and the
    // sign its corners take (two categories of a line move in opposite directions, a category and
    // its total together); or, where the dimension's lines are inequalities, none (flat: the
    // dimension stays out of the box), listed last.
    for (int d = 0; d < dims; ++d) {
        const int stride = b.strides[at(d)];
        const int own = (cell - b.first) / stride % b.layout->extent(d);
        const int categories = b.layout->size(d); // at and above: a (block's) total
        std::vector<Choice>& choices = m_choices[d];
        choices.clear();
        for (int p = 0; p < b.layout->extent(d); ++p) {
            if (p != own && m_hidden[at(base + (p - own) * stride)])
                choices.push_back(Choice{(p - own) * stride, (p < categories && own < categories) ? -1.0 : 1.0, false});
        }
        if (!b.additive[at(d)])
            choices.push_back(Choice{0, 0.0, true});
        if (choices.empty())
            return 0.0;
    }
    std::pair<Box, double> applied[8];
    int appliedCount = 0;
    double moved = 0.0;
    for (int step = 0; step < 8 && moved < need; ++step) { // (at most 8 steps: `applied`)
        // Every box in the order of the partner lists (the last dimension fastest), the first
        // with the largest step kept. A box grows by one dimension at a time: corners[i + 2^n] =
        // corners[i] + offset; a choice whose new corners are not all hidden is no box, and
        // neither is any box that extends it, so those are skipped at once. So is a choice whose
        // corners moving down already have no more room above their lower bounds than the best
        // step so far: every box extending it has those corners too, so maxStep() could not find
        // it a larger step (bestStep only grows).
        Box best;
        double bestStep = 0.0;
        bool enough = false;
        Box box;
        box.size = 1;
        box.cells[0] = base;
        box.signs[0] = 1.0;
        auto visit = [&](auto&& self, int d, double room) -> void {
            if (d == dims) {
                if (box.size == 1)
                    return; // flat along every dimension: no move
                const double t = maxStep(box, direction, bestStep);
                if (t > bestStep) {
                    bestStep = t;
                    best = box;
                    enough = moved + t >= need;
                }
                return;
            }
            const int size = box.size;
            for (const Choice& c : m_choices[d]) {
                if (c.flat) {
                    self(self, d + 1, room);
                } else {
                    bool hidden = true;
                    double grown = room;
                    for (int i = 0; i < size && hidden; ++i) {
                        const int corner = box.cells[i] + c.offset;
                        hidden = m_hidden[at(corner)];
                        box.cells[size + i] = corner;
                        box.signs[size + i] = box.signs[i] * c.flip;
                        if (direction * box.signs[size + i] < 0)
                            grown = std::min(grown, m_x[at(corner)] - m_lb[at(corner)]);
                    }
                    if (hidden && grown > bestStep) {
                        box.size = 2 * size;
                        self(self, d + 1, grown);
                        box.size = size;
                    }
                }
                if (enough)
                    return;
            }
        };
        visit(visit, 0, direction < 0 ? m_x[at(base)] - m_lb[at(base)] : kInfinity);
        if (bestStep <= 0.0)
            break;
        if (std::isinf(bestStep)) {
            moved = kInfinity;
            break;
        }
        apply(best, direction * bestStep);
        applied[appliedCount++] = {best, direction * bestStep};
        moved += bestStep;
    }
    for (int i = appliedCount - 1; i >= 0; --i)
        apply(applied[i].first, -applied[i].second);
    return moved;
}

} // namespace folja::analysis::sdc
