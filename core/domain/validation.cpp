#include "domain/validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace folja::domain {

namespace {

using catalog::Step;

QString translated(const char* text)
{
    return QCoreApplication::translate("folja::domain::Validation", text);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

void addOrderIssue(QList<Issue>& out, const QString& variable, int insats, int uppfoljning, QDate earlier, QDate later,
                   const char* message, Severity severity = Severity::Fel)
{
    if (earlier.isValid() && later.isValid() && later < earlier)
        out.append(
            {severity, variable, insats, uppfoljning, translated(message).arg(isoDate(later), isoDate(earlier))});
}

} // namespace

bool arendeStepReached(Step step, const Arende& arende)
{
    const bool decided = arende.beslutDatum.isValid() || !arende.insatser.isEmpty();
    switch (step) {
    case Step::Aktualisera:
        return true;
    case Step::Utreda:
    case Step::Besluta:
        return decided;
    case Step::Genomfora:
    case Step::FoljaUpp:
    case Step::Avsluta:
        return std::any_of(arende.insatser.cbegin(), arende.insatser.cend(),
                           [step](const Insats& i) { return insatsStepReached(step, i); });
    }
    return false;
}

bool insatsStepReached(Step step, const Insats& insats)
{
    switch (step) {
    case Step::Aktualisera:
    case Step::Utreda:
    case Step::Besluta:
        return true;
    case Step::Genomfora:
        // Verkställighet is evidently reached once the insats is followed up; an avslut alone does
        // not prove it (an insats can end without ever starting).
        return insats.verkstallandeDatum.isValid() || !insats.uppfoljningar.isEmpty();
    case Step::FoljaUpp:
        return !insats.uppfoljningar.isEmpty();
    case Step::Avsluta:
        return insats.avslutDatum.isValid() || !insats.avslutsorsak.isEmpty();
    }
    return false;
}

QList<Issue> checkDates(const Arende& arende, QDate today)
{
    QList<Issue> out;
    const QDate akt = arende.aktualiseringDatum;
    addOrderIssue(
        out, QStringLiteral("beslut_datum"), -1, -1, akt, arende.beslutDatum,
        QT_TRANSLATE_NOOP("folja::domain::Validation", "The decision date %1 is before the actualisation date %2."));
    for (int i = 0; i < arende.insatser.size(); ++i) {
        const Insats& insats = arende.insatser.at(i);
        addOrderIssue(out, QStringLiteral("beslut_datum"), i, -1, akt, insats.beslutDatum,
                      QT_TRANSLATE_NOOP("folja::domain::Validation",
                                        "The decision date %1 is before the actualisation date %2."));
        const QDate beslut = insats.beslutDatum.isValid() ? insats.beslutDatum : arende.beslutDatum;
        addOrderIssue(
            out, QStringLiteral("verkstallande_datum"), i, -1, beslut, insats.verkstallandeDatum,
            QT_TRANSLATE_NOOP("folja::domain::Validation", "The start date %1 is before the decision date %2."));
        const QDate start = insats.verkstallandeDatum.isValid() ? insats.verkstallandeDatum : beslut;
        addOrderIssue(
            out, QStringLiteral("avslut_datum"), i, -1, start, insats.avslutDatum,
            QT_TRANSLATE_NOOP("folja::domain::Validation", "The end date %1 is before the start or decision date %2."));
        for (int u = 0; u < insats.uppfoljningar.size(); ++u) {
            const QDate datum = insats.uppfoljningar.at(u).datum;
            addOrderIssue(out, QStringLiteral("uppfoljning_datum"), i, u, start, datum,
                          QT_TRANSLATE_NOOP("folja::domain::Validation",
                                            "The follow-up date %1 is before the start or decision date %2."));
            addOrderIssue(
                out, QStringLiteral("uppfoljning_datum"), i, u, datum, insats.avslutDatum,
                QT_TRANSLATE_NOOP("folja::domain::Validation",
                                  "The end date %1 is before the follow-up date %2; check that both are right."),
                Severity::Varning);
        }
    }

    auto future = [&](const QString& variable, int i, int u, QDate date) {
        if (date.isValid() && today.isValid() && date > today)
            out.append({Severity::Varning, variable, i, u,
                        translated(QT_TRANSLATE_NOOP("folja::domain::Validation", "The date %1 is in the future."))
                            .arg(isoDate(date))});
    };
    future(QStringLiteral("aktualisering_datum"), -1, -1, akt);
    future(QStringLiteral("beslut_datum"), -1, -1, arende.beslutDatum);
    for (int i = 0; i < arende.insatser.size(); ++i) {
        const Insats& insats = arende.insatser.at(i);
        future(QStringLiteral("beslut_datum"), i, -1, insats.beslutDatum);
        future(QStringLiteral("verkstallande_datum"), i, -1, insats.verkstallandeDatum);
        future(QStringLiteral("avslut_datum"), i, -1, insats.avslutDatum);
        for (int u = 0; u < insats.uppfoljningar.size(); ++u)
            future(QStringLiteral("uppfoljning_datum"), i, u, insats.uppfoljningar.at(u).datum);
    }
    return out;
}

namespace {

struct Checker {
    const catalog::Catalog& catalog;
    catalog::Malgrupp malgrupp;
    QList<Issue>& out;

    void missing(const catalog::Variable& v, int insats, int uppfoljning) const
    {
        out.append(
            {Severity::Varning, v.code, insats, uppfoljning,
             translated(QT_TRANSLATE_NOOP("folja::domain::Validation", "%1 is missing (bortfall).")).arg(v.label)});
    }

    void codes(const catalog::Variable& v, const QStringList& values, bool reached, int insats, int uppfoljning) const
    {
        if (catalog.isHidden(v.code, malgrupp))
            return;
        if (values.isEmpty()) {
            if (reached && v.isRequired())
                missing(v, insats, uppfoljning);
            return;
        }
        for (const QString& code : values) {
            const catalog::Value* value = v.value(code);
            if (!value) {
                out.append({Severity::Fel, v.code, insats, uppfoljning,
                            translated(QT_TRANSLATE_NOOP("folja::domain::Validation",
                                                         "%1: the value %2 is not in the catalogue."))
                                .arg(v.label, code)});
            } else if (!value->validFor(malgrupp)) {
                out.append({Severity::Fel, v.code, insats, uppfoljning,
                            translated(QT_TRANSLATE_NOOP("folja::domain::Validation",
                                                         "%1: \"%2\" is not a valid choice for this target group."))
                                .arg(v.label, value->label)});
            }
        }
        if (values.size() > 1) {
            const bool anyExclusive = std::any_of(values.cbegin(), values.cend(), [&](const QString& code) {
                const catalog::Value* value = v.value(code);
                return value && value->exclusive;
            });
            if (anyExclusive)
                out.append(
                    {Severity::Fel, v.code, insats, uppfoljning,
                     translated(QT_TRANSLATE_NOOP("folja::domain::Validation",
                                                  "%1: \"no cooperation\" cannot be combined with other choices."))
                         .arg(v.label)});
        }
    }

    void single(const char* code, const QString& value, bool reached, int insats = -1, int uppfoljning = -1) const
    {
        if (const catalog::Variable* v = catalog.variable(QString::fromLatin1(code)))
            codes(*v, value.isEmpty() ? QStringList() : QStringList{value}, reached, insats, uppfoljning);
    }

    void multi(const char* code, const QStringList& values, bool reached, int insats = -1) const
    {
        if (const catalog::Variable* v = catalog.variable(QString::fromLatin1(code)))
            codes(*v, values, reached, insats, -1);
    }

    void date(const char* code, QDate value, bool reached, int insats = -1, int uppfoljning = -1) const
    {
        const catalog::Variable* v = catalog.variable(QString::fromLatin1(code));
        if (v && !value.isValid() && reached && v->isRequired() && !catalog.isHidden(v->code, malgrupp))
            missing(*v, insats, uppfoljning);
    }
};

} // namespace

QList<Issue> checkAnswers(const Arende& arende, const catalog::Catalog& catalog)
{
    QList<Issue> out;
    const auto malgrupp = catalog::malgruppFromCode(arende.malgrupp);
    if (!malgrupp) {
        out.append(
            {Severity::Fel, QStringLiteral("malgrupp"), -1, -1,
             translated(QT_TRANSLATE_NOOP("folja::domain::Validation", "The target group is missing or unknown."))});
        return out;
    }
    const Checker c{catalog, *malgrupp, out};
    const bool decided = arendeStepReached(Step::Besluta, arende);

    c.date("aktualisering_datum", arende.aktualiseringDatum, true);
    c.single("aktualiseringstyp", arende.aktualiseringstyp, true);
    c.multi("aktualiseringsorsak", arende.aktualiseringsorsak, true);
    c.single("tidigare_kontakt", arende.tidigareKontakt, decided);
    c.single("hushallstyp", arende.hushallstyp, decided);
    c.multi("problematik", arende.problematik, decided);

    for (int i = 0; i < arende.insatser.size(); ++i) {
        const Insats& insats = arende.insatser.at(i);
        c.single("insats", insats.ksi, true, i);
        if (const catalog::Variable* v = catalog.variable(QStringLiteral("insats"))) {
            const catalog::Value* value = v->value(insats.ksi);
            if (value && !value->selectable && v->hasChildren(value->code))
                out.append({Severity::Fel, v->code, i, -1,
                            translated(QT_TRANSLATE_NOOP("folja::domain::Validation",
                                                         "Choose one of the sub-categories of \"%1\"."))
                                .arg(value->label)});
        }
        if (!insats.beslutDatum.isValid() && !arende.beslutDatum.isValid())
            c.date("beslut_datum", QDate(), true, i);
        c.date("verkstallande_datum", insats.verkstallandeDatum, insatsStepReached(Step::Genomfora, insats), i);
        c.date("avslut_datum", insats.avslutDatum, insatsStepReached(Step::Avsluta, insats), i);
        c.multi("avslutsorsak", insats.avslutsorsak, insatsStepReached(Step::Avsluta, insats), i);
        for (int u = 0; u < insats.uppfoljningar.size(); ++u) {
            const Uppfoljning& up = insats.uppfoljningar.at(u);
            c.date("uppfoljning_datum", up.datum, true, i, u);
            c.single("sip", up.sip, true, i, u);
            c.single("maluppfyllelse", up.maluppfyllelse, true, i, u);
            if (const catalog::Variable* v = catalog.variable(QStringLiteral("samverkan")))
                c.codes(*v, up.samverkan, true, i, u);
            c.single("parallella_insatser", up.parallellaInsatser, true, i, u);
            c.single("genomforande", up.genomforande, true, i, u);
            c.single("b1a", up.b1a, true, i, u);
            c.single("b1b", up.b1b, true, i, u);
            c.single("b2", up.b2, true, i, u);
            c.single("b3", up.b3, true, i, u);
            c.single("b4", up.b4, true, i, u);
            c.single("b5", up.b5, true, i, u);
            if (!up.b2.isEmpty()) {
                const catalog::Variable* b2 = catalog.variable(QStringLiteral("b2"));
                const bool improved =
                    b2 && b2->condition &&
                    (b2->condition->values.contains(up.b1a) || b2->condition->values.contains(up.b1b));
                if (!improved)
                    out.append({Severity::Fel, QStringLiteral("b2"), i, u,
                                translated(QT_TRANSLATE_NOOP(
                                    "folja::domain::Validation",
                                    "B2 is only asked when B1a or B1b says the situation improved."))});
            }
        }
    }
    return out;
}

QList<Issue> validate(const Arende& arende, const catalog::Catalog& catalog, QDate today)
{
    QList<Issue> out = checkDates(arende, today);
    out.append(checkAnswers(arende, catalog));
    return out;
}

bool hasBlocking(const QList<Issue>& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue& i) { return i.severity == Severity::Fel; });
}

} // namespace folja::domain
