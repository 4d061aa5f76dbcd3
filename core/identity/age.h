#pragma once

// Age and age bands. Age is always counted at a reference date chosen by the caller (for an
// analysis: the first day of the period), never at today's date, so that a person falls into
// exactly one band for a given analysis (SKR Basinformation 2024, Ålder: the 0–13/14–21 example).

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace folja::identity {

// Whole years lived at `reference`: the person turns a year older on the birthday. A person born
// on 29 February turns older on 1 March in common years (they have not reached the anniversary
// while February lasts) and on 29 February in leap years. Swedish law does not settle the day in
// the sources we have; 1 March is the widespread convention in Swedish administration and it never
// makes anyone older before the full number of days has passed.
// Returns -1 if a date is null or the reference lies before the birth date.
int ageAt(QDate birth, QDate reference);

struct AgeBand {
    int from = 0;          // inclusive
    int to = -1;           // inclusive; -1 = open-ended ("80-")
    QString label() const; // "0-13", "80-"
};

// Ordered, non-overlapping age bands, e.g. "0-13,14-21,22-64,65-79,80-". Gaps are allowed (ages in
// a gap belong to no band); overlaps are not, so no age can be in two bands.
class AgeBands
{
public:
    AgeBands() = default;

    // Parses a comma-separated list of "from-to" (inclusive), "from-" (open, last only) or a single
    // age "n". An en dash may be used instead of the hyphen. Fails with InvalidInput.
    static Result<AgeBands> parse(QStringView spec);
    static QString defaultSpec(); // "0-13,14-21,22-64,65-79,80-"

    const QList<AgeBand>& bands() const { return m_bands; }
    QString spec() const; // canonical form of the bands, parseable again

    int bandOf(int age) const; // index into bands(), or -1 if the age is in no band (or < 0)
    int bandAt(QDate birth, QDate reference) const { return bandOf(ageAt(birth, reference)); }

private:
    QList<AgeBand> m_bands;
};

} // namespace folja::identity
