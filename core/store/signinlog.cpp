#include "store/signinlog.h"

#include "common/ownerfile.h"
#include "store/crypto.h"
#include "store/keyfile.h"
#include "store/messages.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace folja::store {

namespace {

constexpr auto kFormat = "folja-signins";
constexpr int kVersion = 1;
constexpr qint64 kMaxFileSize = 256 * 1024;
constexpr int kFileIdSize = 16;

QString kindName(FailedSignIn::Kind kind)
{
    return kind == FailedSignIn::Kind::RecoveryCode ? QStringLiteral("recovery") : QStringLiteral("password");
}

bool parse(const QByteArray& data, SignInLog::Contents* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat) ||
        root.value(QLatin1String("version")).toInt(-1) != kVersion)
        return false;
    const auto fileId = QByteArray::fromBase64Encoding(root.value(QLatin1String("fileId")).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!fileId || fileId.decoded.size() != kFileIdSize)
        return false;
    out->fileId = fileId.decoded;
    out->dropped = qMax<qint64>(0, root.value(QLatin1String("dropped")).toInteger());
    const QJsonValue list = root.value(QLatin1String("failures"));
    if (!list.isArray())
        return false;
    qint64 lastSeq = 0;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        FailedSignIn r;
        r.seq = o.value(QLatin1String("seq")).toInteger();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("recovery"))
            r.kind = FailedSignIn::Kind::RecoveryCode;
        else if (kind != QLatin1String("password"))
            return false;
        const QJsonValue slot = o.value(QLatin1String("slot"));
        if (slot.isString()) {
            const auto id =
                QByteArray::fromBase64Encoding(slot.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!id || id.decoded.size() != 32)
                return false;
            r.slotId = id.decoded;
        } else if (!slot.isNull()) {
            return false;
        }
        r.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
        if (r.seq <= lastSeq || !r.at.isValid())
            return false;
        r.at = r.at.toUTC();
        lastSeq = r.seq;
        out->records.append(r);
    }
    return true;
}

} // namespace

QString SignInLog::pathFor(const QString& databasePath)
{
    return databasePath + QLatin1String(".signins");
}

SignInLog::Contents SignInLog::read(const QString& databasePath, bool* damaged)
{
    if (damaged)
        *damaged = false;
    Contents contents;
    QFile file(pathFor(databasePath));
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize || !parse(file.readAll(), &contents)) {
        if (damaged)
            *damaged = true;
        return Contents{};
    }
    return contents;
}

Result<void> SignInLog::recordFailure(const QString& databasePath, const QString& user, FailedSignIn::Kind kind,
                                      const QDateTime& atUtc)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    // Only beside a database that exists: a mistyped path must not leave files about.
    if (!QFileInfo(path).isFile())
        return messages::databaseNotFound();
    FailedSignIn record;
    record.kind = kind;
    record.at = atUtc.toUTC();
    record.at.setTime(QTime(record.at.time().hour(), record.at.time().minute(), record.at.time().second()));
    if (kind == FailedSignIn::Kind::Password) {
        auto keys = KeyFile::load(KeyFile::pathFor(path));
        if (!keys)
            return keys.error();
        if (keys->hasSlot(user))
            record.slotId = keys->slotIdFor(user);
    }

    bool damaged = false;
    Contents contents = read(path, &damaged);
    if (contents.fileId.isEmpty()) {
        auto id = crypto::randomBytes(kFileIdSize);
        if (!id)
            return id.error();
        contents = Contents{};
        contents.fileId = *id;
    }
    record.seq = contents.records.isEmpty() ? contents.dropped + 1 : contents.records.constLast().seq + 1;
    contents.records.append(record);
    while (contents.records.size() > kMaxRecords) {
        contents.records.removeFirst();
        ++contents.dropped;
    }

    QJsonArray list;
    for (const FailedSignIn& r : std::as_const(contents.records)) {
        QJsonObject o;
        o.insert(QLatin1String("seq"), r.seq);
        o.insert(QLatin1String("kind"), kindName(r.kind));
        o.insert(QLatin1String("slot"), r.slotId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(QString::fromLatin1(r.slotId.toBase64())));
        o.insert(QLatin1String("at"), r.at.toString(Qt::ISODate));
        list.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(kFormat));
    root.insert(QLatin1String("version"), kVersion);
    root.insert(QLatin1String("fileId"), QString::fromLatin1(contents.fileId.toBase64()));
    root.insert(QLatin1String("dropped"), contents.dropped);
    root.insert(QLatin1String("failures"), list);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    const QString dir = QFileInfo(path).absolutePath();
    QSaveFile file(pathFor(path));
    if (!file.open(QIODevice::WriteOnly) || !restrictToOwner(file))
        return isDiskFull(dir) ? messages::diskFull() : messages::io();
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return isDiskFull(dir) ? messages::diskFull() : messages::io();
    }
    if (!file.commit())
        return isDiskFull(dir) ? messages::diskFull() : messages::io();
    return {};
}

} // namespace folja::store
