// The Swedish translation must be complete: every tr() string in core/, ui/ and app/ (found by
// running lupdate on the sources now, not by trusting the checked-in .ts) has a finished Swedish
// translation in translations/folja_sv.ts.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{
                    context, {}, {}, true, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type")).toString();
                current.finished = type.isEmpty();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
        }
    }
    return out;
}

QString key(const Message& m)
{
    return m.context + QChar(0x1f) + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void swedishIsComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString extracted = dir.filePath(QStringLiteral("extracted_sv.ts"));

        QStringList sources;
        for (const char* sub : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(FOLJA_SOURCE_DIR "/") + QLatin1String(sub),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QVERIFY(!sources.isEmpty());

        QProcess lupdate;
        QStringList args = sources;
        // The include paths matter: without them lupdate cannot see a class's namespace and files
        // its strings under a context tr() never looks up at run time.
        for (const char* sub : {"core", "ui", "app"})
            args << QStringLiteral("-I") << QStringLiteral(FOLJA_SOURCE_DIR "/") + QLatin1String(sub);
        args << QStringLiteral("-silent") << QStringLiteral("-locations") << QStringLiteral("none")
             << QStringLiteral("-ts") << extracted;
        lupdate.start(QStringLiteral(FOLJA_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<Message> needed = readTs(extracted);
        const QList<Message> swedish = readTs(QStringLiteral(FOLJA_SOURCE_DIR "/translations/folja_sv.ts"));
        QHash<QString, Message> byKey;
        for (const Message& m : swedish)
            byKey.insert(key(m), m);

        QStringList missing;
        for (const Message& m : needed) {
            const auto it = byKey.constFind(key(m));
            if (it == byKey.cend() || !it->finished || it->translation.trimmed().isEmpty())
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        if (!missing.isEmpty())
            qWarning().noquote() << QStringLiteral("Untranslated:\n  ") + missing.join(QStringLiteral("\n  "));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings lack a Swedish translation").arg(missing.size())));
    }

    void swedishHasNoUnfinishedEntries()
    {
        const QList<Message> swedish = readTs(QStringLiteral(FOLJA_SOURCE_DIR "/translations/folja_sv.ts"));
        QVERIFY(!swedish.isEmpty());
        for (const Message& m : swedish)
            QVERIFY2(m.finished, qPrintable(m.context + QStringLiteral(": ") + m.source));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
