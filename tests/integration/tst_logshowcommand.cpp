// `cio-console log show ID [--json]` end to end: a call the built binary sent to the sandbox (an EU account
// via the US host: a 301 then a 200) shown with every hop's header fields, the redirect's body and timing;
// the key appears nowhere; a bad ID is a usage error (2), an unknown one exit 1.
#include "support/cliprocess.h"
#include "support/sandboxprocess.h"
#include "support/testhome.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kEuSite = u"showcanary-eu-site"_s;
const QString kEuKey = u"cnry-SHOW-EU-track-5e0c1b77a2"_s;
} // namespace

class tst_LogShowCommand : public QObject
{
    Q_OBJECT

    TestHome m_home;
    QTemporaryDir m_serverSide; // the sandbox's accounts file (holds the key)
    CliProcess m_cli;
    SandboxProcess m_sandbox;
    qint64 m_id = 0;

    CliResult run(const QStringList &args, const QString &key = {})
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(u"CIO_CONSOLE_ENDPOINTS"_s, m_sandbox.endpointsFile());
        if (!key.isEmpty())
            env.insert(u"CIO_TRACK_API_KEY"_s, key);
        return m_cli.run(args, {}, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()),
                 "CIO_CONSOLE_BINARY must name the built cio-console (run through ctest)");
        QVERIFY(m_home.isValid() && m_serverSide.isValid());
        const QString accountsFile = m_serverSide.filePath(u"accounts.json"_s);
        QFile f(accountsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SandboxProcess::accountsJson({{u"eu"_s, {{u"Show EU"_s, kEuSite, kEuKey, 501, {}}}}}));
        f.close();
        m_cli.setEnvironment(m_home.environment());
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_home.path(u"endpoints.json"_s), {u"--accounts"_s, accountsFile}, &error),
                 qPrintable(error));

        const CliResult sent = run({u"send"_s, u"event"_s, u"--site-id"_s, kEuSite, u"--id"_s, u"ada@example.com"_s,
                                    u"--name"_s, u"purchase"_s, u"--via"_s, u"us"_s},
                                   kEuKey);
        QVERIFY2(sent.code == 0, qPrintable(sent.describe()));
        const CliResult tail = run({u"log"_s, u"tail"_s, u"-n"_s, u"1"_s});
        QVERIFY2(tail.code == 0, qPrintable(tail.describe()));
        const QString line = QString::fromUtf8(tail.out);
        const qsizetype hash = line.indexOf(u'#');
        QVERIFY2(hash >= 0, qPrintable(line));
        m_id = line.mid(hash + 1, line.indexOf(u' ', hash) - hash - 1).toLongLong();
        QVERIFY(m_id > 0);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void showsEveryHop()
    {
        const CliResult show = run({u"log"_s, u"show"_s, QString::number(m_id)});
        QVERIFY2(show.code == 0, qPrintable(show.describe()));
        const QString text = QString::fromUtf8(show.out);
        QVERIFY2(text.contains(u"2 hops"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Hop 1 · response headers (301)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Location: http://127.0.0.1:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\"detail\": \"wrong datacenter\""_s), qPrintable(text));
        QVERIFY2(text.contains(u"Authorization: Basic showcanary-eu-site:•••"_s), qPrintable(text));
        QVERIFY2(text.contains(u"first byte"_s), qPrintable(text));
        QVERIFY2(text.contains(u"(UTC"_s), qPrintable(text));
        QVERIFY(!show.out.contains(kEuKey.toUtf8()));
        QVERIFY(!show.out.contains(QByteArray(kEuSite.toUtf8() + ':' + kEuKey.toUtf8()).toBase64()));
    }

    void showsJson()
    {
        const CliResult show = run({u"log"_s, u"show"_s, QString::number(m_id), u"--json"_s});
        QVERIFY2(show.code == 0, qPrintable(show.describe()));
        const QJsonObject o = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(o.value(u"id"_s).toInteger(), m_id);
        QCOMPARE(o.value(u"authorization"_s).toString(), u"Basic showcanary-eu-site:•••"_s);
        const QJsonArray hops = o.value(u"hops"_s).toArray();
        QCOMPARE(hops.size(), 2);
        const QJsonObject first = hops.at(0).toObject();
        QCOMPARE(first.value(u"status"_s).toInt(), 301);
        bool location = false;
        for (const QJsonValue &field : first.value(u"response_headers"_s).toArray())
            location = location || field.toArray().at(0).toString().compare(u"location"_s, Qt::CaseInsensitive) == 0;
        QVERIFY(location);
        QVERIFY(first.value(u"response"_s).toObject().contains(u"errors"_s));
        QVERIFY(first.value(u"first_byte_ms"_s).toInteger() >= 0);
        QVERIFY(!show.out.contains(kEuKey.toUtf8()));
    }

    void badIdsAreRefused()
    {
        QCOMPARE(run({u"log"_s, u"show"_s, u"abc"_s}).code, 2);
        QCOMPARE(run({u"log"_s, u"show"_s, u"0"_s}).code, 2);
        QCOMPARE(run({u"log"_s, u"show"_s}).code, 2);
        QCOMPARE(run({u"log"_s, u"show"_s, u"1"_s, u"2"_s}).code, 2);
        QCOMPARE(run({u"log"_s, u"show"_s, QString::number(m_id), u"--status"_s, u"2xx"_s}).code, 2);
        const CliResult missing = run({u"log"_s, u"show"_s, u"999999"_s});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("no call #999999"), qPrintable(missing.describe()));
    }
};

QTEST_GUILESS_MAIN(tst_LogShowCommand)
#include "tst_logshowcommand.moc"
