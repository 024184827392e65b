// ReportJson: a report built from a log (ResidencyReportBuilder) verifies; a row changed, removed or moved in
// the report, a removed last row, a row changed in the log, a log pruned by retention and a file that is
// not a report each give their result.
#include "reportjson.h"
#include "requestlogstore.h"
#include "residencyreport.h"
#include "support/recordbuilder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = ReportJson::Verification::Status;

class tst_ReportJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_key = QByteArray(32, 'k');

    QByteArray makeReport(ResidencyReport::ScopeKind kind = ResidencyReport::ScopeKind::All, const QString &name = {})
    {
        Workspace eu;
        eu.name = u"EU"_s;
        eu.region = Region::Eu;
        Workspace us;
        us.name = u"US"_s;
        us.region = Region::Us;
        ResidencyReport::Scope scope;
        scope.kind = kind;
        scope.name = name;
        scope.from = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        scope.to = scope.from.addDays(1);
        ResidencyReport report;
        QString error;
        if (!ResidencyReportBuilder::build(m_path, {eu, us}, scope, m_key, &report, &error))
            qWarning("%s", qPrintable(error));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ReportJson::write(report, &buffer, &error);
        return bytes;
    }

    static QByteArray editRows(const QByteArray &json, const std::function<void(QJsonArray &)> &edit)
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray rows = root.value(u"rows"_s).toArray();
        edit(rows);
        root.insert(u"rows"_s, rows);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(u"log-%1.sqlite"_s.arg(++n));
        RequestLogStore store;
        QVERIFY(store.open(m_path));
        for (int i = 0; i < 6; ++i) {
            const bool isEu = i % 2 == 0;
            RequestRecord r = RecordBuilder()
                                  .workspace(isEu ? u"EU"_s : u"US"_s)
                                  .call(CallKind::Identify)
                                  .path(u"/api/v1/customers/person-%1"_s.arg(i))
                                  .route(i == 0 ? Region::Us : (isEu ? Region::Eu : Region::Us))
                                  .handledBy(isEu ? Region::Eu : Region::Us)
                                  .accountRegion(isEu ? Region::Eu : Region::Us)
                                  .status(200)
                                  .startedAt(QDateTime(QDate(2026, 12, 1), QTime(8, i), Qt::UTC));
            QVERIFY(store.append(r) > 0);
        }
    }

    void reportVerifies()
    {
        const QByteArray json = makeReport();
        const ReportJson::Verification v = ReportJson::verify(json, m_path);
        QVERIFY2(v.status == Status::Verified, qPrintable(v.message));
        QCOMPARE(v.rows, 6);
        QCOMPARE(v.calls, 6);
        QVERIFY(v.logChecked);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"transits"_s).toArray().size(), 1); // call 1: the EU account through the US host
        QCOMPARE(v.head, root.value(u"chain"_s).toObject().value(u"head"_s).toString());
        // Without the log: the report's own chain only, said so.
        const ReportJson::Verification alone = ReportJson::verify(json, m_dir.filePath(u"none.sqlite"_s));
        QCOMPARE(alone.status, Status::Verified);
        QVERIFY(!alone.logChecked);
        QVERIFY(alone.logNote.contains(u"only the report's own chain"_s));
    }

    void scopedReportLinksThroughOtherRows()
    {
        const QByteArray json = makeReport(ResidencyReport::ScopeKind::Workspace, u"US"_s);
        const QJsonArray rows = QJsonDocument::fromJson(json).object().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 5); // ids 2..6: the US calls and the EU calls between them
        int withFields = 0;
        for (const QJsonValue &row : rows)
            withFields += row.toObject().contains(u"fields"_s) ? 1 : 0;
        QCOMPARE(withFields, 3);
        QCOMPARE(ReportJson::verify(json, m_path).status, Status::Verified);
        // A row of another workspace removed from between them breaks the link too.
        const QByteArray cut = editRows(json, [](QJsonArray &r) { r.removeAt(1); });
        QCOMPARE(ReportJson::verify(cut, m_path).status, Status::Broken);
    }

    void editedReportBreaks_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<qint64>("brokenId");
        QTest::newRow("changed") << u"changed"_s << qint64(1);
        QTest::newRow("deleted") << u"deleted"_s << qint64(3);
        QTest::newRow("reordered") << u"reordered"_s << qint64(3); // 3 now follows 1
        QTest::newRow("last removed") << u"last"_s << qint64(5);
    }
    void editedReportBreaks()
    {
        QFETCH(QString, edit);
        QFETCH(qint64, brokenId);
        const QByteArray json = editRows(makeReport(), [&edit](QJsonArray &rows) {
            if (edit == u"changed") {
                QJsonObject row = rows.at(0).toObject();
                QJsonObject fields = row.value(u"fields"_s).toObject();
                fields.insert(u"route_region"_s, u"eu"_s);
                row.insert(u"fields"_s, fields);
                rows.replace(0, row);
            } else if (edit == u"deleted") {
                rows.removeAt(1);
            } else if (edit == u"reordered") {
                const QJsonValue a = rows.at(1);
                rows.replace(1, rows.at(2));
                rows.replace(2, a);
            } else {
                rows.removeLast();
            }
        });
        const ReportJson::Verification v = ReportJson::verify(json, m_path);
        QCOMPARE(v.status, Status::Broken);
        QCOMPARE(v.brokenId, brokenId);
        QVERIFY2(v.message.contains(u"row %1"_s.arg(brokenId)), qPrintable(v.message));
    }

    void rowChangedInTheLogBreaks()
    {
        const QByteArray json = makeReport();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE request_log SET duration_ms = duration_ms + 1 WHERE id = 4"_s));
        }
        QSqlDatabase::removeDatabase(u"outside"_s);
        const ReportJson::Verification v = ReportJson::verify(json, m_path);
        QCOMPARE(v.status, Status::Broken);
        QCOMPARE(v.brokenId, 4);
        QVERIFY2(v.message.contains(u"request log"_s), qPrintable(v.message));
    }

    void retentionAfterTheReportIsNoBreak()
    {
        const QByteArray json = makeReport();
        RequestLogStore store;
        store.setRetention({3, 0});
        QVERIFY(store.open(m_path)); // prunes the three oldest
        QCOMPARE(store.count(), 3);
        store.close();
        const ReportJson::Verification v = ReportJson::verify(json, m_path);
        QVERIFY2(v.status == Status::Verified, qPrintable(v.message));
        QVERIFY(v.logChecked);
        QVERIFY2(v.logNote.contains(u"no longer in the request log"_s), qPrintable(v.logNote));
        // A report made now carries the pruned calls' place only when they lie inside the range's ids.
        QCOMPARE(ReportJson::verify(makeReport(), m_path).status, Status::Verified);
    }

    void duplicateKeyIsInvalid()
    {
        // The chain covers the last "route_region" (what Qt keeps); a reader showing the first would see "us".
        QByteArray json = makeReport();
        const int at = json.indexOf("\"route_region\":\"");
        QVERIFY(at > 0);
        json.insert(at, "\"route_region\":\"us\",");
        QCOMPARE(QJsonDocument::fromJson(json).isNull(), false);
        const ReportJson::Verification v = ReportJson::verify(json, m_path);
        QCOMPARE(v.status, Status::Invalid);
        QVERIFY2(v.message.contains(u"\"route_region\" appears twice"_s), qPrintable(v.message));
    }

    void duplicateKeyAroundTheRowsIsInvalid()
    {
        QByteArray json = makeReport();
        json.replace(0, 1, "{\"report\": \"other\",");
        const ReportJson::Verification v = ReportJson::verify(json, m_path);
        QCOMPARE(v.status, Status::Invalid);
        QVERIFY2(v.message.contains(u"\"report\" appears twice"_s), qPrintable(v.message));
    }

    // Rows are read a line at a time when the report is laid out as written; laid out otherwise, or with a row's
    // fields spaced out, it is the same report and verifies all the same.
    void reformattedReportVerifies()
    {
        const QByteArray json = makeReport();
        const QByteArray indented = QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
        QVERIFY(indented != json);
        ReportJson::Verification v = ReportJson::verify(indented, m_path);
        QVERIFY2(v.status == Status::Verified, qPrintable(v.message));
        QVERIFY(v.logChecked);
        QByteArray spaced = json;
        const qsizetype at = spaced.indexOf("\"fields\":{\"account_region\":");
        QVERIFY(at > 0);
        spaced.insert(at + 10, "  ");
        v = ReportJson::verify(spaced, m_path);
        QVERIFY2(v.status == Status::Verified, qPrintable(v.message));
        QCOMPARE(v.rows, 6);
        QVERIFY(v.logChecked);
    }

    void notAReportIsInvalid()
    {
        QCOMPARE(ReportJson::verify("not json", m_path).status, Status::Invalid);
        QCOMPARE(ReportJson::verify("{\"report\":\"other\"}", m_path).status, Status::Invalid);
        const ReportJson::Verification v = ReportJson::verify(
            "{\"report\":\"residency\",\"schema_version\":1,\"chain\":{\"anchor\":\"00\",\"head\":\"00\"},\"rows\":[]}",
            m_path);
        QCOMPARE(v.status, Status::Invalid);
        QVERIFY2(v.message.contains(u"chain.anchor"_s), qPrintable(v.message));
    }
};

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
