// `cio-console log replay ID` end to end: a call the built binary sent to the sandbox is sent again from
// its row (same call, fields, first host) and the new row names the row it came from; the sandbox receives
// the same request twice. An imported row, a bad ID and a missing key are refused with nothing sent.
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
const QString kSite = u"replaycanary-eu-site"_s;
const QString kKey = u"cnry-REPLAY-EU-track-0b8e3f21c7"_s;
} // namespace

class tst_LogReplayCommand : public QObject
{
    Q_OBJECT

    TestHome m_home;
    QTemporaryDir m_serverSide;
    CliProcess m_cli;
    SandboxProcess m_sandbox;

    CliResult run(const QStringList &args, const QString &key = {})
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(u"CIO_CONSOLE_ENDPOINTS"_s, m_sandbox.endpointsFile());
        if (!key.isEmpty())
            env.insert(u"CIO_TRACK_API_KEY"_s, key);
        return m_cli.run(args, {}, env);
    }

    qint64 newestId()
    {
        const CliResult tail = run({u"log"_s, u"tail"_s, u"-n"_s, u"1"_s});
        const QString line = QString::fromUtf8(tail.out);
        const qsizetype hash = line.indexOf(u'#');
        return hash < 0 ? 0 : line.mid(hash + 1, line.indexOf(u' ', hash) - hash - 1).toLongLong();
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
        f.write(SandboxProcess::accountsJson({{u"eu"_s, {{u"Replay EU"_s, kSite, kKey, 601, {}}}}}));
        f.close();
        m_cli.setEnvironment(m_home.environment());
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_home.path(u"endpoints.json"_s), {u"--accounts"_s, accountsFile}, &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void replayNamesItsSourceRow()
    {
        const CliResult sent =
            run({u"send"_s, u"event"_s, u"--site-id"_s, kSite, u"--id"_s, u"a/b@example.com"_s, u"--name"_s,
                 u"purchase"_s, u"--data"_s, u"{\"sku\":\"A-1\"}"_s, u"--via"_s, u"eu"_s},
                kKey);
        QVERIFY2(sent.code == 0, qPrintable(sent.describe()));
        const qint64 origin = newestId();
        QVERIFY(origin > 0);

        const CliResult replay = run({u"log"_s, u"replay"_s, QString::number(origin), u"--json"_s}, kKey);
        QVERIFY2(replay.code == 0, qPrintable(replay.describe()));
        const QJsonObject o = replay.json();
        QCOMPARE(o.value(u"replay_of"_s).toInteger(), origin);
        QCOMPARE(o.value(u"status"_s).toInt(), 200);
        QCOMPARE(o.value(u"handled_by_region"_s).toString(), u"eu"_s);
        QVERIFY(!replay.out.contains(kKey.toUtf8()));

        const qint64 copy = newestId();
        QVERIFY(copy > origin);
        const CliResult show = run({u"log"_s, u"show"_s, QString::number(copy)});
        QVERIFY2(show.out.contains(QStringLiteral("Replay of call #%1").arg(origin).toUtf8()),
                 qPrintable(show.describe()));
        const CliResult json = run({u"log"_s, u"show"_s, QString::number(copy), u"--json"_s});
        QCOMPARE(json.json().value(u"replay_of"_s).toInteger(), origin);
        QCOMPARE(json.json().value(u"url"_s).toString(),
                 run({u"log"_s, u"show"_s, QString::number(origin), u"--json"_s}).json().value(u"url"_s).toString());

        // The sandbox received the same request twice.
        QStringList bodies;
        const QJsonArray received = QJsonDocument::fromJson(m_sandbox.request(u"/__sandbox/requests"_s)).array();
        for (const QJsonValue &v : received) {
            const QJsonObject request = v.toObject();
            if (request.value(u"path"_s).toString().contains(u"events"_s))
                bodies << request.value(u"body"_s).toString();
        }
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(0), bodies.at(1));

        const CliResult text = run({u"log"_s, u"replay"_s, QString::number(origin)}, kKey);
        QVERIFY2(text.code == 0 && text.out.contains(QStringLiteral("replay of call #%1").arg(origin).toUtf8()),
                 qPrintable(text.describe()));
    }

    void refusedWithNothingSent()
    {
        const qint64 origin = newestId();
        QCOMPARE(run({u"log"_s, u"replay"_s, u"x"_s}, kKey).code, 2);
        QCOMPARE(run({u"log"_s, u"replay"_s, u"999999"_s}, kKey).code, 1);
        const CliResult noKey = run({u"log"_s, u"replay"_s, QString::number(origin)});
        QVERIFY2(noKey.code == 3 && noKey.err.contains("CIO_TRACK_API_KEY"), qPrintable(noKey.describe()));
        QCOMPARE(newestId(), origin); // nothing was sent, nothing logged
    }
};

QTEST_GUILESS_MAIN(tst_LogReplayCommand)
#include "tst_logreplaycommand.moc"
