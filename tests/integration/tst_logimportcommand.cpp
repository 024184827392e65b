// `cio-console log import FILE.har` end to end, and what follows on the imported rows: a browser's HAR
// (tests/core/data/devtools-eu-redirect.har) imported with its hosts and US transit; `log show` and
// `log diff` on the imported rows; `log replay` refused on them; bad files refused (exit 2, nothing imported).
#include "support/cliprocess.h"
#include "support/testhome.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_LogImportCommand : public QObject
{
    Q_OBJECT

    TestHome m_home;
    QTemporaryDir m_files;
    CliProcess m_cli;

    CliResult run(const QStringList &args) { return m_cli.run(args, {}, m_home.environment()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()),
                 "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        QVERIFY(m_home.isValid() && m_files.isValid());
        m_cli.setEnvironment(m_home.environment());
    }

    void browserHarIsImportedReadOnly()
    {
        const QString har = QStringLiteral(CIO_TEST_DATA "/devtools-eu-redirect.har");
        QVERIFY(!har.isEmpty());
        const CliResult imported = run({u"log"_s, u"import"_s, har});
        QVERIFY2(imported.code == 0, qPrintable(imported.describe()));
        const QString text = QString::fromUtf8(imported.out);
        QVERIFY2(text.contains(u"Imported 3 call(s) (4 hop(s))"_s), qPrintable(text));
        QVERIFY(text.contains(u"1 entries to other hosts were left out"_s));
        QVERIFY(text.contains(u"EU · track-eu.customer.io: 1 call(s)"_s));
        QVERIFY(text.contains(u"US transit"_s));
        QVERIFY(!imported.out.contains("trk-SECRET-abcdef123456"));

        const CliResult tail = run({u"log"_s, u"tail"_s, u"--json"_s, u"-n"_s, u"3"_s});
        QVERIFY2(tail.code == 0, qPrintable(tail.describe()));
        const QList<QByteArray> lines = tail.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);

        // The imported event with its two hops, read back in full; the secret never.
        const CliResult show = run({u"log"_s, u"show"_s, u"1"_s});
        QVERIFY2(show.code == 0, qPrintable(show.describe()));
        QVERIFY(show.out.contains("Imported from har:devtools-eu-redirect.har (read-only)"));
        QVERIFY(show.out.contains("wrong datacenter"));
        QVERIFY(show.out.contains("authorization: Basic site-eu-1:•••")); // as a browser names it (HTTP/2)
        QVERIFY(!show.out.contains("trk-SECRET-abcdef123456"));

        const CliResult diff = run({u"log"_s, u"diff"_s, u"1"_s, u"2"_s});
        QVERIFY2(diff.code == 0 && diff.out.startsWith("Call #1 (left) and call #2 (right): "),
                 qPrintable(diff.describe()));
        QVERIFY(diff.out.contains("≠ call kind: event  |  region"));

        const CliResult replay = run({u"log"_s, u"replay"_s, u"1"_s});
        QVERIFY2(replay.code == 2 && replay.err.contains("was imported"), qPrintable(replay.describe()));

        // Filters apply to the imported rows as to any: the call that got no answer.
        const CliResult network = run({u"log"_s, u"tail"_s, u"--status"_s, u"network"_s});
        QVERIFY2(network.out.count('\n') == 1 && network.out.contains("identify PUT"), qPrintable(network.describe()));
        const CliResult notEvent = run({u"log"_s, u"tail"_s, u"--call"_s, u"!event"_s, u"--method"_s, u"get,put"_s});
        QVERIFY2(notEvent.out.count('\n') == 2, qPrintable(notEvent.describe()));
        const CliResult dated = run({u"log"_s, u"tail"_s, u"--from"_s, u"2026-12-01T10:00:00.500Z"_s});
        QVERIFY2(dated.out.count('\n') == 2, qPrintable(dated.describe()));
        QCOMPARE(run({u"log"_s, u"tail"_s, u"--method"_s, u"FETCH"_s}).code, 2);
        QCOMPARE(run({u"log"_s, u"tail"_s, u"--to"_s, u"yesterday"_s}).code, 2);

        // Clear matching: only the calls that match go.
        const CliResult cleared = run({u"log"_s, u"clear"_s, u"--status"_s, u"network"_s});
        QVERIFY2(cleared.code == 0 && cleared.out.startsWith("Cleared 1 call(s)"), qPrintable(cleared.describe()));
        QCOMPARE(run({u"log"_s, u"tail"_s}).out.count('\n'), 2);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not JSON") << QByteArray("PK\x03\x04 zip") << QByteArray("not JSON");
        QTest::newRow("wrong version") << QByteArray(R"({"log":{"version":"0.9","entries":[]}})")
                                       << QByteArray("HAR version \"0.9\" is not supported");
    }
    void badFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        const QString path = m_files.filePath(u"bad.har"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const qint64 before = run({u"log"_s, u"tail"_s, u"-n"_s, u"100"_s}).out.count('\n');
        const CliResult r = run({u"log"_s, u"import"_s, path});
        QVERIFY2(r.code == 2 && r.err.contains(message) && r.err.contains("nothing was imported"),
                 qPrintable(r.describe()));
        QCOMPARE(run({u"log"_s, u"tail"_s, u"-n"_s, u"100"_s}).out.count('\n'), before);
    }

    void fileOver100MBIsRefused()
    {
        const QString path = m_files.filePath(u"huge.har"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024 + 1));
        f.close();
        const CliResult r = run({u"log"_s, u"import"_s, path});
        QVERIFY2(r.code == 2 && r.err.contains("HAR files over 100"), qPrintable(r.describe()));
        QCOMPARE(run({u"log"_s, u"import"_s}).code, 2);
        QCOMPARE(run({u"log"_s, u"import"_s, m_files.filePath(u"missing.har"_s)}).code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_LogImportCommand)
#include "tst_logimportcommand.moc"
