#include "io/analysisdata.h"

#include "access/session.h"
#include "catalog/catalog.h"
#include "catalog/types.h"
#include "store/repository.h"

#include <QSet>

namespace folja::io {

SnapshotVisibility snapshotVisibility(const access::Session& session)
{
    if (session.hasRole(access::Role::Administrator) || session.hasRole(access::Role::Analytiker))
        return SnapshotVisibility::All;
    if (session.hasRole(access::Role::Handlaggare))
        return SnapshotVisibility::Own;
    return SnapshotVisibility::None;
}

Result<analysis::Snapshot> AnalysisData::load(access::Session& session, const catalog::Catalog& /*catalog*/,
                                              const analysis::Scope& scope, SnapshotInfo* info)
{
    const SnapshotVisibility visibility = snapshotVisibility(session);
    if (visibility == SnapshotVisibility::None)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Analysis requires the handläggare, analytiker or administratör role."));
    for (const QString& code : scope.malgrupper) {
        if (!catalog::malgruppFromCode(code))
            return makeError(ErrorCode::InvalidInput,
                             tr("Unknown målgrupp \"%1\"; use BOU, VUX, ALDRE, FUNK or EKB.").arg(code));
    }
    auto repo = session.repository();
    if (!repo)
        return repo.error();

    // Both reads are one scan per table in storage order; the records are handed to the builder
    // by reference and never copied.
    auto arenden = (*repo)->loadAllArenden();
    if (!arenden)
        return arenden.error();
    auto persons = (*repo)->loadAllPersons();
    if (!persons)
        return persons.error();

    const bool ownOnly = visibility == SnapshotVisibility::Own;
    const bool narrowed = ownOnly || !scope.malgrupper.isEmpty() || !scope.enheter.isEmpty();
    const QString me = session.user();
    auto keep = [&](const domain::Arende& a) {
        if (ownOnly && a.owner.compare(me, Qt::CaseInsensitive) != 0)
            return false;
        if (!scope.malgrupper.isEmpty() && !scope.malgrupper.contains(a.malgrupp))
            return false;
        if (!scope.enheter.isEmpty() && !scope.enheter.contains(a.enhet))
            return false;
        return true;
    };

    // First pass: what stays, how big the tables get, and (when narrowed) which persons are needed.
    std::vector<std::uint8_t> kept(static_cast<std::size_t>(arenden->size()), 0);
    std::size_t nArenden = 0, nInsatser = 0, nUppfoljningar = 0;
    QSet<domain::Id> neededPersons;
    for (qsizetype i = 0; i < arenden->size(); ++i) {
        const domain::Arende& a = arenden->at(i);
        if (!keep(a))
            continue;
        kept[static_cast<std::size_t>(i)] = 1;
        ++nArenden;
        nInsatser += static_cast<std::size_t>(a.insatser.size());
        for (const domain::Insats& in : a.insatser)
            nUppfoljningar += static_cast<std::size_t>(in.uppfoljningar.size());
        if (narrowed)
            neededPersons.insert(a.personRef);
    }

    analysis::SnapshotBuilder builder;
    builder.reserve(narrowed ? static_cast<std::size_t>(neededPersons.size())
                             : static_cast<std::size_t>(persons->size()),
                    nArenden, nInsatser, nUppfoljningar);
    for (const domain::Person& p : std::as_const(*persons)) {
        if (!narrowed || neededPersons.contains(p.id))
            builder.addPerson(p);
    }
    for (qsizetype i = 0; i < arenden->size(); ++i) {
        if (kept[static_cast<std::size_t>(i)])
            builder.addArende(arenden->at(i));
    }

    QString details = QStringLiteral("visibility=%1 arenden=%2")
                          .arg(ownOnly ? QStringLiteral("own") : QStringLiteral("all"))
                          .arg(nArenden);
    if (!scope.malgrupper.isEmpty())
        details += QStringLiteral(" malgrupper=") + scope.malgrupper.join(QLatin1Char(','));
    if (!scope.enheter.isEmpty())
        details += QStringLiteral(" enheter=%1").arg(scope.enheter.size());
    if (auto audited =
            session.audit(QStringLiteral("analysis.snapshot"), QStringLiteral("database"), QString(), details);
        !audited)
        return audited.error();

    if (info) {
        info->visibility = visibility;
        info->arenden = nArenden;
    }
    return builder.finish();
}

Result<analysis::Snapshot> loadSnapshot(access::Session& session, const catalog::Catalog& catalog,
                                        const analysis::Scope& scope, SnapshotInfo* info)
{
    return AnalysisData::load(session, catalog, scope, info);
}

} // namespace folja::io
