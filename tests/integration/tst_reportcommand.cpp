// `cio-console report` and `report verify` end to end: calls sent by the built binary to the sandbox (an EU
// account called through the US host, so its data transits the US; a US account's call refused by the EU
// host) are reported as JSON (checked against docs/report-schema.json's required fields and types), HTML
// and PDF (rendered to PNG pages with pdftoppm); the JSON report verifies, and fails once a row is changed,
// removed or moved in it, or changed in the log; bad input ends with the documented exit codes.
#include "support/cliprocess.h"
#include "support/sandboxprocess.h"
#include "support/testhome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString kEuSite = QStringLiteral("report-eu-site");
const QString kEuKey = QStringLiteral("cnry-REPORT-EU-track-3f9a1c");
const QString kUsSite = QStringLiteral("report-us-site");
const QString kUsKey = QStringLiteral("cnry-REPORT-US-track-8b2d4e");
const QString kPerson = QStringLiteral("jane.doe@example.com");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

// The documented schema's required members and their types, one object deep (not a general validator).
QString schemaProblems(const QJsonObject &schema, const QJsonObject &definition, const QJsonObject &value,
                       const QString &where)
{
    const QJsonObject properties = definition.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &name : definition.value(QStringLiteral("required")).toArray()) {
        const QString key = name.toString();
        if (!value.contains(key))
            return QStringLiteral("%1.%2: missing").arg(where, key);
        QJsonObject property = properties.value(key).toObject();
        const QString ref = property.value(QStringLiteral("$ref")).toString();
        if (!ref.isEmpty())
            property = schema.value(QStringLiteral("$defs")).toObject().value(ref.section(u'/', -1)).toObject();
        QStringList types;
        const QJsonValue type = property.value(QStringLiteral("type"));
        for (const QJsonValue &t : type.isArray() ? type.toArray() : QJsonArray {type})
            types << t.toString();
        const QJsonValue v = value.value(key);
        const QString got = v.isString()                   ? QStringLiteral("string")
            : v.isBool()                                   ? QStringLiteral("boolean")
            : v.isArray()                                  ? QStringLiteral("array")
            : v.isObject()                                 ? QStringLiteral("object")
            : v.isNull()                                   ? QStringLiteral("null")
            : v.toDouble() == double(qint64(v.toDouble())) ? QStringLiteral("integer")
                                                           : QStringLiteral("number");
        if (!types.contains(got) && !(got == u"integer" && types.contains(QStringLiteral("number"))))
            return QStringLiteral("%1.%2: %3, expected %4").arg(where, key, got, types.join(u'|'));
        if (property.contains(QStringLiteral("pattern"))
            && !QRegularExpression(property.value(QStringLiteral("pattern")).toString()).match(v.toString()).hasMatch())
            return QStringLiteral("%1.%2: does not match the pattern").arg(where, key);
    }
    return {};
}
} // namespace

class tst_ReportCommand : public QObject
{
    Q_OBJECT

    TestHome m_home;
    QTemporaryDir m_serverSide;
    QTemporaryDir m_out;
    CliProcess m_cli;
    SandboxProcess m_sandbox;
    QString m_eu = QStringLiteral("Report EU %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString m_us = QStringLiteral("Report US %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));

    CliResult run(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), m_sandbox.endpointsFile());
        return m_cli.run(args, input, env);
    }
    QString out(const QString &name) const { return m_out.filePath(name); }
    CliResult report(const QStringList &args) { return run(QStringList {QStringLiteral("report")} + args); }
    CliResult verify(const QString &file) { return run({QStringLiteral("report"), QStringLiteral("verify"), file}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_cli.binary()), "CIO_CONSOLE_BINARY must name the built cio-console");
        QVERIFY(m_home.isValid() && m_serverSide.isValid() && m_out.isValid());
        const QString accountsFile = m_serverSide.filePath(QStringLiteral("accounts.json"));
        QFile f(accountsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SandboxProcess::accountsJson({{QStringLiteral("eu"), {{m_eu, kEuSite, kEuKey, 701, {}}}},
                                              {QStringLiteral("us"), {{m_us, kUsSite, kUsKey, 702, {}}}}}));
        f.close();
        m_cli.setEnvironment(m_home.environment());
        QString error;
        QVERIFY2(m_sandbox.start(&m_cli, m_home.path(QStringLiteral("endpoints.json")),
                                 {QStringLiteral("--accounts"), accountsFile}, &error),
                 qPrintable(error));

        // Two workspaces of two accounts; the EU one is routed through the US host.
        CliResult r = run({QStringLiteral("workspace"), QStringLiteral("add"), m_eu, QStringLiteral("--site-id"),
                           kEuSite, QStringLiteral("--account"), QStringLiteral("Acme EU"), QStringLiteral("--route"),
                           QStringLiteral("us")},
                          (kEuKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("workspace"), QStringLiteral("add"), m_us, QStringLiteral("--site-id"), kUsSite,
                 QStringLiteral("--account"), QStringLiteral("Acme US")},
                (kUsKey + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("region"), QStringLiteral("--workspace"), m_eu, QStringLiteral("--via"),
                 QStringLiteral("eu")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        // Known transits: two identify calls of the EU account through the US host; one through the EU host.
        for (const QString &via : {QStringLiteral("us"), QStringLiteral("us"), QStringLiteral("eu")}) {
            r = run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--workspace"), m_eu,
                     QStringLiteral("--id"), kPerson, QStringLiteral("--via"), via});
            QVERIFY2(r.code == 0, qPrintable(r.describe()));
        }
        // A US account's call on the EU host: refused.
        r = run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--workspace"), m_us,
                 QStringLiteral("--id"), kPerson, QStringLiteral("--via"), QStringLiteral("eu")});
        QCOMPARE(r.code, 1);
    }

    void cleanupTestCase()
    {
        run({QStringLiteral("workspace"), QStringLiteral("remove"), m_eu});
        run({QStringLiteral("workspace"), QStringLiteral("remove"), m_us});
        m_sandbox.stop();
        // No key in any output.
        QVERIFY(!m_cli.allOutput().contains(kEuKey.toUtf8()));
        QVERIFY(!m_cli.allOutput().contains(kUsKey.toUtf8()));
    }

    void jsonReportStatesTheTransits()
    {
        const CliResult r =
            report({QStringLiteral("--account"), QStringLiteral("Acme EU"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--output"), out(QStringLiteral("eu.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QFile file(out(QStringLiteral("eu.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // No personal data: neither the person's identifier (in the paths and bodies) nor a key.
        QVERIFY(!bytes.contains(kPerson.toUtf8()));
        QVERIFY(!bytes.contains("jane.doe"));
        QVERIFY(!bytes.contains(kEuKey.toUtf8()));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();

        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("calls")).toInt(), 5); // add's check, region, three identify
        QCOMPARE(summary.value(QStringLiteral("no_calls")).toBool(), false);
        // The sandbox answers on loopback, not from Customer.io's hosts: the summary says so for every call.
        QCOMPARE(summary.value(QStringLiteral("outside_customer_io")).toInt(), 5);
        const QJsonArray transits = root.value(QStringLiteral("transits")).toArray();
        QCOMPARE(transits.size(), 3); // the add's region check (route us) and the two identify calls via us
        int identifyTransits = 0;
        for (const QJsonValue &t : transits) {
            const QJsonObject o = t.toObject();
            QCOMPARE(o.value(QStringLiteral("account_region")).toString(), QStringLiteral("eu"));
            if (o.value(QStringLiteral("call")).toString() != u"identify")
                continue; // the add's region check, answered by the US host itself
            // Sent to the US host, redirected to the EU host.
            QVERIFY2(o.value(QStringLiteral("first_host")).toString()
                         != o.value(QStringLiteral("last_host")).toString(),
                     QJsonDocument(o).toJson().constData());
            ++identifyTransits;
        }
        QCOMPARE(identifyTransits, 2);
        QCOMPARE(root.value(QStringLiteral("refusals")).toArray().size(), 0);
        const QJsonObject track =
            summary.value(QStringLiteral("by_api")).toObject().value(QStringLiteral("track")).toObject();
        QCOMPARE(track.value(QStringLiteral("eu")).toInt(), 4); // the identify calls and the check via eu
        QCOMPARE(track.value(QStringLiteral("us")).toInt(), 1); // the add's check through the US host
        bool verifiedThroughEu = false;
        for (const QJsonValue &v : root.value(QStringLiteral("verifications")).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
            QCOMPARE(o.value(QStringLiteral("environment_id")).toInt(), 701);
            verifiedThroughEu = verifiedThroughEu || o.value(QStringLiteral("host")).toString().contains(u':');
        }
        QVERIFY(verifiedThroughEu);
        const QJsonArray workspaces = root.value(QStringLiteral("workspaces")).toArray();
        QCOMPARE(workspaces.size(), 1);
        QCOMPARE(workspaces.at(0).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("us"));

        // The same identifier has the same keyed hash in every row (one installation key).
        QSet<QString> identifyHashes;
        for (const QJsonValue &row : root.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("call")).toString() == u"identify")
                identifyHashes.insert(o.value(QStringLiteral("path_hmac")).toString());
        }
        QCOMPARE(identifyHashes.size(), 1);
        QCOMPARE(identifyHashes.begin()->size(), 64);

        const CliResult v = verify(out(QStringLiteral("eu.json")));
        QVERIFY2(v.code == 0, qPrintable(v.describe()));
        QVERIFY2(v.out.contains("match the request log"), qPrintable(v.describe()));
    }

    void refusalIsReported()
    {
        const CliResult r =
            report({QStringLiteral("--workspace"), m_us, QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--output"), out(QStringLiteral("us.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject root = readJson(out(QStringLiteral("us.json")));
        const QJsonArray refusals = root.value(QStringLiteral("refusals")).toArray();
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).toObject().value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(refusals.at(0).toObject().value(QStringLiteral("account_region")).toString(), QStringLiteral("us"));
        // The EU workspace's rows are in the chain segment only as digests.
        for (const QJsonValue &row : root.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject fields = row.toObject().value(QStringLiteral("fields")).toObject();
            QVERIFY(fields.isEmpty() || fields.value(QStringLiteral("workspace")).toString() == m_us);
        }
        const CliResult v = verify(out(QStringLiteral("us.json")));
        QVERIFY2(v.code == 0, qPrintable(v.describe()));
    }

    void jsonFollowsItsSchema()
    {
        const CliResult r = report({QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--output"), out(QStringLiteral("all.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject schema = readJson(QStringLiteral(CIO_SOURCE_DIR "/docs/report-schema.json"));
        QVERIFY(!schema.isEmpty());
        const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
        const QJsonObject root = readJson(out(QStringLiteral("all.json")));
        QString problem = schemaProblems(schema, schema, root, QStringLiteral("report"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const char *part : {"scope", "identifiers", "summary", "chain"}) {
            const QString name = QString::fromLatin1(part);
            problem = schemaProblems(schema, defs.value(name).toObject(), root.value(name).toObject(), name);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QList<std::pair<QString, QString>> lists = {
            {QStringLiteral("workspaces"), QStringLiteral("workspace")},
            {QStringLiteral("verifications"), QStringLiteral("verification")},
            {QStringLiteral("transits"), QStringLiteral("crossing")},
            {QStringLiteral("refusals"), QStringLiteral("crossing")},
            {QStringLiteral("routes"), QStringLiteral("route")},
            {QStringLiteral("rows"), QStringLiteral("row")}};
        int fields = 0;
        for (const auto &[list, def] : lists) {
            const QJsonArray items = root.value(list).toArray();
            QVERIFY2(!items.isEmpty(), qPrintable(list));
            for (const QJsonValue &item : items) {
                problem = schemaProblems(schema, defs.value(def).toObject(), item.toObject(), list);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                if (item.toObject().contains(QStringLiteral("fields"))) {
                    ++fields;
                    problem = schemaProblems(schema, defs.value(QStringLiteral("fields")).toObject(),
                                             item.toObject().value(QStringLiteral("fields")).toObject(),
                                             QStringLiteral("rows.fields"));
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
            }
        }
        QCOMPARE(fields, root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("calls")).toInt());
    }

    void editedReportFailsVerification_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("changed") << QStringLiteral("changed");
        QTest::newRow("deleted") << QStringLiteral("deleted");
        QTest::newRow("reordered") << QStringLiteral("reordered");
    }
    void editedReportFailsVerification()
    {
        QFETCH(QString, edit);
        const QString path = out(QStringLiteral("edit-%1.json").arg(edit));
        const CliResult r =
            report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), path});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QJsonObject root = readJson(path);
        QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QVERIFY(rows.size() >= 4);
        const qint64 second = qint64(rows.at(1).toObject().value(QStringLiteral("id")).toDouble());
        if (edit == u"changed") {
            // A US transit made to look like a call through the EU host.
            QJsonObject row = rows.at(1).toObject();
            QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
            fields.insert(QStringLiteral("route_region"), QStringLiteral("eu"));
            row.insert(QStringLiteral("fields"), fields);
            rows.replace(1, row);
        } else if (edit == u"deleted") {
            rows.removeAt(1);
        } else {
            const QJsonValue a = rows.at(1);
            rows.replace(1, rows.at(2));
            rows.replace(2, a);
        }
        root.insert(QStringLiteral("rows"), rows);
        QVERIFY(writeJson(path, root));
        const CliResult v = verify(path);
        QCOMPARE(v.code, 1);
        const qint64 named =
            edit == u"changed" ? second : qint64(rows.at(1).toObject().value(QStringLiteral("id")).toDouble());
        QVERIFY2(v.err.contains(QByteArray("row ") + QByteArray::number(named)), qPrintable(v.describe()));
    }

    void rowChangedInTheLogFailsVerification()
    {
        const QString path = out(QStringLiteral("before-edit.json"));
        CliResult r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), path});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(verify(path).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(m_home.logPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE request_log SET sent_to = handled_by, route_region = 'eu', "
                                          "hops = json_remove(hops, '$[0]') WHERE call = 'identify' AND "
                                          "route_region = 'us'")));
            QVERIFY(q.numRowsAffected() > 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        r = verify(path);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("request log"), qPrintable(r.describe()));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString json = QStringLiteral("json");
        QTest::newRow("unknown workspace")
            << QStringList {QStringLiteral("--workspace"), QStringLiteral("nope"), QStringLiteral("--format"), json}
            << 2 << QStringLiteral("--workspace: no workspace named \"nope\"");
        QTest::newRow("unknown account") << QStringList {QStringLiteral("--account"), QStringLiteral("nope"),
                                                         QStringLiteral("--format"), json}
                                         << 2 << QStringLiteral("--account:");
        QTest::newRow("empty range") << QStringList {QStringLiteral("--from"),   QStringLiteral("2026-12-05"),
                                                     QStringLiteral("--to"),     QStringLiteral("2026-12-01"),
                                                     QStringLiteral("--format"), json}
                                     << 2 << QStringLiteral("--to: the range is empty");
        QTest::newRow("bad date") << QStringList {QStringLiteral("--from"), QStringLiteral("yesterday"),
                                                  QStringLiteral("--format"), json}
                                  << 2
                                  << QStringLiteral("--from: not a date (expected YYYY-MM-DD or an ISO 8601 time) "
                                                    "(got \"yesterday\")");
        QTest::newRow("bad format") << QStringList {QStringLiteral("--format"), QStringLiteral("docx")} << 2
                                    << QStringLiteral("--format: must be pdf, json or html");
        QTest::newRow("two scopes") << QStringList {QStringLiteral("--all"), QStringLiteral("--account"),
                                                    QStringLiteral("x"), QStringLiteral("--format"), json}
                                    << 2 << QStringLiteral("at most one");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliResult r = report(args + QStringList {QStringLiteral("--output"), out(QStringLiteral("bad.json"))});
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message.toUtf8()), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(out(QStringLiteral("bad.json"))));
    }

    void unwritableOutputIsRefused()
    {
        const CliResult r = report({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                                    out(QStringLiteral("no/such/dir/r.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--output: cannot write"), qPrintable(r.describe()));
    }

    void rangeWithoutCallsSaysSo()
    {
        const QString path = out(QStringLiteral("empty.json"));
        const CliResult r = report({QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2020-01-31"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--output"), path});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no calls"), qPrintable(r.describe()));
        const QJsonObject root = readJson(path);
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("no_calls")).toBool(), true);
        QCOMPARE(verify(path).code, 0);
        const CliResult html = report({QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                       QStringLiteral("2020-01-31"), QStringLiteral("--format"), QStringLiteral("html"),
                                       QStringLiteral("--output"), out(QStringLiteral("empty.html"))});
        QCOMPARE(html.code, 0);
        QFile f(out(QStringLiteral("empty.html")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("No calls were recorded"));
    }

    void notAReportIsRefused()
    {
        QFile f(out(QStringLiteral("not-a-report.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"hello\": 1}");
        f.close();
        CliResult r = verify(f.fileName());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not a residency report"), qPrintable(r.describe()));
        r = verify(out(QStringLiteral("missing.json")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("FILE: cannot read"), qPrintable(r.describe()));
    }

    void fleetCheckFeedsTheReport()
    {
        CliResult r = run({QStringLiteral("region"), QStringLiteral("--all"), QStringLiteral("--concurrency"),
                           QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // one object per workspace, then the summary
        QMap<QString, QString> regions;
        for (const QByteArray &line : lines.mid(0, 2)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.value(QStringLiteral("ok")).toBool());
            regions.insert(o.value(QStringLiteral("workspace")).toString(),
                           o.value(QStringLiteral("region")).toString());
        }
        QCOMPARE(regions.value(m_eu), QStringLiteral("eu"));
        QCOMPARE(regions.value(m_us), QStringLiteral("us"));
        const QJsonObject summary = QJsonDocument::fromJson(lines.at(2)).object();
        QVERIFY(summary.value(QStringLiteral("summary")).toBool());
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failures")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("per_region")).toObject().value(QStringLiteral("eu")).toInt(), 1);

        // The checks are in the log: the report lists them among the verifications.
        const QString path = out(QStringLiteral("after-fleet.json"));
        r = report({QStringLiteral("--workspace"), m_us, QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--output"), path});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(readJson(path).value(QStringLiteral("verifications")).toArray().size(), 2); // add's, then --all's

        r = run(
            {QStringLiteral("region"), QStringLiteral("--all"), QStringLiteral("--concurrency"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--concurrency: a whole number from 1 to 64"), qPrintable(r.describe()));
        r = run({QStringLiteral("region"), QStringLiteral("--all"), QStringLiteral("--workspace"), m_us});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--workspace: not with --all"), qPrintable(r.describe()));
    }

    void pdfRendersToPages()
    {
        const QString path = out(QStringLiteral("report.pdf"));
        const CliResult r = report({QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                    QStringLiteral("--output"), path});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Rendered by poppler, as a reader would: a title page and at least one page of tables.
        QProcess render;
        render.start(
            QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path, out(QStringLiteral("page"))});
        QVERIFY2(render.waitForFinished(60000) && render.exitCode() == 0,
                 "pdftoppm (poppler-utils) must be installed and render the report");
        const QStringList pages = QDir(m_out.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(u',')));
        const QString keep = qEnvironmentVariable("CIO_REPORT_PAGES_DIR");
        if (!keep.isEmpty()) {
            QFile::copy(path, keep + QStringLiteral("/report.pdf"));
            for (const QString &page : pages)
                QFile::copy(m_out.filePath(page), keep + u'/' + page);
        }
    }
    // A call made with a Site ID alone (no workspace, its account's region not known then nor now) that the US
    // host redirected to the EU host is a transit: the EU host handled it.
    void siteIdCallThroughTheUsHostIsATransit()
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("CIO_CONSOLE_ENDPOINTS"), m_sandbox.endpointsFile());
        env.insert(QStringLiteral("CIO_TRACK_API_KEY"), kEuKey);
        CliResult r =
            m_cli.run({QStringLiteral("send"), QStringLiteral("identify"), QStringLiteral("--site-id"), kEuSite,
                       QStringLiteral("--id"), kPerson, QStringLiteral("--via"), QStringLiteral("us")},
                      {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = report({QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--output"), out(QStringLiteral("site-id.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QFile file(out(QStringLiteral("site-id.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray transits = root.value(QStringLiteral("transits")).toArray();
        QVERIFY(!transits.isEmpty());
        const QJsonObject last = transits.last().toObject();
        QCOMPARE(last.value(QStringLiteral("workspace")).toString(), QString());
        QCOMPARE(last.value(QStringLiteral("call")).toString(), QStringLiteral("identify"));
        QCOMPARE(last.value(QStringLiteral("account_region")).toString(), QStringLiteral("eu"));
        QVERIFY(last.value(QStringLiteral("first_host")).toString()
                != last.value(QStringLiteral("last_host")).toString());
    }
};

QTEST_GUILESS_MAIN(tst_ReportCommand)
#include "tst_reportcommand.moc"
