#include "store/repository_p.h"

// The analysis snapshot's read (ArendeRepository::scanForAnalysis): every table once, in storage
// order, straight into the sink.

namespace folja::store {

using namespace repo;

namespace {

TextView textOf(const Statement& st, int column)
{
    TextView v;
    v.data = st.columnRawText(column, &v.size);
    return v;
}

std::uint8_t keyOf(const Statement& st, int column)
{
    return static_cast<std::uint8_t>(st.columnInt64(column) & 0xff);
}

// 'YYYY-MM-DD' as a Julian day number, parsed by hand (millions of dates per read).
qint32 dayOf(const Statement& st, int column)
{
    int size = 0;
    const char* t = st.columnRawText(column, &size);
    if (!t || size != 10 || t[4] != '-' || t[7] != '-')
        return kNoDay;
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        v[i] = t[at[i]] - '0';
        if (v[i] < 0 || v[i] > 9)
            return kNoDay;
    }
    const int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const int m = v[4] * 10 + v[5];
    const int d = v[6] * 10 + v[7];
    static constexpr int kDays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m])
        return kNoDay;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return kNoDay;
    // Gregorian calendar to Julian day number (Fliegel & Van Flandern), as QDate::toJulianDay.
    const int a = (14 - m) / 12;
    const int yy = y + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

} // namespace

Result<void> ArendeRepository::scanForAnalysis(AnalysisSink& sink)
{
    sqlite::Connection& conn = d->conn;
    // One read transaction: the tables are read as of one moment. (Nested inside a caller's
    // transaction when there is one.)
    const bool own = !conn.inTransaction();
    if (own) {
        if (auto rc = conn.exec("BEGIN"); !rc)
            return rc;
    }
    auto finish = [&](Result<void> rc) -> Result<void> {
        if (own)
            (void)conn.exec(rc ? "COMMIT" : "ROLLBACK");
        return rc;
    };
    auto scan = [&](const char* sql, const auto& row) -> Result<void> {
        auto st = conn.prepare(sql);
        if (!st)
            return st.error();
        for (;;) {
            auto more = st->step();
            if (!more)
                return more.error();
            if (!*more)
                return {};
            row(*st);
        }
    };
    auto rc = scan("SELECT id, person_id, owner_account_id, malgrupp, enhet, aktualisering_datum, aktualiseringstyp, "
                   "tidigare_kontakt, hushallstyp, beslut_datum, record_key, ursprung FROM arenden",
                   [&](const Statement& r) {
                       sink.arende(r.columnInt64(0), r.columnInt64(1), r.columnInt64(2), textOf(r, 3), textOf(r, 4),
                                   dayOf(r, 5), textOf(r, 6), textOf(r, 7), textOf(r, 8), dayOf(r, 9), textOf(r, 11),
                                   keyOf(r, 10));
                   });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, variable, value_code FROM arende_values", [&](const Statement& r) {
        sink.arendeValue(r.columnInt64(0), static_cast<int>(r.columnInt64(1)), textOf(r, 2));
    });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, id, ord, ksi, beslut_datum, verkstallande_datum, avslut_datum, record_key "
              "FROM insatser",
              [&](const Statement& r) {
                  sink.insats(r.columnInt64(0), r.columnInt64(1), static_cast<int>(r.columnInt64(2)), textOf(r, 3),
                              dayOf(r, 4), dayOf(r, 5), dayOf(r, 6), keyOf(r, 7));
              });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, insats_id, value_code FROM insats_values",
              [&](const Statement& r) { sink.insatsValue(r.columnInt64(0), r.columnInt64(1), textOf(r, 2)); });
    if (!rc)
        return finish(rc);
    rc =
        scan("SELECT arende_id, insats_id, id, ord, datum, sip, maluppfyllelse, parallella_insatser, genomforande, "
             "b1a, b1b, b2, b3, b4, b5, record_key FROM uppfoljningar",
             [&](const Statement& r) {
                 const TextView codes[10] = {textOf(r, 5),  textOf(r, 6),  textOf(r, 7),  textOf(r, 8),  textOf(r, 9),
                                             textOf(r, 10), textOf(r, 11), textOf(r, 12), textOf(r, 13), textOf(r, 14)};
                 sink.uppfoljning(r.columnInt64(0), r.columnInt64(1), r.columnInt64(2),
                                  static_cast<int>(r.columnInt64(3)), dayOf(r, 4), codes, keyOf(r, 15));
             });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT arende_id, uppfoljning_id, value_code FROM uppfoljning_values",
              [&](const Statement& r) { sink.uppfoljningValue(r.columnInt64(0), r.columnInt64(1), textOf(r, 2)); });
    if (!rc)
        return finish(rc);
    rc = scan("SELECT id, kon, birth_date, record_key FROM persons",
              [&](const Statement& r) { sink.person(r.columnInt64(0), textOf(r, 1), dayOf(r, 2), keyOf(r, 3)); });
    return finish(rc);
}

} // namespace folja::store
