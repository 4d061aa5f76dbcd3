#include "analysis/categories.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace folja::analysis::detail {

namespace {

const QString kMissingSourceLabel = QStringLiteral("(uppgift saknas)");
const QString kBbic = QStringLiteral("BBIC");
const QString kIbic = QStringLiteral("IBIC");

// The måluppfyllelse scale of a målgrupp (INTERCHANGE §2/§3): the catalogue's value set, else
// SKR's rule: BBIC for individ- och familjeomsorg, IBIC for vård och omsorg.
QString scaleOf(const catalog::Catalog& catalog, catalog::Malgrupp m)
{
    const catalog::Variable* mal = catalog.variable(u"maluppfyllelse");
    QString set = mal ? catalog.valueSetFor(*mal, m) : QString();
    if (set.isEmpty())
        set = (m == catalog::Malgrupp::Aldre || m == catalog::Malgrupp::Funk) ? kIbic : kBbic;
    return set;
}

// Record p's key of a single-valued column, from its int32 keys or its bytes (Column::narrow).
std::int32_t singleKey(const Column& c, std::size_t p)
{
    return c.keys.empty() ? static_cast<std::int32_t>(c.narrow[p]) - 2 : c.keys[p];
}

// The scale of each målgrupp key (1 BBIC, 2 IBIC, kMissing unknown).
std::vector<std::int32_t> scaleOfKey(const catalog::Catalog& catalog, const Column& malgrupp)
{
    std::vector<std::int32_t> lut(static_cast<std::size_t>(malgrupp.dict.size()), kMissing);
    for (qsizetype k = 1; k < malgrupp.dict.size(); ++k) {
        const auto m = catalog::malgruppFromCode(malgrupp.dict.at(k));
        if (m)
            lut[static_cast<std::size_t>(k)] = scaleOf(catalog, *m) == kIbic ? 2 : 1;
    }
    return lut;
}

// The scale of each record's ärende (1 BBIC, 2 IBIC, kMissing unknown), from its målgrupp; a
// person holds the scales of all their ärenden.
Column scaleColumn(const catalog::Catalog& catalog, const Column& malgrupp)
{
    Column col;
    col.mayBeNotApplicable = false;
    col.dict = {QString(), kBbic, kIbic};
    const std::vector<std::int32_t> lut = scaleOfKey(catalog, malgrupp);
    auto map = [&](std::int32_t key) { return key > 0 ? lut[static_cast<std::size_t>(key)] : key; };
    col.multi = malgrupp.multi;
    if (!malgrupp.multi) {
        col.keys.resize(malgrupp.records());
        for (std::size_t p = 0; p < col.keys.size(); ++p)
            col.keys[p] = map(singleKey(malgrupp, p));
    } else {
        col.offsets.push_back(0);
        std::vector<std::int32_t> scratch;
        for (std::size_t p = 0; p + 1 < malgrupp.offsets.size(); ++p) {
            scratch.clear();
            for (std::uint32_t i = malgrupp.offsets[p]; i < malgrupp.offsets[p + 1]; ++i)
                scratch.push_back(map(malgrupp.keys[i]));
            std::sort(scratch.begin(), scratch.end());
            scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
            col.keys.insert(col.keys.end(), scratch.begin(), scratch.end());
            col.offsets.push_back(static_cast<std::uint32_t>(col.keys.size()));
        }
    }
    return col;
}

} // namespace

QString variableLabel(const catalog::Catalog& catalog, const VariableRef& ref)
{
    if (ref.variable == QLatin1String("alder_grupp"))
        return QCoreApplication::translate("folja::analysis", "Age group");
    if (ref.variable == QLatin1String("malgrupp"))
        return QCoreApplication::translate("folja::analysis", "Målgrupp");
    if (ref.variable == QLatin1String("enhet"))
        return QCoreApplication::translate("folja::analysis", "Unit");
    const catalog::Variable* v = catalog.variable(ref.variable);
    return v ? v->label : ref.variable;
}

CategoryMap buildCategories(const catalog::Catalog& catalog, const Column& column, bool includeEmpty)
{
    struct Entry {
        std::pair<int, QString> order;
        Category category;
    };
    std::map<QString, Entry> byCode; // keyed by category code; ordered at the end
    std::vector<QString> keyCode(static_cast<std::size_t>(column.dict.size()));

    const QString varCode = column.ref.variable;
    const catalog::Variable* var = column.kind == ColumnKind::Catalog ? catalog.variable(varCode) : nullptr;
    auto catalogueEntry = [&](const QString& code) {
        Entry e;
        e.category.code = code;
        e.category.label = code;
        e.category.sourceLabel = code;
        e.order = {1 << 30, code};
        if (var) {
            for (qsizetype i = 0; i < var->values.size(); ++i) {
                const catalog::Value& value = var->values.at(i);
                if (value.code != code)
                    continue;
                e.order = {static_cast<int>(i), code};
                e.category.label = value.label;
                e.category.sourceLabel = varCode == QLatin1String("insats")
                                             ? code
                                             : (value.sourceLabel.isEmpty() ? value.label : value.sourceLabel);
                e.category.isUncertain = value.uncertain;
                break;
            }
        }
        return e;
    };

    for (qsizetype k = 1; k < column.dict.size(); ++k) {
        const QString raw = column.dict.at(k);
        QString code = raw;
        Entry entry;
        switch (column.kind) {
        case ColumnKind::Catalog: {
            // Local sub-values count as their national parent.
            const QString national = catalog.rollUp(varCode, raw);
            if (!national.isEmpty())
                code = national;
            entry = catalogueEntry(code);
            break;
        }
        case ColumnKind::Malgrupp: {
            const auto m = catalog::malgruppFromCode(raw);
            entry.category.code = raw;
            entry.category.label = m ? catalog.malgruppLabel(*m) : raw;
            entry.category.sourceLabel = entry.category.label;
            entry.order = {m ? static_cast<int>(*m) : 1 << 30, raw};
            break;
        }
        default:
            // Enhet, age bands, periods and value sets: the dictionary order is the order.
            entry.category.code = raw;
            entry.category.label = raw;
            entry.category.sourceLabel = raw;
            entry.order = {column.kind == ColumnKind::Enhet ? 0 : static_cast<int>(k), raw};
            break;
        }
        keyCode[static_cast<std::size_t>(k)] = code;
        byCode.emplace(code, entry);
    }
    if (includeEmpty && var) {
        const bool parentsOnly = column.ref.part == QLatin1String("parent");
        for (const catalog::Value& value : var->values) {
            if (value.local || (parentsOnly && !value.parent.isEmpty()))
                continue;
            if (byCode.find(value.code) == byCode.end())
                byCode.emplace(value.code, catalogueEntry(value.code));
        }
    }
    std::vector<Entry> ordered;
    ordered.reserve(byCode.size());
    for (auto& [code, entry] : byCode)
        ordered.push_back(entry);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Entry& a, const Entry& b) { return a.order < b.order; });

    CategoryMap out;
    QHash<QString, int> indexOf;
    for (const Entry& e : ordered) {
        indexOf.insert(e.category.code, static_cast<int>(out.categories.size()));
        out.categories.append(e.category);
    }
    Category missing;
    missing.label = QCoreApplication::translate("folja::analysis", "(missing)");
    missing.sourceLabel = kMissingSourceLabel;
    missing.isMissing = true;
    out.missingIndex = static_cast<int>(out.categories.size());
    out.categories.append(missing);
    out.keyToIndex.assign(static_cast<std::size_t>(column.dict.size()), -1);
    for (qsizetype k = 1; k < column.dict.size(); ++k)
        out.keyToIndex[static_cast<std::size_t>(k)] = indexOf.value(keyCode[static_cast<std::size_t>(k)], -1);
    return out;
}

bool recordApplies(const Column& c, std::size_t p)
{
    return c.multi ? c.keys[c.offsets[p]] != kNotApplicable : singleKey(c, p) != kNotApplicable;
}

std::optional<ScaleBytes> scaleBytes(const catalog::Catalog& catalog, const Column& malgrupp, const Column& in)
{
    if (in.multi || malgrupp.multi || in.dict.size() + 1 + 2 > 256 || malgrupp.dict.size() + 2 > 256)
        return std::nullopt;
    ScaleBytes out;
    out.column.ref = in.ref;
    out.column.kind = in.kind;
    out.column.mayBeNotApplicable = in.mayBeNotApplicable;
    out.column.dict = in.dict;
    out.column.dict.append(QString());
    out.ibic.assign(256, 0); // every byte: a målgrupp byte indexes it without a check
    const std::vector<std::int32_t> scale = scaleOfKey(catalog, malgrupp);
    for (std::size_t k = 1; k < scale.size(); ++k)
        out.ibic[k + 2] = scale[k] == 2 ? 1 : 0;
    // Bytes are key + 2 (Column::narrow: 1 is kMissing); IBIC's missing is the appended key.
    const auto ibicMissingByte = static_cast<std::uint8_t>(in.dict.size() + 2);
    out.shift = static_cast<std::uint8_t>(ibicMissingByte - 1);
    return out;
}

void ScaleBytes::apply(const std::uint8_t* keys, const std::uint8_t* group, std::uint8_t* out, std::size_t n) const
{
    // Locals: a byte written to `out` may alias the members, which would be read again per record.
    const std::uint8_t* toIbicOf = ibic.data();
    const std::uint8_t by = shift;
    // Arithmetic instead of a condition: missing values are common and unpredictable.
    for (std::size_t p = 0; p < n; ++p) {
        const std::uint8_t key = keys[p];
        const auto toIbic = static_cast<std::uint8_t>(static_cast<std::uint8_t>(key == 1) & toIbicOf[group[p]]);
        out[p] = static_cast<std::uint8_t>(key + (static_cast<std::uint8_t>(0u - toIbic) & by));
    }
}

std::vector<std::uint8_t> ScaleBytes::shiftByGroup() const
{
    std::vector<std::uint8_t> by(ibic.size(), 0);
    for (std::size_t b = 0; b < by.size(); ++b)
        by[b] = ibic[b] != 0 ? shift : 0;
    return by;
}

Column scaleMissing(const catalog::Catalog& catalog, const Column& malgrupp, const Column& in)
{
    const auto ibicMissing = static_cast<std::int32_t>(in.dict.size());
    if (!in.multi && !malgrupp.multi) {
        // The hot path (insatser, uppföljningar): one pass over both columns.
        const std::size_t n = in.records();
        if (!in.narrow.empty() && !malgrupp.narrow.empty()) {
            if (std::optional<ScaleBytes> bytes = scaleBytes(catalog, malgrupp, in)) {
                // Bytes in, bytes out.
                bytes->column.narrow.resize(n);
                bytes->apply(in.narrow.data(), malgrupp.narrow.data(), bytes->column.narrow.data(), n);
                return std::move(bytes->column);
            }
        }
        Column out;
        out.ref = in.ref;
        out.kind = in.kind;
        out.mayBeNotApplicable = in.mayBeNotApplicable;
        out.dict = in.dict;
        out.dict.append(QString());
        std::vector<std::uint8_t> ibic(static_cast<std::size_t>(malgrupp.dict.size()) + 2, 0); // by key + 2
        const std::vector<std::int32_t> scale = scaleOfKey(catalog, malgrupp);
        for (std::size_t k = 1; k < scale.size(); ++k)
            ibic[k + 2] = scale[k] == 2 ? 1 : 0;
        out.keys.resize(n);
        for (std::size_t p = 0; p < n; ++p) {
            const std::int32_t key = singleKey(in, p);
            const bool toIbic = key == kMissing && ibic[static_cast<std::size_t>(singleKey(malgrupp, p) + 2)] != 0;
            out.keys[p] = toIbic ? ibicMissing : key;
        }
        return out;
    }
    const Column scales = scaleColumn(catalog, malgrupp);
    Column out = in;
    out.dict.append(QString());
    if (!in.multi) {
        // A single value per record but several ärenden (and so maybe both scales) behind it.
        return out;
    }
    out.keys.clear();
    out.offsets.assign(1, 0);
    for (std::size_t p = 0; p + 1 < in.offsets.size(); ++p) {
        const std::uint32_t b = in.offsets[p];
        const std::uint32_t e = in.offsets[p + 1];
        if (e - b == 1 && in.keys[b] == kMissing) {
            bool bbic = false;
            bool ibic = false;
            const std::size_t sb = scales.multi ? scales.offsets[p] : p;
            const std::size_t se = scales.multi ? scales.offsets[p + 1] : p + 1;
            for (std::size_t i = sb; i < se; ++i) {
                bbic = bbic || scales.keys[i] != 2;
                ibic = ibic || scales.keys[i] == 2;
            }
            if (bbic || !ibic)
                out.keys.push_back(kMissing);
            if (ibic)
                out.keys.push_back(ibicMissing);
        } else {
            out.keys.insert(out.keys.end(), in.keys.begin() + b, in.keys.begin() + e);
        }
        out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
    }
    return out;
}

QStringList allowedScales(const catalog::Catalog& catalog, const Query& query)
{
    QStringList scales;
    for (const catalog::Malgrupp m : {catalog::Malgrupp::Bou, catalog::Malgrupp::Vux, catalog::Malgrupp::Ekb,
                                      catalog::Malgrupp::Aldre, catalog::Malgrupp::Funk}) {
        const QString code = catalog::malgruppCode(m);
        bool allowed = query.scope.malgrupper.isEmpty() || query.scope.malgrupper.contains(code);
        for (const Filter& f : query.filters) {
            if (f.variable == QLatin1String("malgrupp"))
                allowed = allowed && f.values.contains(code);
        }
        const QString scale = scaleOf(catalog, m);
        if (allowed && !scales.contains(scale))
            scales.append(scale);
    }
    if (scales.isEmpty()) // the filters allow no målgrupp: no records, both scales listed as empty
        scales = QStringList{kBbic, kIbic};
    if (scales.size() > 1 && scales.front() != kBbic)
        std::swap(scales.first(), scales.last());
    return scales;
}

void splitScales(CategoryMap& map, const catalog::Catalog& catalog, const Column& column, const QStringList& scales,
                 const QStringList& merged)
{
    const catalog::Variable* var = catalog.variable(u"maluppfyllelse");
    auto scaleOfCode = [&](const QString& code) {
        const catalog::Value* value = var ? var->value(code) : nullptr;
        return value ? value->valueSet : QString();
    };
    QString otherScale;
    for (const QString& code : merged) {
        if (otherScale.isEmpty())
            otherScale = scaleOfCode(code);
    }
    QList<Category> categories;
    std::vector<int> newIndex(static_cast<std::size_t>(map.categories.size()), -1);
    int bbicMissing = -1;
    int ibicMissing = -1;
    for (const QString& scale : scales) {
        for (qsizetype i = 0; i < map.categories.size(); ++i) {
            Category c = map.categories.at(i);
            if (c.isMissing)
                continue;
            QString own = c.code == otherCategoryCode() ? otherScale : scaleOfCode(c.code);
            if (own.isEmpty())
                own = scales.front(); // not in the catalogue: kept, on the first scale
            if (own != scale)
                continue;
            c.scale = scale;
            newIndex[static_cast<std::size_t>(i)] = static_cast<int>(categories.size());
            categories.append(c);
        }
        Category missing = map.categories.at(map.missingIndex);
        missing.scale = scale;
        (scale == kIbic ? ibicMissing : bbicMissing) = static_cast<int>(categories.size());
        categories.append(missing);
    }
    std::vector<int> keyToIndex(static_cast<std::size_t>(column.dict.size()), -1);
    for (std::size_t k = 1; k < map.keyToIndex.size() && k < keyToIndex.size(); ++k) {
        const int idx = map.keyToIndex[k];
        keyToIndex[k] = idx < 0 ? -1 : newIndex[static_cast<std::size_t>(idx)];
    }
    // Records of a scale that is left out count as that scale's missing only if it is listed.
    map.missingIndex = bbicMissing >= 0 ? bbicMissing : ibicMissing;
    keyToIndex.back() = ibicMissing >= 0 ? ibicMissing : map.missingIndex;
    map.categories = categories;
    map.keyToIndex = std::move(keyToIndex);
}

void mergeIntoOther(CategoryMap& map, const QStringList& codes)
{
    QList<Category> categories;
    std::vector<int> newIndex(static_cast<std::size_t>(map.categories.size()), -1);
    std::vector<int> merged;
    for (qsizetype i = 0; i < map.categories.size(); ++i) {
        if (i == map.missingIndex)
            continue;
        if (codes.contains(map.categories.at(i).code)) {
            merged.push_back(static_cast<int>(i));
            continue;
        }
        newIndex[static_cast<std::size_t>(i)] = static_cast<int>(categories.size());
        categories.append(map.categories.at(i));
    }
    if (merged.empty())
        return;
    Category other;
    other.code = otherCategoryCode();
    other.label = QCoreApplication::translate("folja::analysis", "Other");
    other.sourceLabel = QStringLiteral("Övriga");
    for (int i : merged)
        newIndex[static_cast<std::size_t>(i)] = static_cast<int>(categories.size());
    categories.append(other);
    if (map.missingIndex >= 0) {
        newIndex[static_cast<std::size_t>(map.missingIndex)] = static_cast<int>(categories.size());
        categories.append(map.categories.at(map.missingIndex));
        map.missingIndex = static_cast<int>(categories.size()) - 1;
    }
    for (int& idx : map.keyToIndex) {
        if (idx >= 0)
            idx = newIndex[static_cast<std::size_t>(idx)];
    }
    map.categories = categories;
}

} // namespace folja::analysis::detail
