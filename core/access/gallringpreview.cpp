#include "access/gallringpreview.h"

#include "access/session.h"
#include "access/settings.h"
#include "access/storedoor.h"
#include "store/database.h"
#include "store/sqlite.h"

namespace folja::access {

Result<GallringPreview> previewGallring(Session& session, QDate today)
{
    if (auto ok = session.require(Role::Administrator); !ok)
        return ok.error();
    Settings settings(session);
    auto years = settings.gallringYears();
    if (!years)
        return years.error();
    auto db = StoreDoor::database(session);
    if (!db)
        return db.error();
    GallringPreview preview;
    preview.years = *years;
    preview.cutoff = today.addYears(-*years);
    // Keep in step with ArendeService::gallra (a test compares the two on the same data).
    auto st = (*db)->connection().prepare(
        "SELECT count(*) FROM arenden a WHERE "
        " (EXISTS (SELECT 1 FROM insatser i WHERE i.arende_id = a.id) "
        "  AND NOT EXISTS (SELECT 1 FROM insatser i WHERE i.arende_id = a.id AND i.avslut_datum IS NULL) "
        "  AND (SELECT max(i.avslut_datum) FROM insatser i WHERE i.arende_id = a.id) < ?1) "
        " OR (NOT EXISTS (SELECT 1 FROM insatser i WHERE i.arende_id = a.id) "
        "  AND a.beslut_datum IS NOT NULL AND a.beslut_datum < ?1)");
    if (!st)
        return st.error();
    st->bind(1, preview.cutoff.toString(Qt::ISODate));
    auto row = st->step();
    if (!row)
        return row.error();
    preview.arenden = *row ? int(st->columnInt64(0)) : 0;
    return preview;
}

} // namespace folja::access
