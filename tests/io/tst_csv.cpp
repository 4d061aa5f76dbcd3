#include "io/csv.h"

#include <QBuffer>
#include <QTest>

using namespace folja;
using namespace folja::io;

namespace {

// Reads everything; on a parse error returns the records so far and sets `error`.
QList<CsvRecord> readAll(const QByteArray& bytes, QString* error = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<CsvRecord> out;
    for (;;) {
        CsvRecord rec;
        auto more = reader.next(rec);
        if (!more) {
            if (error)
                *error = more.error().message;
            return out;
        }
        if (!*more)
            return out;
        out.append(rec);
    }
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void simpleRecordsWithLf()
    {
        const auto recs = readAll("a;b;c\n1;2;3\n");
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs[0].fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(recs[1].fields, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(recs[0].line, qint64(1));
        QCOMPARE(recs[1].line, qint64(2));
    }

    void crlfAndNoTrailingNewline()
    {
        const auto recs = readAll("a;b\r\n1;2\r\n3;4");
        QCOMPARE(recs.size(), 3);
        QCOMPARE(recs[2].fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(recs[2].line, qint64(3));
    }

    void bomIsSkipped()
    {
        const auto recs = readAll("\xEF\xBB\xBF"
                                  "arende_id;x\nA;1\n");
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs[0].fields.first(), QStringLiteral("arende_id"));
    }

    void quotedFieldsWithSeparatorQuoteAndNewline()
    {
        const auto recs = readAll("a;b\n\"x;y\";\"he said \"\"hej\"\"\"\n\"line1\r\nline2\";z\nlast;1\n");
        QCOMPARE(recs.size(), 4);
        QCOMPARE(recs[1].fields[0], QStringLiteral("x;y"));
        QCOMPARE(recs[1].fields[1], QStringLiteral("he said \"hej\""));
        QCOMPARE(recs[2].fields[0], QStringLiteral("line1\r\nline2"));
        QCOMPARE(recs[2].line, qint64(3));
        // The embedded line break counts, so the next record starts on file line 5.
        QCOMPARE(recs[3].line, qint64(5));
    }

    void emptyFieldsAndTrailingSeparator()
    {
        const auto recs = readAll(";;\n\"\";x;\n");
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs[0].fields, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(recs[1].fields, (QStringList{QString(), QStringLiteral("x"), QString()}));
    }

    void emptyLinesAreSkippedButCounted()
    {
        const auto recs = readAll("a\n\n\r\nb\n\n");
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs[1].fields.first(), QStringLiteral("b"));
        QCOMPARE(recs[1].line, qint64(4));
    }

    void utf8IsDecoded()
    {
        const auto recs = readAll(QStringLiteral("Pojke/Man;Född i Sverige;Äldre\n").toUtf8());
        QCOMPARE(recs.size(), 1);
        QCOMPARE(recs[0].fields[1], QStringLiteral("Född i Sverige"));
        QCOMPARE(recs[0].fields[2], QStringLiteral("Äldre"));
    }

    void invalidUtf8IsAnErrorWithLine()
    {
        QString error;
        const auto recs = readAll("a;b\nok;fine\nF\xF6"
                                  "dd;x\n",
                                  &error); // Latin-1 ö
        QCOMPARE(recs.size(), 2);
        QVERIFY(error.contains(QLatin1String("3")));
    }

    void unterminatedQuoteIsAnErrorNamingItsLine()
    {
        QString error;
        const auto recs = readAll("a;b\n1;2\n\"open;x\nmore\n", &error);
        QCOMPARE(recs.size(), 2);
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(QLatin1String("3")));
    }

    void textAfterClosingQuoteIsAnError()
    {
        QString error;
        const auto recs = readAll("a\n\"x\"y;z\n", &error);
        QCOMPARE(recs.size(), 1);
        QVERIFY(!error.isEmpty());
    }

    void strayQuoteInUnquotedFieldIsLiteral()
    {
        const auto recs = readAll("5\" disk;b\n");
        QCOMPARE(recs[0].fields[0], QStringLiteral("5\" disk"));
    }

    void largeInputSpansChunks()
    {
        // More than one 256 KiB chunk, with a quoted multi-line field straddling chunk borders.
        QByteArray data("id;text\n");
        const int rows = 40000;
        for (int i = 0; i < rows; ++i)
            data += QByteArray::number(i) + ";\"a;\n\"\"b\"\"\"\n";
        const auto recs = readAll(data);
        QCOMPARE(recs.size(), rows + 1);
        for (int i = 1; i <= rows; ++i) {
            QCOMPARE(recs[i].fields.size(), 2);
            QCOMPARE(recs[i].fields[1], QStringLiteral("a;\n\"b\""));
            QCOMPARE(recs[i].line, qint64(2 * i));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
