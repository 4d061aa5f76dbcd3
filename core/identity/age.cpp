#include "identity/age.h"

#include <QCoreApplication>

namespace folja::identity {

namespace {

QString translated(const char* source)
{
    return QCoreApplication::translate("folja::identity::AgeBands", source);
}

} // namespace

int ageAt(QDate birth, QDate reference)
{
    if (!birth.isValid() || !reference.isValid() || reference < birth)
        return -1;
    int birthYear = 0, month = 0, day = 0;
    int refYear = 0, refMonth = 0, refDay = 0;
    birth.getDate(&birthYear, &month, &day); // one calendar conversion per date
    reference.getDate(&refYear, &refMonth, &refDay);
    int age = refYear - birthYear;
    if (month == 2 && day == 29 && !QDate::isLeapYear(refYear)) {
        month = 3;
        day = 1;
    }
    if (refMonth < month || (refMonth == month && refDay < day))
        --age;
    return age;
}

QString AgeBand::label() const
{
    if (to < 0)
        return QString::number(from) + u'-';
    return QString::number(from) + u'-' + QString::number(to);
}

QString AgeBands::defaultSpec()
{
    return QStringLiteral("0-13,14-21,22-64,65-79,80-");
}

Result<AgeBands> AgeBands::parse(QStringView spec)
{
    const auto parseAge = [](QStringView s, bool* ok) {
        s = s.trimmed();
        for (const QChar c : s) {
            if (c < u'0' || c > u'9') {
                *ok = false;
                return 0;
            }
        }
        const int value = s.toInt(ok);
        *ok = *ok && value <= 200;
        return value;
    };

    AgeBands result;
    const QList<QStringView> parts = spec.split(u',');
    for (const QStringView rawPart : parts) {
        const QStringView part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QString shown = part.toString();
        qsizetype dash = part.indexOf(u'-');
        if (dash < 0)
            dash = part.indexOf(QChar(0x2013)); // en dash
        AgeBand band;
        bool ok = true;
        if (dash < 0) {
            band.from = parseAge(part, &ok);
            band.to = band.from;
        } else {
            band.from = parseAge(part.left(dash), &ok);
            const QStringView upper = part.mid(dash + 1).trimmed();
            if (ok && !upper.isEmpty())
                band.to = parseAge(upper, &ok);
        }
        if (!ok) {
            return makeError(ErrorCode::InvalidInput,
                             translated(QT_TRANSLATE_NOOP("folja::identity::AgeBands",
                                                          "The age band \"%1\" must look like 0-13, 80- or 17."))
                                 .arg(shown));
        }
        if (band.to >= 0 && band.to < band.from) {
            return makeError(
                ErrorCode::InvalidInput,
                translated(QT_TRANSLATE_NOOP("folja::identity::AgeBands", "The age band \"%1\" ends before it starts."))
                    .arg(shown));
        }
        if (!result.m_bands.isEmpty()) {
            const AgeBand& previous = result.m_bands.constLast();
            if (previous.to < 0) {
                return makeError(ErrorCode::InvalidInput,
                                 translated(QT_TRANSLATE_NOOP("folja::identity::AgeBands",
                                                              "Only the last age band may be open-ended.")));
            }
            if (band.from <= previous.to) {
                return makeError(
                    ErrorCode::InvalidInput,
                    translated(QT_TRANSLATE_NOOP("folja::identity::AgeBands",
                                                 "The age band \"%1\" overlaps the one before it or is out "
                                                 "of order."))
                        .arg(shown));
            }
        }
        result.m_bands.append(band);
    }
    if (result.m_bands.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         translated(QT_TRANSLATE_NOOP("folja::identity::AgeBands", "No age bands are given.")));
    }
    return result;
}

QString AgeBands::spec() const
{
    QStringList labels;
    labels.reserve(m_bands.size());
    for (const AgeBand& band : m_bands)
        labels.append(band.label());
    return labels.join(u',');
}

int AgeBands::bandOf(int age) const
{
    if (age < 0)
        return -1;
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const AgeBand& band = m_bands.at(i);
        if (age >= band.from && (band.to < 0 || age <= band.to))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace folja::identity
