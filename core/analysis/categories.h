#pragma once

// The categories of a cross-tabulation's dimensions (internal to core/analysis): national codes in
// catalogue order with "(uppgift saknas)" last (engine.h: buildCategories), the two måluppfyllelse
// scales as blocks of their own (INTERCHANGE §3), and S6's "Övriga".

#include "analysis/engine.h"

#include <QStringList>

#include <optional>

namespace folja::analysis::detail {

// Måluppfyllelse with "(uppgift saknas)" per scale: a record without a value keeps kMissing on
// the BBIC scale and gets the extra key dict.size() (appended, code "") on the IBIC scale; a person
// with ärenden on both scales and no value is missing on both. `malgrupp` is the målgrupp column
// over the same population (Engine::resolve), which decides each record's scale.
Column scaleMissing(const catalog::Catalog& catalog, const Column& malgrupp, const Column& in);

// scaleMissing over single-valued columns held as bytes (Column::narrow): over whole columns
// (apply), or in the gather loop that reads måluppfyllelse (shiftByGroup: GatherPlan::shiftMissing).
struct ScaleBytes {
    Column column;                  // the scaled column without keys (its dictionary and form)
    std::vector<std::uint8_t> ibic; // by målgrupp byte (key + 2): 1 for a målgrupp on the IBIC scale
    std::uint8_t shift = 0;         // what moves "missing" (byte 1) to IBIC's "(uppgift saknas)"

    // out[p] = the scaled byte of the record with måluppfyllelse byte keys[p], målgrupp byte group[p].
    void apply(const std::uint8_t* keys, const std::uint8_t* group, std::uint8_t* out, std::size_t n) const;
    // What a missing byte gets added, by målgrupp byte (GatherPlan::shiftMissing).
    std::vector<std::uint8_t> shiftByGroup() const;
};
// For single-valued `malgrupp` and `in` (their dictionaries: the keys are not read) whose keys
// fit in bytes, scaled ones too; nullopt otherwise.
std::optional<ScaleBytes> scaleBytes(const catalog::Catalog& catalog, const Column& malgrupp, const Column& in);

// The scales a query can hold: those of the målgrupper its scope and målgrupp filters allow.
QStringList allowedScales(const catalog::Catalog& catalog, const Query& query);

// Måluppfyllelse: tags every category with its scale and orders them in one block per scale
// (BBIC, then IBIC), each block's values followed by its own "(uppgift saknas)"; categories of a
// scale the query cannot hold are left out. `column` is the scaleMissing column (its last key is
// the IBIC "(uppgift saknas)"); `merged` the codes an S6 "Övriga" took, whose scale it has.
void splitScales(CategoryMap& map, const catalog::Catalog& catalog, const Column& column, const QStringList& scales,
                 const QStringList& merged);

// S6: the categories with these codes become one "Övriga" category, after the other valid ones and
// before "(uppgift saknas)". A record holding several merged values counts once in it.
void mergeIntoOther(CategoryMap& map, const QStringList& codes);

} // namespace folja::analysis::detail
