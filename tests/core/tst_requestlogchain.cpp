#include "requestlogchain.h"
#include "requestlogschema.h"
#include "requestlogstore.h"
#include "sha256.h"
#include "support/recordbuilder.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

RequestRecord call(int n)
{
    RequestRecord r = RecordBuilder()
                          .workspace(QStringLiteral("acme-eu"))
                          .siteId(QStringLiteral("site-eu"))
                          .call(CallKind::Identify)
                          .path(QStringLiteral("/api/v1/customers/person-%1").arg(n))
                          .route(Region::Us)
                          .handledBy(Region::Eu)
                          .accountRegion(Region::Eu)
                          .status(200)
                          .requestBody(QByteArrayLiteral("{\"email\":\"p@example.com\"}"))
                          .durationMs(10 + n)
                          .build();
    r.startedAt = QDateTime(QDate(2026, 12, 1), QTime(10, n % 60), Qt::UTC);
    return r;
}

// A connection of its own to the file, as another program editing it would have: no TEMP trigger.
class OutsideEditor
{
public:
    explicit OutsideEditor(const QString &path)
    {
        QString error;
        m_ok = RequestLogSchema::openConnection(kName, path, &error);
    }
    ~OutsideEditor() { RequestLogSchema::closeConnection(kName); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        return m_ok && q.exec(sql);
    }
    RequestLogChain::Check verify() { return RequestLogChain::verify(QSqlDatabase::database(kName)); }
    QSqlDatabase db() { return QSqlDatabase::database(kName); }

private:
    inline static const QString kName = QStringLiteral("outside-editor");
    bool m_ok = false;
};

} // namespace

class tst_RequestLogChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log-%1.sqlite").arg(++m_files));
        m_store.setRetention({});
        QVERIFY2(m_store.open(m_path), qPrintable(m_store.errorString()));
        // Every append path chains: single, batch and group commit.
        QVERIFY(m_store.append(call(1)) > 0);
        QCOMPARE(m_store.appendBatch({call(2), call(3)}).size(), 2);
        QVERIFY(m_store.enqueue(call(4)) > 0);
        QVERIFY(m_store.enqueue(call(5)) > 0);
        m_store.flush();
        QCOMPARE(m_store.count(), 5);
    }
    void cleanup() { m_store.close(); }

    void intactChainVerifies()
    {
        OutsideEditor editor(m_path);
        const RequestLogChain::Check check = editor.verify();
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.rowsChecked, 5);
        const RequestLogChain::State state = RequestLogChain::state(editor.db());
        QVERIFY(!state.migrated);
        QVERIFY(state.chainedFrom.isValid());
    }

    void changedRowBreaksIt()
    {
        OutsideEditor editor(m_path);
        QVERIFY(editor.exec(QStringLiteral("UPDATE request_log SET handled_by_region = 'us' WHERE id = 3")));
        const RequestLogChain::Check check = editor.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 3);
        QVERIFY2(check.reason.contains(QStringLiteral("changed")), qPrintable(check.reason));
    }

    void deletedRowBreaksIt()
    {
        OutsideEditor editor(m_path);
        QVERIFY(editor.exec(QStringLiteral("DELETE FROM request_log WHERE id = 2")));
        const RequestLogChain::Check check = editor.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 2);
        QVERIFY2(check.reason.contains(QStringLiteral("deleted")), qPrintable(check.reason));
    }

    void reorderedRowsBreakIt()
    {
        // Rows 2 and 4 trade places: each keeps its content under the other's id.
        OutsideEditor editor(m_path);
        QVERIFY(editor.exec(QStringLiteral("UPDATE request_log SET id = -2 WHERE id = 2")));
        QVERIFY(editor.exec(QStringLiteral("UPDATE request_log SET id = 2 WHERE id = 4")));
        QVERIFY(editor.exec(QStringLiteral("UPDATE request_log SET id = 4 WHERE id = -2")));
        const RequestLogChain::Check check = editor.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 2);
    }

    void retentionAndClearAreNoBreak()
    {
        m_store.setRetention({2, 0});
        QCOMPARE(m_store.prune(), 3);
        QVERIFY(m_store.append(call(6)) > 0);
        {
            OutsideEditor editor(m_path);
            const RequestLogChain::Check check = editor.verify();
            QVERIFY2(check.ok, qPrintable(check.reason));
        }
        QCOMPARE(m_store.clear(), 3);
        QVERIFY(m_store.append(call(7)) > 0);
        OutsideEditor editor(m_path);
        const RequestLogChain::Check check = editor.verify();
        QVERIFY2(check.ok, qPrintable(check.reason));
        QSqlQuery q(editor.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM request_log_chain")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the anchor of the cleared calls and the new call
    }

    void existingLogIsChainedOnOpen()
    {
        m_store.close();
        {
            // A file from before the chain.
            OutsideEditor editor(m_path);
            QVERIFY(editor.exec(QStringLiteral("DROP TABLE request_log_chain")));
            QVERIFY(editor.exec(QStringLiteral("DROP TABLE request_log_chain_state")));
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(m_store.open(m_path));
        QVERIFY(m_store.append(call(6)) > 0);
        OutsideEditor editor(m_path);
        const RequestLogChain::State state = RequestLogChain::state(editor.db());
        QVERIFY(state.migrated);
        QCOMPARE(state.firstId, 1);
        QVERIFY(state.chainedFrom >= before);
        const RequestLogChain::Check check = editor.verify();
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.rowsChecked, 6);
    }

    void rowAddedAroundTheConsoleBreaksIt()
    {
        OutsideEditor editor(m_path);
        // The columns named: a copy of row 1 under a new id, whatever columns later versions add.
        const QString columns = QStringLiteral(
            "started_at, workspace, site_id, call, method, path, authorization, route_region, account_region, sent_to,"
            " hops, status, status_class, handled_by, handled_by_region, outcome, error, warnings, duration_ms,"
            " request_size, response_size, request_body, response_body, search");
        QVERIFY(
            editor.exec(QStringLiteral("INSERT INTO request_log (id, %1) SELECT 99, %1 FROM request_log WHERE id = 1")
                            .arg(columns)));
        const RequestLogChain::Check check = editor.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenId, 99);
    }

    // verify() reads only the columns a leaf covers (readChainFields()): a stored row with everything else a row
    // holds (headers, a redirect's body, timings, a replay's origin, a hop's error) gives the same canonical text
    // as the whole entry readEntry() reads.
    void chainFieldsAreTheWholeEntrysFields()
    {
        RequestRecord full = call(20);
        full.authorization = QStringLiteral("Basic c2l0ZS1ldTpzZWNyZXQ=");
        full.replayOf = 2;
        full.warnings = {QStringLiteral("redirected to the EU host")};
        full.responseBody = QByteArrayLiteral("{}");
        Hop first;
        first.url = QUrl(QStringLiteral("https://track.customer.io/api/v1/customers/person-20"));
        first.status = 301;
        first.durationMs = 40;
        first.connectMs = 3;
        first.firstByteMs = 30;
        first.credentialsSent = true;
        first.requestHeaders = {{QStringLiteral("Authorization"), QStringLiteral("Basic c2l0ZS1ldTpzZWNyZXQ=")}};
        first.responseHeaders = {{QStringLiteral("Location"), QStringLiteral("https://track-eu.customer.io/")}};
        first.responseBody = QByteArrayLiteral("moved");
        Hop second = first;
        second.url = QUrl(QStringLiteral("https://track-eu.customer.io/api/v1/customers/person-20"));
        second.status = 200;
        second.error = QStringLiteral("none");
        full.hops = {first, second};
        QVERIFY(m_store.append(full) > 0);
        OutsideEditor editor(m_path);
        QSqlQuery whole(editor.db());
        QSqlQuery chain(editor.db());
        QVERIFY(
            whole.exec(QStringLiteral("SELECT %1 FROM request_log ORDER BY id").arg(RequestLogSchema::columns(-1))));
        QVERIFY(
            chain.exec(QStringLiteral("SELECT %1 FROM request_log ORDER BY id").arg(RequestLogSchema::chainColumns())));
        int rows = 0;
        while (whole.next()) {
            QVERIFY(chain.next());
            const RequestRecord entry = RequestLogSchema::readEntry(whole).record;
            const RequestRecord fields = RequestLogSchema::readChainFields(
                RequestLogSchema::rowValues(chain, RequestLogSchema::ChainColumnCount));
            QCOMPARE(RequestLogChain::canonicalJson(fields), RequestLogChain::canonicalJson(entry));
            ++rows;
        }
        QCOMPARE(rows, 6);
        const RequestLogChain::Check check = editor.verify();
        QVERIFY2(check.ok, qPrintable(check.reason));
    }

    // The canonical text written member by member is, byte for byte, what Qt writes for canonicalFields():
    // escapes, control characters, non-ASCII and lone surrogates, empty and several hops, large numbers.
    void canonicalJsonIsQtsCompactJson_data()
    {
        QTest::addColumn<RequestRecord>("record");
        QTest::newRow("plain") << call(7);
        RequestRecord odd = call(8);
        odd.id = 9007199254740993LL; // above 2^53
        odd.durationMs = -1;
        odd.workspace = QStringLiteral("Zürich \"quoted\" \\ back\tslash\u007f");
        odd.siteId = QString(QChar(0xd800)) + QStringLiteral("lone") + QChar(0xdc00) + QStringLiteral("😀");
        odd.error = QStringLiteral("line\nbreak\r\u0001\u001f/slash");
        odd.warnings = {QStringLiteral("one"), QStringLiteral("twö\"")};
        odd.path = QStringLiteral("/api/v1/customers/a%2Fb%40example.com");
        Hop second;
        second.url = QUrl(QStringLiteral("https://user:pw@track-eu.customer.io:8443/api/v1/x?q=\"1\"#frag"));
        second.status = 404;
        odd.hops << second;
        odd.startedAt = QDateTime(QDate(2027, 1, 1), QTime(0, 59, 59, 7), Qt::OffsetFromUTC, 3600);
        QTest::newRow("odd") << odd;
        RequestRecord ancient = call(10);
        ancient.startedAt = QDateTime(QDate(99, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
        QTest::newRow("year 99") << ancient;
        RequestRecord none = call(9);
        none.hops.clear();
        none.warnings.clear();
        none.method.clear();
        none.startedAt = QDateTime();
        QTest::newRow("no hops") << none;
    }
    void canonicalJsonIsQtsCompactJson()
    {
        QFETCH(RequestRecord, record);
        const QByteArray qt = QJsonDocument(RequestLogChain::canonicalFields(record)).toJson(QJsonDocument::Compact);
        QCOMPARE(RequestLogChain::canonicalJson(record), qt);
        QCOMPARE(RequestLogChain::leafOfCanonical(qt), RequestLogChain::leaf(RequestLogChain::canonicalFields(record)));
    }

    // The chain's and the report's hashes (OpenSSL) are the SHA-256 and HMAC-SHA-256 Qt computes, on every thread.
    void hashesAreQtsSha256()
    {
        for (const QByteArray &data : {QByteArray(), QByteArray("abc"), QByteArray(1000, 'x')}) {
            QCOMPARE(RequestLogChain::leafOfCanonical(data),
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256));
            QCOMPARE(Sha256::hmac(QByteArray(32, 'k'), data),
                     QMessageAuthenticationCode::hash(data, QByteArray(32, 'k'), QCryptographicHash::Sha256));
        }
        const QByteArray a(32, 'a');
        const QByteArray b(32, 'b');
        QCOMPARE(RequestLogChain::link(a, b), QCryptographicHash::hash(a + b, QCryptographicHash::Sha256));
        QByteArray other;
        std::thread([&other] { other = Sha256::hash("abc"); }).join();
        QCOMPARE(other, QCryptographicHash::hash("abc", QCryptographicHash::Sha256));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    RequestLogStore m_store;
};

QTEST_GUILESS_MAIN(tst_RequestLogChain)
#include "tst_requestlogchain.moc"
