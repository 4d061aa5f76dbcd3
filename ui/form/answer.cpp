#include "form/answer.h"

namespace folja::ui::form {

namespace {

using domain::Arende;
using domain::Insats;
using domain::Person;
using domain::Uppfoljning;

QStringList single(const QString& value)
{
    return value.isEmpty() ? QStringList() : QStringList{value};
}

QString first(const QStringList& codes)
{
    return codes.isEmpty() ? QString() : codes.constFirst();
}

void setComment(domain::Comments& comments, const QString& code, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        comments.remove(code);
    else
        comments.insert(code, trimmed);
}

// Pointers into the record a key addresses; null when the index is out of range.
const Insats* insatsOf(const Arende& arende, const FieldKey& key)
{
    return key.insats >= 0 && key.insats < arende.insatser.size() ? &arende.insatser.at(key.insats) : nullptr;
}

const Uppfoljning* uppfoljningOf(const Arende& arende, const FieldKey& key)
{
    const Insats* insats = insatsOf(arende, key);
    return insats && key.uppfoljning >= 0 && key.uppfoljning < insats->uppfoljningar.size()
               ? &insats->uppfoljningar.at(key.uppfoljning)
               : nullptr;
}

// The coded (or date) slot of each variable, per record type. Each returns false for a code the
// record has no room for.
bool readArende(const Arende& a, const QString& code, Answer& out)
{
    if (code == u"aktualisering_datum")
        out.date = a.aktualiseringDatum;
    else if (code == u"aktualiseringstyp")
        out.codes = single(a.aktualiseringstyp);
    else if (code == u"aktualiseringsorsak")
        out.codes = a.aktualiseringsorsak;
    else if (code == u"tidigare_kontakt")
        out.codes = single(a.tidigareKontakt);
    else if (code == u"hushallstyp")
        out.codes = single(a.hushallstyp);
    else if (code == u"problematik")
        out.codes = a.problematik;
    else if (code == u"beslut_datum")
        out.date = a.beslutDatum;
    else
        return false;
    out.comment = a.comments.value(code);
    return true;
}

bool writeArende(Arende& a, const QString& code, const Answer& in)
{
    if (code == u"aktualisering_datum")
        a.aktualiseringDatum = in.date;
    else if (code == u"aktualiseringstyp")
        a.aktualiseringstyp = first(in.codes);
    else if (code == u"aktualiseringsorsak")
        a.aktualiseringsorsak = in.codes;
    else if (code == u"tidigare_kontakt")
        a.tidigareKontakt = first(in.codes);
    else if (code == u"hushallstyp")
        a.hushallstyp = first(in.codes);
    else if (code == u"problematik")
        a.problematik = in.codes;
    else if (code == u"beslut_datum")
        a.beslutDatum = in.date;
    else
        return false;
    setComment(a.comments, code, in.comment);
    return true;
}

bool readInsats(const Insats& i, const QString& code, Answer& out)
{
    if (code == u"insats")
        out.codes = single(i.ksi);
    else if (code == u"beslut_datum")
        out.date = i.beslutDatum;
    else if (code == u"verkstallande_datum")
        out.date = i.verkstallandeDatum;
    else if (code == u"avslut_datum")
        out.date = i.avslutDatum;
    else if (code == u"avslutsorsak")
        out.codes = i.avslutsorsak;
    else
        return false;
    out.comment = i.comments.value(code);
    return true;
}

bool writeInsats(Insats& i, const QString& code, const Answer& in)
{
    if (code == u"insats")
        i.ksi = first(in.codes);
    else if (code == u"beslut_datum")
        i.beslutDatum = in.date;
    else if (code == u"verkstallande_datum")
        i.verkstallandeDatum = in.date;
    else if (code == u"avslut_datum")
        i.avslutDatum = in.date;
    else if (code == u"avslutsorsak")
        i.avslutsorsak = in.codes;
    else
        return false;
    setComment(i.comments, code, in.comment);
    return true;
}

// Works for const and mutable records alike, so reading and writing share one table.
template <typename U>
auto uppfoljningSlot(U& u, const QString& code) -> decltype(&u.sip)
{
    if (code == u"sip")
        return &u.sip;
    if (code == u"maluppfyllelse")
        return &u.maluppfyllelse;
    if (code == u"parallella_insatser")
        return &u.parallellaInsatser;
    if (code == u"genomforande")
        return &u.genomforande;
    if (code == u"b1a")
        return &u.b1a;
    if (code == u"b1b")
        return &u.b1b;
    if (code == u"b2")
        return &u.b2;
    if (code == u"b3")
        return &u.b3;
    if (code == u"b4")
        return &u.b4;
    if (code == u"b5")
        return &u.b5;
    return nullptr;
}

bool readUppfoljning(const Uppfoljning& u, const QString& code, Answer& out)
{
    if (code == u"uppfoljning_datum") {
        out.date = u.datum;
    } else if (code == u"samverkan") {
        out.codes = u.samverkan;
    } else if (const QString* slot = uppfoljningSlot(u, code)) {
        out.codes = single(*slot);
    } else {
        return false;
    }
    out.comment = u.comments.value(code);
    return true;
}

bool writeUppfoljning(Uppfoljning& u, const QString& code, const Answer& in)
{
    if (code == u"uppfoljning_datum") {
        u.datum = in.date;
    } else if (code == u"samverkan") {
        u.samverkan = in.codes;
    } else if (QString* slot = uppfoljningSlot(u, code)) {
        *slot = first(in.codes);
    } else {
        return false;
    }
    setComment(u.comments, code, in.comment);
    return true;
}

} // namespace

QString FieldKey::id() const
{
    QString out = code;
    if (insats >= 0)
        out += u'_' + QString::number(insats);
    if (uppfoljning >= 0)
        out += u'_' + QString::number(uppfoljning);
    return out;
}

bool isBindable(const catalog::Variable& variable)
{
    Answer ignored;
    switch (variable.level) {
    case catalog::Level::Person:
        // person_id, kon and alder have their own widgets; only ursprung is a plain question.
        return variable.code == u"ursprung";
    case catalog::Level::Arende:
        return readArende(Arende(), variable.code, ignored);
    case catalog::Level::Insats:
        return readInsats(Insats(), variable.code, ignored);
    case catalog::Level::Uppfoljning:
        return readUppfoljning(Uppfoljning(), variable.code, ignored);
    }
    return false;
}

Answer answerOf(const Arende& arende, const Person& person, const FieldKey& key)
{
    Answer out;
    if (key.code == u"ursprung") {
        out.codes = single(person.ursprung);
        return out;
    }
    if (key.uppfoljning >= 0) {
        if (const Uppfoljning* u = uppfoljningOf(arende, key))
            readUppfoljning(*u, key.code, out);
    } else if (key.insats >= 0) {
        if (const Insats* i = insatsOf(arende, key))
            readInsats(*i, key.code, out);
    } else {
        readArende(arende, key.code, out);
    }
    return out;
}

void applyAnswer(Arende& arende, Person& person, const FieldKey& key, const Answer& answer)
{
    if (key.code == u"ursprung") {
        person.ursprung = first(answer.codes);
        return;
    }
    if (key.insats >= arende.insatser.size())
        return;
    if (key.uppfoljning >= 0) {
        Insats& insats = arende.insatser[key.insats];
        if (key.uppfoljning < insats.uppfoljningar.size())
            writeUppfoljning(insats.uppfoljningar[key.uppfoljning], key.code, answer);
    } else if (key.insats >= 0) {
        writeInsats(arende.insatser[key.insats], key.code, answer);
    } else {
        writeArende(arende, key.code, answer);
    }
}

bool conditionMet(const catalog::Variable& variable, const Arende& arende, const Person& person, const FieldKey& key)
{
    if (!variable.condition)
        return true;
    for (const QString& code : variable.condition->variables) {
        const Answer answer = answerOf(arende, person, FieldKey{code, key.insats, key.uppfoljning});
        for (const QString& value : answer.codes) {
            if (variable.condition->values.contains(value))
                return true;
        }
    }
    return false;
}

} // namespace folja::ui::form
