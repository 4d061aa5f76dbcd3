#include "analysis/suppression.h"

#include <algorithm>

namespace folja::analysis {

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
