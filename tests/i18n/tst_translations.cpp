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

struct NoopString {
    QString where; // file:line
    QString context;
    QString source;
    bool parsed = false;
};

// Reads one C++ string literal at `at` (after whitespace), appending its unescaped text; adjacent
// literals are concatenated by the caller. Returns false if there is no literal.
bool readLiteral(const QString& text, qsizetype& at, QString& out)
{
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    if (at >= text.size() || text.at(at) != u'"')
        return false;
    for (++at; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == u'"') {
            ++at;
            return true;
        }
        if (c == u'\\' && at + 1 < text.size()) {
            const QChar e = text.at(++at);
            out.append(e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e);
        } else {
            out.append(c);
        }
    }
    return false;
}

// Every QT_TRANSLATE_NOOP("context", "text" "text"…) in the files.
QList<NoopString> findNoopStrings(const QStringList& files)
{
    static const QString macro = QStringLiteral("QT_TRANSLATE_NOOP(");
    QList<NoopString> out;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (qsizetype from = text.indexOf(macro); from >= 0; from = text.indexOf(macro, from + 1)) {
            // Skip the macro's own definition and mentions in comments.
            const qsizetype lineStart = text.lastIndexOf(u'\n', from) + 1;
            const QStringView before = QStringView(text).mid(lineStart, from - lineStart).trimmed();
            if (before.startsWith(u"//") || before.startsWith(u"#") || before.startsWith(u"*"))
                continue;
            NoopString n;
            n.where = QStringLiteral("%1:%2").arg(path).arg(text.left(from).count(u'\n') + 1);
            qsizetype at = from + macro.size();
            if (readLiteral(text, at, n.context)) {
                while (at < text.size() && text.at(at).isSpace())
                    ++at;
                if (at < text.size() && text.at(at) == u',') {
                    ++at;
                    bool any = false;
                    while (readLiteral(text, at, n.source))
                        any = true;
                    n.parsed = any;
                }
            }
            out.append(n);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_sources;
    QList<Message> m_needed; // every message lupdate finds in the sources now

private slots:
    void initTestCase()
    {
#ifdef Q_OS_WIN
        // lupdate is the build machine's tool (Linux); the catalogues are the same files on both.
        QSKIP("the source-string checks run in the Linux build (they need its lupdate)");
#endif
        QVERIFY(m_dir.isValid());
        const QString extracted = m_dir.filePath(QStringLiteral("extracted_sv.ts"));
        for (const char* sub : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(FOLJA_SOURCE_DIR "/") + QLatin1String(sub),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                m_sources << it.next();
        }
        QVERIFY(!m_sources.isEmpty());

        QProcess lupdate;
        QStringList args = m_sources;
        // The include paths matter: without them lupdate cannot see a class's namespace and files
        // its strings under a context tr() never looks up at run time.
        for (const char* sub : {"core", "ui", "app"})
            args << QStringLiteral("-I") << QStringLiteral(FOLJA_SOURCE_DIR "/") + QLatin1String(sub);
        args << QStringLiteral("-silent") << QStringLiteral("-locations") << QStringLiteral("none")
             << QStringLiteral("-ts") << extracted;
        lupdate.start(QStringLiteral(FOLJA_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        m_needed = readTs(extracted);
        QVERIFY(!m_needed.isEmpty());
    }

    void swedishIsComplete()
    {
        const QList<Message> swedish = readTs(QStringLiteral(FOLJA_SOURCE_DIR "/translations/folja_sv.ts"));
        QHash<QString, Message> byKey;
        for (const Message& m : swedish)
            byKey.insert(key(m), m);

        QStringList missing;
        for (const Message& m : std::as_const(m_needed)) {
            const auto it = byKey.constFind(key(m));
            if (it == byKey.cend() || !it->finished || it->translation.trimmed().isEmpty())
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        if (!missing.isEmpty())
            qWarning().noquote() << QStringLiteral("Untranslated:\n  ") + missing.join(QStringLiteral("\n  "));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings lack a Swedish translation").arg(missing.size())));
    }

    // A string marked with QT_TRANSLATE_NOOP is translated at run time, but only if lupdate saw it.
    // lupdate silently drops one it cannot attribute, e.g. tr(QT_TRANSLATE_NOOP(…)) through a local
    // helper named tr: the string then reaches the Swedish UI in English ("… is missing (bortfall).").
    // Every marked string in the sources must be among the extracted messages, in its context.
    void markedStringsAreExtracted()
    {
        QSet<QString> extracted;
        for (const Message& m : std::as_const(m_needed))
            extracted.insert(key(m));
        const QList<NoopString> marked = findNoopStrings(m_sources);
        QVERIFY(marked.size() > 20);
        QStringList lost;
        for (const NoopString& n : marked) {
            if (!n.parsed)
                lost << n.where + QStringLiteral(": QT_TRANSLATE_NOOP without a literal context and text");
            else if (!extracted.contains(n.context + QChar(0x1f) + n.source))
                lost << n.where + QStringLiteral(": ") + n.context + QStringLiteral(": ") + n.source;
        }
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("Strings lupdate does not see (never translated):\n  ") +
                                            lost.join(QStringLiteral("\n  "))));
    }

    // The scanner itself: it must find what lupdate misses.
    void scannerFindsLostStrings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("lost.cpp"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("namespace { QString tr(const char* t) { return QCoreApplication::translate(\"X\", t); } }\n"
                    "QString a() { return tr(QT_TRANSLATE_NOOP(\"X\", \"%1 is \\\"gone\\\" \"\n"
                    "                                            \"here.\")); }\n");
        }
        const QList<NoopString> found = findNoopStrings({file});
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().parsed);
        QCOMPARE(found.first().context, QStringLiteral("X"));
        QCOMPARE(found.first().source, QStringLiteral("%1 is \"gone\" here."));
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
