#include "access/auditchain.h"

#include <QCryptographicHash>

namespace folja::access {

namespace {
void appendField(QByteArray& out, const QByteArray& field)
{
    out.append(QByteArray::number(field.size()));
    out.append(':');
    out.append(field);
    out.append(';');
}
} // namespace

QString auditTimestamp(const QDateTime& ts)
{
    return ts.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray canonicalAuditBytes(const AuditEntry& e)
{
    QByteArray out;
    out.reserve(256);
    appendField(out, QByteArray::number(e.seq));
    appendField(out, auditTimestamp(e.ts).toUtf8());
    appendField(out, e.actor.toUtf8());
    appendField(out, e.action.toUtf8());
    appendField(out, e.objectType.toUtf8());
    appendField(out, e.objectRef.toUtf8());
    appendField(out, e.details.toUtf8());
    return out;
}

QString computeAuditHash(const AuditEntry& entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(entry.prevHash.toLatin1());
    h.addData(canonicalAuditBytes(entry));
    return QString::fromLatin1(h.result().toHex());
}

std::optional<qint64> firstBrokenAuditEntry(const QList<AuditEntry>& entries, const QString& anchorHash,
                                            qint64 anchorSeq)
{
    QString prev = anchorHash;
    qint64 expectedSeq = anchorSeq + 1;
    for (const AuditEntry& e : entries) {
        if (e.seq != expectedSeq || e.prevHash != prev || computeAuditHash(e) != e.hash)
            return e.seq;
        prev = e.hash;
        ++expectedSeq;
    }
    return std::nullopt;
}

} // namespace folja::access
