#include "demo/demo.h"

#include "catalog/catalog.h"
#include "identity/age.h"
#include "identity/personid.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace folja::demo {

namespace {

using catalog::Malgrupp;
constexpr int kMalgruppCount = 5;

int indexOf(Malgrupp malgrupp)
{
    return static_cast<int>(malgrupp);
}

// xoshiro256** (Blackman & Vigna), seeded through splitmix64: small, fast, and fully specified
// here, so a seed gives the same data with every compiler and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n), n > 0: the high half of next() * n (Lemire), cheaper than a division.
    // The bias is below n / 2^64: irrelevant for these sizes.
    int below(int n) { return static_cast<int>(mulHigh(next(), static_cast<quint64>(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }         // inclusive
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    bool chance(double p) { return unit() < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    // The high 64 bits of a 128-bit product, in portable C++ (no __int128).
    static quint64 mulHigh(quint64 a, quint64 b)
    {
        const quint64 aLo = a & 0xFFFFFFFFU, aHi = a >> 32, bLo = b & 0xFFFFFFFFU, bHi = b >> 32;
        const quint64 mid = (aLo * bLo >> 32) + (aHi * bLo & 0xFFFFFFFFU) + aLo * bHi;
        return aHi * bHi + (aHi * bLo >> 32) + (mid >> 32);
    }
    quint64 m_state[4];
};

// A weighted choice among the values of one variable for one målgrupp. The single-value lists are
// built once so that every record holding just that value shares the same list (implicit sharing).
struct Table {
    QStringList codes;
    QList<QStringList> singles;
    QList<double> cumulative;
    QList<bool> exclusive;

    bool isEmpty() const { return codes.isEmpty() || cumulative.constLast() <= 0.0; }

    void add(const QString& code, double weight, bool isExclusive)
    {
        codes.append(code);
        singles.append(QStringList{code});
        cumulative.append((cumulative.isEmpty() ? 0.0 : cumulative.constLast()) + std::max(weight, 0.0));
        exclusive.append(isExclusive);
    }

    int pick(Rng& rng) const
    {
        const double r = rng.unit() * cumulative.constLast();
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), r);
        return static_cast<int>(std::min<qsizetype>(it - cumulative.cbegin(), cumulative.size() - 1));
    }

    // Up to `count` distinct values in catalogue order; an exclusive value ("Ingen samverkan …")
    // only ever stands alone.
    QStringList pickSome(Rng& rng, int count) const
    {
        const int first = pick(rng);
        if (count <= 1 || exclusive.at(first))
            return singles.at(first);
        std::array<int, 4> chosen{first};
        int size = 1;
        count = std::min(count, static_cast<int>(chosen.size()));
        for (int attempt = 0; attempt < count * 4 && size < count; ++attempt) {
            const int i = pick(rng);
            if (!exclusive.at(i) && std::find(chosen.begin(), chosen.begin() + size, i) == chosen.begin() + size)
                chosen[size++] = i;
        }
        if (size == 1)
            return singles.at(first);
        for (int i = 1; i < size; ++i) { // catalogue order; at most four elements
            for (int j = i; j > 0 && chosen[j - 1] > chosen[j]; --j)
                std::swap(chosen[j - 1], chosen[j]);
        }
        QStringList result;
        result.reserve(size);
        for (int i = 0; i < size; ++i)
            result.append(codes.at(chosen[i]));
        return result;
    }
};

enum Var {
    Ursprung,
    Aktualiseringstyp,
    Aktualiseringsorsak,
    TidigareKontakt,
    Hushallstyp,
    Problematik,
    Insats,
    Sip,
    Maluppfyllelse,
    Avslutsorsak,
    Samverkan,
    Parallella,
    Genomforande,
    B1a,
    B1b,
    B2,
    B3,
    B4,
    B5,
    VarCount
};

const char* const kVarCodes[VarCount] = {"ursprung",
                                         "aktualiseringstyp",
                                         "aktualiseringsorsak",
                                         "tidigare_kontakt",
                                         "hushallstyp",
                                         "problematik",
                                         "insats",
                                         "sip",
                                         "maluppfyllelse",
                                         "avslutsorsak",
                                         "samverkan",
                                         "parallella_insatser",
                                         "genomforande",
                                         "b1a",
                                         "b1b",
                                         "b2",
                                         "b3",
                                         "b4",
                                         "b5"};

// Share of records where the handläggare left the variable empty (internt bortfall), before
// DemoOptions::bortfallScale. Required SKR variables are missing less often than optional ones and
// the SKL 2019 extras; brukarfrågor are also only asked at some uppföljningar (see kBrukarAsked).
const double kBortfall[VarCount] = {
    0.08,                               // ursprung
    0.03,                               // aktualiseringstyp
    0.05,                               // aktualiseringsorsak
    0.10,                               // tidigare_kontakt
    0.15,                               // hushallstyp
    0.06,                               // problematik
    0.0,                                // insats: an insats without a code is not an insats
    0.12,                               // sip
    0.08,                               // maluppfyllelse
    0.07,                               // avslutsorsak
    0.20,                               // samverkan
    0.20,                               // parallella_insatser
    0.18,                               // genomforande
    0.06, 0.08, 0.08, 0.07, 0.07, 0.09, // b1a … b5, when the brukare was asked
};
constexpr double kBrukarAsked = 0.35;
constexpr double kBeslutDatumBortfall = 0.02;
constexpr double kVerkstallandeBortfall = 0.03;

using Weights = std::array<double, kMalgruppCount>; // BOU, VUX, ALDRE, FUNK, EKB
constexpr Weights all(double w)
{
    return {w, w, w, w, w};
}

struct WeightEntry {
    Var var;
    const char* code;
    Weights weights;
};

// How common each answer is, per målgrupp. Codes not listed weigh 1. Plausible, not measured.
constexpr WeightEntry kWeights[] = {
    {Ursprung, "URSPRUNG.SVERIGE", {72, 70, 85, 80, 45}},
    {Ursprung, "URSPRUNG.OVRIGA_EUROPA", {8, 10, 7, 7, 12}},
    {Ursprung, "URSPRUNG.UTANFOR_EUROPA", {15, 15, 4, 9, 38}},
    {Ursprung, "URSPRUNG.VET_INTE", all(5)},

    {Aktualiseringstyp, "AKTTYP.ANSOKAN", {1.5, 5, 8, 8, 9}},
    {Aktualiseringstyp, "AKTTYP.ANMALAN", {6, 2.5, 0.7, 0.5, 0.2}},
    {Aktualiseringstyp, "AKTTYP.ANNAT_SATT", {2.5, 1, 1, 1, 0.5}},

    {Aktualiseringsorsak, "ORSAK.BRISTER_OMSORG", {4, 1, 1, 1, 1}},
    {Aktualiseringsorsak, "ORSAK.KONFLIKTER_FAMILJ", {3, 1, 1, 1, 1}},
    {Aktualiseringsorsak, "ORSAK.BEHOV_OMSORG", {1, 1, 10, 5, 1}},
    {Aktualiseringsorsak, "ORSAK.SOMATISK_OHALSA", {1, 1, 4, 1, 1}},
    {Aktualiseringsorsak, "ORSAK.FYSISK_FUNKTIONSNEDSATTNING", {0.3, 0.5, 2, 4, 0.3}},
    {Aktualiseringsorsak, "ORSAK.PSYKISK_FUNKTIONSNEDSATTNING", {0.5, 1, 0.5, 4, 0.5}},
    {Aktualiseringsorsak, "ORSAK.EGET_SKADLIGT_BRUK", {1, 6, 0.5, 0.3, 1}},
    {Aktualiseringsorsak, "ORSAK.EGEN_PSYKISK_OHALSA", {1.5, 3, 1, 1, 1}},
    {Aktualiseringsorsak, "ORSAK.EJ_SJALVFORSORJANDE", {1, 1, 1, 1, 12}},
    {Aktualiseringsorsak, "ORSAK.ANNAT", all(0.4)},

    {Problematik, "ORSAK.BRISTER_OMSORG", {4, 1, 1, 1, 1}},
    {Problematik, "ORSAK.KONFLIKTER_FAMILJ", {3, 1, 1, 1, 1}},
    {Problematik, "ORSAK.BEHOV_OMSORG", {1, 1, 10, 5, 1}},
    {Problematik, "ORSAK.SOMATISK_OHALSA", {1, 1.5, 5, 1, 1.5}},
    {Problematik, "ORSAK.FYSISK_FUNKTIONSNEDSATTNING", {0.3, 0.5, 3, 4, 0.3}},
    {Problematik, "ORSAK.PSYKISK_FUNKTIONSNEDSATTNING", {0.5, 1, 0.5, 4, 0.5}},
    {Problematik, "ORSAK.EGET_SKADLIGT_BRUK", {1, 6, 0.5, 0.3, 1.5}},
    {Problematik, "ORSAK.EGEN_PSYKISK_OHALSA", {2, 4, 1, 1, 2}},
    {Problematik, "ORSAK.EJ_SJALVFORSORJANDE", {1, 1, 1, 1, 10}},
    {Problematik, "ORSAK.ANNAT", all(0.4)},

    {TidigareKontakt, "TIDKONTAKT.NEJ", {40, 35, 50, 40, 30}},
    {TidigareKontakt, "TIDKONTAKT.JA_MINDRE_2AR", {25, 30, 20, 25, 40}},
    {TidigareKontakt, "TIDKONTAKT.JA_MER_2AR", {25, 25, 20, 25, 25}},
    {TidigareKontakt, "TIDKONTAKT.VET_EJ", all(8)},

    {Hushallstyp, "HUSHALL.ENSAM_UTAN_BARN", {0.3, 6, 6, 4, 6}},
    {Hushallstyp, "HUSHALL.ENSAM_BARN_0_17", {4, 1.5, 0.1, 0.5, 2.5}},
    {Hushallstyp, "HUSHALL.SAMBO_UTAN_BARN", {0.2, 2, 4, 1, 1}},
    {Hushallstyp, "HUSHALL.SAMBO_BARN_0_17", {5, 1, 0.1, 1, 1.5}},
    {Hushallstyp, "HUSHALL.ENSAM_BARN_18", {0.5, 0.5, 1, 0.5, 0.5}},
    {Hushallstyp, "HUSHALL.SAMBO_BARN_18", {0.5, 0.5, 1, 0.5, 0.3}},

    {Sip, "SIP.JA", {25, 25, 20, 35, 10}},
    {Sip, "SIP.NEJ_BEHOV", all(15)},
    {Sip, "SIP.NEJ_INGET_BEHOV", {60, 60, 65, 50, 75}},

    {Maluppfyllelse, "MAL.BBIC.POSITIV_UPPFYLLT", all(25)},
    {Maluppfyllelse, "MAL.BBIC.POSITIV_EJ_UPPFYLLT", all(30)},
    {Maluppfyllelse, "MAL.BBIC.INGEN_FORANDRING", all(25)},
    {Maluppfyllelse, "MAL.BBIC.NEGATIV", all(10)},
    {Maluppfyllelse, "MAL.BBIC.GAR_EJ_BEDOMA", all(10)},
    {Maluppfyllelse, "MAL.IBIC.JA", all(40)},
    {Maluppfyllelse, "MAL.IBIC.DELVIS", all(30)},
    {Maluppfyllelse, "MAL.IBIC.NEJ", all(15)},
    {Maluppfyllelse, "MAL.IBIC.EJ_SPECIFICERAD", all(8)},
    {Maluppfyllelse, "MAL.IBIC.EJ_AKTUELL", all(7)},

    {Avslutsorsak, "AVSLUT.MAL_UPPNATT", {30, 30, 25, 25, 35}},
    {Avslutsorsak, "AVSLUT.SVARAR_EJ_MOT_BEHOV", all(8)},
    {Avslutsorsak, "AVSLUT.AVBRYTS_UTFORARE", all(4)},
    {Avslutsorsak, "AVSLUT.AVBRYTS_BRUKARE", {6, 12, 5, 5, 10}},
    {Avslutsorsak, "AVSLUT.AVBRYTS_VARDNADSHAVARE", {6, 0, 0, 0.5, 0}},
    {Avslutsorsak, "AVSLUT.FYLLT_18", all(0)}, // chosen explicitly when a BOU child has turned 18
    {Avslutsorsak, "AVSLUT.FLYTTAT", all(8)},
    {Avslutsorsak, "AVSLUT.AVLIDIT", {0.1, 0.5, 18, 1.5, 0.3}},
    {Avslutsorsak, "AVSLUT.OVERGAR_ANNAN_INSATS", all(12)},
    {Avslutsorsak, "AVSLUT.OVERGAR_ANNAN_ENHET", all(5)},
    {Avslutsorsak, "AVSLUT.PABORJADES_ALDRIG", all(0)}, // only for insatser never verkställda
    {Avslutsorsak, "AVSLUT.ANDRA_ORSAKER", all(6)},

    {Samverkan, "SAMVERKAN.HALSO_SJUKVARD", {4, 5, 8, 5, 2}},
    {Samverkan, "SAMVERKAN.FORSKOLA", {2, 0.05, 0, 0.3, 0.1}},
    {Samverkan, "SAMVERKAN.SKOLA", {6, 0.1, 0, 1, 0.3}},
    {Samverkan, "SAMVERKAN.SIS", {0.6, 0.6, 0, 0, 0}},
    {Samverkan, "SAMVERKAN.KRIMINALVARD", {0.3, 1.5, 0, 0, 0.2}},
    {Samverkan, "SAMVERKAN.POLIS", {1.2, 1, 0.1, 0.1, 0.2}},
    {Samverkan, "SAMVERKAN.MIGRATIONSVERKET", {0.7, 0.3, 0.1, 0.1, 1.5}},
    {Samverkan, "SAMVERKAN.HABILITERING", {0.5, 0.1, 0.1, 4, 0.1}},
    {Samverkan, "SAMVERKAN.REHABILITERING", {0.2, 0.8, 3, 2, 0.5}},
    {Samverkan, "SAMVERKAN.OVRIGA", all(1)},
    {Samverkan, "SAMVERKAN.INGEN_MED_BEHOV", all(1.5)},
    {Samverkan, "SAMVERKAN.INGEN_UTAN_BEHOV", all(3)},

    {Parallella, "PARALLELLA.JA", all(35)},
    {Parallella, "PARALLELLA.NEJ", all(55)},
    {Parallella, "PARALLELLA.VET_EJ", all(10)},

    {Genomforande, "GENOMFORANDE.SOM_PLANERAT", all(60)},
    {Genomforande, "GENOMFORANDE.DELVIS", all(30)},
    {Genomforande, "GENOMFORANDE.INTE_ALLS", all(10)},
};

// Brukarfrågor: the same answer weights for every målgrupp, keyed by code only.
constexpr std::pair<const char*, double> kBrukarWeights[] = {
    {"FORANDRING.FORBATTRATS_MYCKET", 22},
    {"FORANDRING.FORBATTRATS_LITE", 33},
    {"FORANDRING.INGEN", 25},
    {"FORANDRING.FORSAMRATS_LITE", 8},
    {"FORANDRING.FORSAMRATS_MYCKET", 4},
    {"FORANDRING.VET_INTE", 8},
    {"BETYDELSE.MYCKET_STOR", 35},
    {"BETYDELSE.GANSKA_STOR", 40},
    {"BETYDELSE.GANSKA_LITEN", 12},
    {"BETYDELSE.MYCKET_LITEN_INGEN", 5},
    {"BETYDELSE.VET_INTE", 8},
    {"NOJDHET.MYCKET_NOJD", 35},
    {"NOJDHET.GANSKA_NOJD", 35},
    {"NOJDHET.VARKEN", 14},
    {"NOJDHET.GANSKA_MISSNOJD", 6},
    {"NOJDHET.MYCKET_MISSNOJD", 3},
    {"NOJDHET.VET_INTE", 7},
    {"BEMOTANDE.MYCKET_BRA", 45},
    {"BEMOTANDE.GANSKA_BRA", 35},
    {"BEMOTANDE.VARKEN", 10},
    {"BEMOTANDE.GANSKA_DALIGT", 3},
    {"BEMOTANDE.MYCKET_DALIGT", 2},
    {"BEMOTANDE.VET_INTE", 5},
    {"PAVERKAN.MYCKET", 30},
    {"PAVERKAN.GANSKA_MYCKET", 35},
    {"PAVERKAN.GANSKA_LITE", 18},
    {"PAVERKAN.INTE_ALLS", 9},
    {"PAVERKAN.VET_INTE", 8},
};

// Ages at aktualisering: piecewise-uniform segments {from, to, weight}, and the range an ärende of
// the målgrupp may have at all (used when a person's later ärende changes målgrupp).
struct AgeSegment {
    int from;
    int to;
    double weight;
};
struct AgeProfile {
    QList<AgeSegment> segments;
    int fitFrom;
    int fitTo;
    double womenShare;
};

const AgeProfile& ageProfile(Malgrupp malgrupp)
{
    static const AgeProfile profiles[kMalgruppCount] = {
        {{{0, 12, 13}, {13, 17, 10}, {18, 20, 1.5}}, 0, 20, 0.47},                // BOU
        {{{18, 24, 2}, {25, 49, 5}, {50, 64, 2.5}, {65, 79, 0.3}}, 18, 79, 0.38}, // VUX
        {{{65, 74, 2}, {75, 84, 4}, {85, 94, 3}, {95, 100, 0.4}}, 65, 104, 0.62}, // ALDRE
        {{{0, 17, 2}, {18, 64, 5}, {65, 90, 1}}, 0, 90, 0.42},                    // FUNK
        {{{18, 24, 3}, {25, 44, 5}, {45, 64, 3}, {65, 79, 0.3}}, 18, 79, 0.46},   // EKB
    };
    return profiles[indexOf(malgrupp)];
}

int sampleAge(Rng& rng, const AgeProfile& profile)
{
    double total = 0;
    for (const AgeSegment& s : profile.segments)
        total += s.weight;
    double r = rng.unit() * total;
    for (const AgeSegment& s : profile.segments) {
        if (r < s.weight)
            return rng.between(s.from, s.to);
        r -= s.weight;
    }
    return profile.segments.constLast().to;
}

// "DEMO-0000001": written by hand, as it is made for every ärende.
QString externalId(qint64 serial)
{
    char16_t text[16] = {u'D', u'E', u'M', u'O', u'-'};
    int digits = 7;
    for (qint64 rest = serial / 10000000; rest > 0 && digits < 11; rest /= 10)
        ++digits;
    for (int i = 5 + digits - 1; i >= 5; --i, serial /= 10)
        text[i] = static_cast<char16_t>(u'0' + serial % 10);
    return QStringView(text, 5 + digits).toString();
}

// One organisational unit per målgrupp (data, not UI text: kommuner name their own units).
constexpr const char16_t* kEnheter[kMalgruppCount] = {u"Barn och unga", u"Vuxen", u"Äldreomsorg", u"Funktionsstöd",
                                                      u"Ekonomiskt bistånd"};

} // namespace

struct Generator::Private {
    DemoOptions options;
    QString catalogVersion;
    QStringList handlaggare;
    QStringList enheter;
    QHash<QString, QString> enhetOfHandlaggare;
    std::array<QList<int>, kMalgruppCount> handlaggareOf; // indices into handlaggare, per målgrupp
    std::array<QString, kMalgruppCount> malgruppCodes;
    std::array<double, kMalgruppCount> shareCumulative{};
    std::array<std::array<Table, kMalgruppCount>, VarCount> tables;
    std::array<bool, VarCount> present{};
    QString konFlicka;
    QString konPojke;
    QString avslutPaborjadesAldrig;
    QString avslutFyllt18;
    QStringList b2TriggerVariables; // b2 is asked only when one of these holds a trigger value
    QStringList b2TriggerValues;

    Malgrupp pickMalgrupp(Rng& rng) const
    {
        const double r = rng.unit() * shareCumulative.back();
        for (int i = 0; i < kMalgruppCount; ++i) {
            if (r < shareCumulative.at(i))
                return catalog::kAllMalgrupper.at(i);
        }
        return catalog::kAllMalgrupper.back();
    }

    double bortfall(Var var) const { return kBortfall[var] * options.bortfallScale; }

    // A single value, or empty for bortfall / a variable hidden or absent for the målgrupp.
    QString one(Rng& rng, Var var, Malgrupp m) const
    {
        const Table& t = tables.at(var).at(indexOf(m));
        if (t.isEmpty() || rng.chance(bortfall(var)))
            return {};
        return t.codes.at(t.pick(rng));
    }

    QStringList some(Rng& rng, Var var, Malgrupp m, int maxCount) const
    {
        const Table& t = tables.at(var).at(indexOf(m));
        if (t.isEmpty() || rng.chance(bortfall(var)))
            return {};
        // One value in about 65 % of the records, two in 26 %, three in 9 %.
        int count = 1;
        while (count < maxCount && rng.chance(0.45 - 0.1 * count))
            ++count;
        return t.pickSome(rng, count);
    }

    void fillUppfoljning(Rng& rng, domain::Uppfoljning& u, Malgrupp m) const;
    void fillInsatser(Rng& rng, domain::Arende& a, Malgrupp m, QDate birth, int beslutJd) const;
    domain::Arende makeArende(Rng& rng, qint64 serial, domain::Id personRef, Malgrupp m, QDate birth, int aktJd) const;
};

Generator::Generator(const catalog::Catalog& catalog, const DemoOptions& options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->options.persons = std::max(0, options.persons);
    d->options.years = std::max(1, options.years);
    if (!d->options.today.isValid())
        d->options.today = QDate(2026, 11, 1);
    d->catalogVersion = catalog.version();

    double cumulative = 0;
    for (int i = 0; i < kMalgruppCount; ++i) {
        d->malgruppCodes[i] = catalog::malgruppCode(catalog::kAllMalgrupper.at(i));
        cumulative += std::max(0.0, options.malgruppShares.at(i));
        d->shareCumulative[i] = cumulative;
    }
    if (cumulative <= 0) { // nonsense shares: fall back to equal ones
        for (int i = 0; i < kMalgruppCount; ++i)
            d->shareCumulative[i] = i + 1;
    }

    // Handläggare: one enhet per målgrupp; every målgrupp gets at least one handläggare and the
    // rest are spread by the målgrupp shares (largest remainder). With fewer than five, they
    // share målgrupper.
    const int count =
        options.handlaggareCount > 0 ? options.handlaggareCount : std::max(kMalgruppCount, d->options.persons / 400);
    for (int i = 0; i < kMalgruppCount; ++i)
        d->enheter.append(QString::fromUtf16(kEnheter[i]));
    for (int i = 1; i <= count; ++i)
        d->handlaggare.append(options.handlaggarePrefix + QString::number(i));
    if (count < kMalgruppCount) {
        for (int m = 0; m < kMalgruppCount; ++m)
            d->handlaggareOf[m].append(m % count);
    } else {
        std::array<int, kMalgruppCount> seats{};
        std::array<double, kMalgruppCount> remainder{};
        const double total = d->shareCumulative.back();
        int given = 0;
        for (int m = 0; m < kMalgruppCount; ++m) {
            const double share = (d->shareCumulative[m] - (m > 0 ? d->shareCumulative[m - 1] : 0.0)) / total;
            const double exact = share * (count - kMalgruppCount);
            seats[m] = 1 + static_cast<int>(exact);
            remainder[m] = exact - static_cast<int>(exact);
            given += seats[m];
        }
        while (given < count) {
            const auto best = std::max_element(remainder.begin(), remainder.end()) - remainder.begin();
            ++seats[best];
            remainder[best] = -1;
            ++given;
        }
        int next = 0;
        for (int m = 0; m < kMalgruppCount; ++m) {
            for (int s = 0; s < seats[m]; ++s)
                d->handlaggareOf[m].append(next++);
        }
    }
    for (int m = kMalgruppCount - 1; m >= 0; --m) {
        for (const int h : d->handlaggareOf[m])
            d->enhetOfHandlaggare.insert(d->handlaggare.at(h), d->enheter.at(m)); // first målgrupp wins
    }

    // Value tables from the catalogue: selectable values valid for the målgrupp, none for hidden
    // variables.
    QHash<QString, Weights> weights[VarCount];
    for (const WeightEntry& entry : kWeights)
        weights[entry.var].insert(QString::fromLatin1(entry.code), entry.weights);
    for (const auto& [code, weight] : kBrukarWeights) {
        for (const Var var : {B1a, B1b, B2, B3, B4, B5})
            weights[var].insert(QString::fromLatin1(code), all(weight));
    }
    for (int var = 0; var < VarCount; ++var) {
        const QString code = QString::fromLatin1(kVarCodes[var]);
        const catalog::Variable* variable = catalog.variable(code);
        if (!variable || !variable->isCoded())
            continue;
        d->present[var] = true;
        for (const Malgrupp m : catalog::kAllMalgrupper) {
            if (catalog.isHidden(code, m))
                continue;
            Table& table = d->tables[var][indexOf(m)];
            const QList<const catalog::Value*> values = catalog.valuesFor(*variable, m);
            for (int position = 0; position < values.size(); ++position) {
                const catalog::Value* value = values.at(position);
                double w = 1.0;
                const auto it = weights[var].constFind(value->code);
                if (it != weights[var].cend())
                    w = it->at(indexOf(m));
                else if (var == Insats)
                    w = 1.0 / (1.0 + 0.15 * position); // the catalogue lists common insatser first
                else if (value->local)
                    w = 0.3;
                table.add(value->code, w, value->exclusive);
            }
        }
    }

    if (const catalog::Variable* kon = catalog.variable(u"kon")) {
        const catalog::Value* flicka = kon->value(u"KON.FLICKA_KVINNA");
        const catalog::Value* pojke = kon->value(u"KON.POJKE_MAN");
        // SKR lists Flicka/Kvinna first and Pojke/Man second; rely on that if the codes change.
        if (!flicka && kon->values.size() == 2)
            flicka = &kon->values.at(0);
        if (!pojke && kon->values.size() == 2)
            pojke = &kon->values.at(1);
        d->konFlicka = flicka ? flicka->code : QString();
        d->konPojke = pojke ? pojke->code : QString();
    }
    if (const catalog::Variable* avslut = catalog.variable(u"avslutsorsak")) {
        if (const catalog::Value* v = avslut->value(u"AVSLUT.PABORJADES_ALDRIG"))
            d->avslutPaborjadesAldrig = v->code;
        if (const catalog::Value* v = avslut->value(u"AVSLUT.FYLLT_18"))
            d->avslutFyllt18 = v->code;
    }
    if (const catalog::Variable* b2 = catalog.variable(u"b2"); b2 && b2->condition) {
        d->b2TriggerVariables = b2->condition->variables;
        d->b2TriggerValues = b2->condition->values;
    }
}

Generator::~Generator() = default;

const DemoOptions& Generator::options() const
{
    return d->options;
}

const QStringList& Generator::handlaggare() const
{
    return d->handlaggare;
}

const QStringList& Generator::enheter() const
{
    return d->enheter;
}

QString Generator::enhetOf(const QString& handlaggare) const
{
    return d->enhetOfHandlaggare.value(handlaggare);
}

void Generator::Private::fillUppfoljning(Rng& rng, domain::Uppfoljning& u, Malgrupp m) const
{
    u.sip = one(rng, Sip, m);
    u.maluppfyllelse = one(rng, Maluppfyllelse, m);
    u.samverkan = some(rng, Samverkan, m, 3);
    u.parallellaInsatser = one(rng, Parallella, m);
    u.genomforande = one(rng, Genomforande, m);
    if (!rng.chance(kBrukarAsked))
        return;
    u.b1a = one(rng, B1a, m);
    u.b1b = one(rng, B1b, m);
    // B2 only when the situation or the quality of life improved (the catalogue's condition).
    bool improved = false;
    for (const QString& variable : b2TriggerVariables) {
        QString answer;
        if (variable == QLatin1String("b1a"))
            answer = u.b1a;
        else if (variable == QLatin1String("b1b"))
            answer = u.b1b;
        improved = improved || (!answer.isEmpty() && b2TriggerValues.contains(answer));
    }
    if (improved || (b2TriggerVariables.isEmpty() && present[B2]))
        u.b2 = one(rng, B2, m);
    u.b3 = one(rng, B3, m);
    u.b4 = one(rng, B4, m);
    u.b5 = one(rng, B5, m);
}

void Generator::Private::fillInsatser(Rng& rng, domain::Arende& a, Malgrupp m, QDate birth, int beslutJd) const
{
    const Table& insatser = tables.at(Insats).at(indexOf(m));
    if (insatser.isEmpty())
        return;
    const int todayJd = static_cast<int>(options.today.toJulianDay());
    // 10 % of decided ärenden get no insats; otherwise 1–3 (mean about 2).
    const double r = rng.unit();
    const int wanted = r < 0.10 ? 0 : r < 0.35 ? 1 : r < 0.70 ? 2 : 3;
    a.insatser.reserve(wanted);
    std::array<int, 3> used{};
    int usedCount = 0;
    const auto isUsed = [&used, &usedCount](int index) {
        return std::find(used.begin(), used.begin() + usedCount, index) != used.begin() + usedCount;
    };
    for (int j = 0; j < wanted; ++j) {
        int index = insatser.pick(rng);
        for (int attempt = 0; attempt < 8 && isUsed(index); ++attempt)
            index = insatser.pick(rng);
        if (isUsed(index))
            break;
        // Later insatser of the same ärende are decided later (a changed need, a follow-on insats).
        const int decidedJd = j == 0 ? beslutJd : beslutJd + rng.between(0, 240);
        if (decidedJd > todayJd)
            break;
        used[usedCount++] = index;

        domain::Insats insats;
        insats.ksi = insatser.codes.at(index);
        insats.catalogVersion = catalogVersion;
        if (!rng.chance(kBeslutDatumBortfall * options.bortfallScale))
            insats.beslutDatum = QDate::fromJulianDay(decidedJd);

        // About 2 % are never started: closed with "Insatsen påbörjades aldrig".
        if (!avslutPaborjadesAldrig.isEmpty() && rng.chance(0.02)) {
            const int endJd = decidedJd + rng.between(7, 60);
            if (endJd <= todayJd) {
                insats.avslutDatum = QDate::fromJulianDay(endJd);
                insats.avslutsorsak = QStringList{avslutPaborjadesAldrig};
            }
            a.insatser.append(std::move(insats));
            continue;
        }

        const int startJd = decidedJd + rng.between(0, 45);
        if (startJd > todayJd) { // decided, not yet verkställd
            a.insatser.append(std::move(insats));
            continue;
        }
        if (!rng.chance(kVerkstallandeBortfall * options.bortfallScale))
            insats.verkstallandeDatum = QDate::fromJulianDay(startJd);

        // Duration: mostly months, some long-running (placements), 30–700 days; and a share of
        // insatser that run until further notice (särskilt boende, LSS), more so for äldre and funk.
        const bool untilFurtherNotice = rng.chance(m == Malgrupp::Aldre || m == Malgrupp::Funk ? 0.35 : 0.12);
        const int duration = rng.chance(0.7) ? rng.between(30, 400) : rng.between(30, 700);
        const int endJd = startJd + duration;
        const bool closed = !untilFurtherNotice && endJd <= todayJd;
        const int followUpUntil = closed ? endJd : todayJd;

        // Uppföljning every 3–6 months; 12 % of insatser are never followed up (externt bortfall).
        if (!rng.chance(0.12)) {
            // The dates first, so that the list is allocated once.
            std::array<int, 32> dates;
            int count = 0;
            int lastJd = startJd;
            for (int next = startJd + rng.between(90, 180); next <= followUpUntil && count < 31;
                 next += rng.between(90, 180)) {
                dates[count++] = next;
                lastJd = next;
            }
            // Often a final uppföljning shortly before the avslut.
            if (closed && endJd - lastJd > 30 && rng.chance(0.6))
                dates[count++] = std::max(lastJd, endJd - rng.between(0, 14));
            insats.uppfoljningar.resize(count);
            for (int k = 0; k < count; ++k) {
                domain::Uppfoljning& u = insats.uppfoljningar[k];
                u.datum = QDate::fromJulianDay(dates[k]);
                fillUppfoljning(rng, u, m);
            }
        }

        if (closed) {
            insats.avslutDatum = QDate::fromJulianDay(endJd);
            if (!rng.chance(bortfall(Avslutsorsak))) {
                const QDate end = insats.avslutDatum;
                if (m == Malgrupp::Bou && !avslutFyllt18.isEmpty() && identity::ageAt(birth, end) >= 18 &&
                    rng.chance(0.6)) {
                    insats.avslutsorsak = QStringList{avslutFyllt18};
                } else {
                    const Table& reasons = tables.at(Avslutsorsak).at(indexOf(m));
                    if (!reasons.isEmpty())
                        insats.avslutsorsak = reasons.pickSome(rng, rng.chance(0.12) ? 2 : 1);
                }
            }
        }
        a.insatser.append(std::move(insats));
    }
}

domain::Arende Generator::Private::makeArende(Rng& rng, qint64 serial, domain::Id personRef, Malgrupp m, QDate birth,
                                              int aktJd) const
{
    domain::Arende a;
    a.externalId = externalId(serial);
    a.personRef = personRef;
    a.malgrupp = malgruppCodes.at(indexOf(m));
    a.enhet = enheter.at(indexOf(m));
    const QList<int>& team = handlaggareOf.at(indexOf(m));
    a.owner = handlaggare.at(team.at(rng.below(static_cast<int>(team.size()))));
    a.aktualiseringDatum = QDate::fromJulianDay(aktJd);
    a.aktualiseringstyp = one(rng, Aktualiseringstyp, m);
    a.aktualiseringsorsak = some(rng, Aktualiseringsorsak, m, 3);
    a.tidigareKontakt = one(rng, TidigareKontakt, m);
    a.hushallstyp = one(rng, Hushallstyp, m);

    const int beslutJd = aktJd + rng.between(5, 60);
    if (beslutJd > options.today.toJulianDay())
        return a; // still being investigated: no problematik or beslut yet
    a.problematik = some(rng, Problematik, m, 3);
    if (!rng.chance(kBeslutDatumBortfall * options.bortfallScale))
        a.beslutDatum = QDate::fromJulianDay(beslutJd);
    fillInsatser(rng, a, m, birth, beslutJd);
    return a;
}

void Generator::generate(const Sink& sink) const
{
    const DemoOptions& o = d->options;
    Rng rng(o.seed);
    const int todayJd = static_cast<int>(o.today.toJulianDay());
    const int firstJd = static_cast<int>(o.today.addYears(-o.years).toJulianDay());
    std::unordered_set<quint64> usedIds;
    usedIds.reserve(static_cast<size_t>(o.persons) * 2);
    qint64 arendeSerial = 0;
    int reservSerial = 0;

    for (int i = 0; i < o.persons; ++i) {
        const domain::Id personRef = i + 1;
        const Malgrupp primary = d->pickMalgrupp(rng);
        const AgeProfile& profile = ageProfile(primary);
        const int firstAktJd = rng.between(firstJd, todayJd);
        const QDate firstAkt = QDate::fromJulianDay(firstAktJd);

        // A birth date that gives exactly the sampled age at the first aktualisering.
        const int age = sampleAge(rng, profile);
        const QDate latest = firstAkt.addYears(-age);
        const QDate earliest = firstAkt.addYears(-age - 1).addDays(1);
        QDate birth = earliest.addDays(rng.below(static_cast<int>(earliest.daysTo(latest)) + 1));
        while (identity::ageAt(birth, firstAkt) < age)
            birth = birth.addDays(-1);
        while (identity::ageAt(birth, firstAkt) > age)
            birth = birth.addDays(1);

        domain::Person person;
        person.id = personRef;
        const bool woman = rng.chance(profile.womenShare);
        if ((primary == Malgrupp::Vux || primary == Malgrupp::Ekb) && rng.chance(o.reservnummerShare)) {
            // Region Stockholm format (identity's default rule): 99, year of issue, serial, Luhn.
            const QString body =
                QString::number(firstAkt.year()) + QString::number(reservSerial++ % 100000).rightJustified(5, u'0');
            const int check = identity::PersonId::luhnCheckDigit(QStringView(body).mid(2));
            person.personId = QStringLiteral("99") + body + QChar(u'0' + check);
            person.idType = domain::PersonIdType::Reservnummer; // no birth date, no kön: bortfall
        } else {
            const bool samordning = rng.chance(o.samordningsnummerShare);
            const identity::IdType type =
                samordning ? identity::IdType::Samordningsnummer : identity::IdType::Personnummer;
            int birthNumber = 0;
            for (;;) { // unique: birth date, type and birth number; kön is the number's parity
                birthNumber = rng.below(500) * 2 + (woman ? 0 : 1);
                if (birthNumber == 0)
                    birthNumber = 998; // 000 is never issued; same parity, and no extra draw
                const quint64 key = (static_cast<quint64>(birth.toJulianDay()) << 11) | (samordning ? 1024U : 0U) |
                                    static_cast<quint64>(birthNumber);
                if (usedIds.insert(key).second)
                    break;
            }
            person.personId = identity::PersonId::compose(birth, birthNumber, type);
            person.idType = samordning ? domain::PersonIdType::Samordningsnummer : domain::PersonIdType::Personnummer;
            person.kon = woman ? d->konFlicka : d->konPojke;
            person.birthDate = birth;
        }
        person.skyddad = rng.chance(o.skyddadShare);
        person.ursprung = d->one(rng, Ursprung, primary);

        QList<domain::Arende> arenden;
        arenden.append(d->makeArende(rng, ++arendeSerial, personRef, primary, birth, firstAktJd));

        // A third of the persons come back with a second ärende, mostly in the same målgrupp,
        // always in one that fits their age then.
        if (rng.chance(0.35)) {
            int secondJd = firstAktJd + rng.between(60, 1200);
            if (secondJd > todayJd)
                secondJd = firstJd + rng.below(std::max(1, firstAktJd - firstJd));
            const int ageThen = identity::ageAt(birth, QDate::fromJulianDay(secondJd));
            const auto fits = [ageThen](Malgrupp m) {
                return ageThen >= ageProfile(m).fitFrom && ageThen <= ageProfile(m).fitTo;
            };
            std::optional<Malgrupp> second;
            if (ageThen >= 0 && rng.chance(0.6) && fits(primary))
                second = primary;
            for (int attempt = 0; ageThen >= 0 && !second && attempt < 20; ++attempt) {
                const Malgrupp m = d->pickMalgrupp(rng);
                if (fits(m))
                    second = m;
            }
            if (second) {
                arenden.append(d->makeArende(rng, ++arendeSerial, personRef, *second, birth, secondJd));
                if (secondJd < firstAktJd)
                    std::swap(arenden[0], arenden[1]);
            }
        }
        for (domain::Arende& a : arenden) { // the person's answers are kept per ärende
            a.ursprung = person.ursprung;
            a.skyddad = person.skyddad;
        }
        sink(std::move(person), std::move(arenden));
    }
}

DemoData Generator::generate() const
{
    DemoData data;
    data.handlaggare = d->handlaggare;
    data.enheter = d->enheter;
    data.persons.reserve(d->options.persons);
    data.arenden.reserve(d->options.persons + d->options.persons / 2);
    generate([&data](domain::Person&& person, QList<domain::Arende>&& arenden) {
        data.persons.append(std::move(person));
        for (domain::Arende& a : arenden)
            data.arenden.append(std::move(a));
    });
    return data;
}

DemoData generate(const catalog::Catalog& catalog, const DemoOptions& options)
{
    return Generator(catalog, options).generate();
}

} // namespace folja::demo
