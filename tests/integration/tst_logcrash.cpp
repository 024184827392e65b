// "A kill -9 during a burst loses no row whose result was already shown": a child process stores calls
// as fast as it can, the way the window and the CLI do (RequestRecorder::record() of the pending and the
// finished call; grouped commits on the store's writer thread; a RequestLogModel shows them) and through
// the store's synchronous paths (append(), and appendBatch()), and prints each id only once it is
// "shown": on the model's committed() signal, or after append()/appendBatch() returned. The test kills it
// with SIGKILL mid-burst, reopens the database and finds every printed row, whole.
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "requestrecorder.h"
#include "support/recordbuilder.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

namespace {

// kind: 'g' grouped (through the recorder), 's' single append(), 'b' appendBatch(); the path names both.
RequestRecord burstRecord(char kind, int seq)
{
    return RecordBuilder()
        .workspace(QStringLiteral("Crash"))
        .siteId(QStringLiteral("crash-site"))
        .path(QStringLiteral("/api/v1/customers/%1%2/events").arg(QChar::fromLatin1(kind)).arg(seq))
        .requestBody(QStringLiteral("{\"name\":\"burst\",\"data\":{\"seq\":%1}}").arg(seq).toUtf8())
        .durationMs(5);
}

void printLine(const QByteArray &line)
{
    // write(2), unbuffered: what the parent reads is exactly what was "shown".
    const QByteArray bytes = line + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

// The child: stores calls until killed. Of every 50 rounds, one is a batch of 5 (one transaction), one a
// single append(); the others go through the recorder, and are printed on the model's committed().
int runChild(const QString &path)
{
    RequestLogStore store;
    store.setRetention({0, 0});
    if (!store.open(path)) {
        printLine("error " + store.errorString().toUtf8());
        return 1;
    }
    RequestRecorder recorder(&store);
    RequestLogModel model(&recorder, 500);
    QObject::connect(&model, &RequestLogModel::committed, &model,
                     [](qint64 liveId, const RequestRecord &record, bool stored) {
                         if (!stored) {
                             printLine("error not stored");
                             QCoreApplication::exit(1);
                             return;
                         }
                         printLine(QByteArray::number(record.id) + " g " + QByteArray::number(liveId));
                     });
    printLine("ready");
    int seq = 0;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &model, [&] {
        if (recorder.pendingCount() > 4000)
            return; // the writer is behind: let it catch up (memory stays bounded)
        for (int k = 0; k < 50; ++k) {
            ++seq;
            if (seq % 50 == 0) {
                QList<RequestRecord> batch;
                for (int j = 0; j < 5; ++j)
                    batch << burstRecord('b', seq * 10 + j);
                const QList<qint64> ids = store.appendBatch(batch);
                if (ids.isEmpty()) {
                    printLine("error " + store.errorString().toUtf8());
                    QCoreApplication::exit(1);
                    return;
                }
                for (int j = 0; j < ids.size(); ++j)
                    printLine(QByteArray::number(ids.at(j)) + " b " + QByteArray::number(seq * 10 + j));
            } else if (seq % 50 == 25) {
                const qint64 id = store.append(burstRecord('s', seq));
                if (id <= 0) {
                    printLine("error " + store.errorString().toUtf8());
                    QCoreApplication::exit(1);
                    return;
                }
                printLine(QByteArray::number(id) + " s " + QByteArray::number(seq));
            } else {
                RequestRecord pending = burstRecord('g', seq);
                pending.id = seq; // the live id: committed() names it
                pending.outcome = RequestRecord::Outcome::Pending;
                pending.status = 0;
                recorder.record(pending);
                RequestRecord finished = burstRecord('g', seq);
                finished.id = seq;
                recorder.record(finished);
            }
        }
    });
    feeder.start(0);
    return QCoreApplication::exec();
}

} // namespace

class tst_LogCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void killedMidBurstLosesNoShownRow_data()
    {
        QTest::addColumn<int>("killAfter");
        // Each at least: the kill comes once this many rows and one row of each kind have been shown.
        QTest::newRow("after 200 rows") << 200;
        QTest::newRow("after 1500 rows") << 1500;
        QTest::newRow("after 4000 rows") << 4000;
    }

    void killedMidBurstLosesNoShownRow()
    {
        QFETCH(int, killAfter);
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite")); // shared: later rounds reopen it
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--append-burst"), path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        // The kill comes at a point the test chooses, however fast the child goes: once killAfter rows are
        // shown and at least one of each kind (grouped, single, batched), whole lines only.
        QByteArray output;
        qsizetype parsed = 0; // output up to here is whole lines, counted
        int shownLines = 0; // "ready" included
        QSet<QByteArray> shownKinds;
        while (shownLines < killAfter + 1 || shownKinds.size() < 3) {
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            QVERIFY2(child.waitForReadyRead(60000), "no row shown for 60 s");
            output += child.readAllStandardOutput();
            for (qsizetype end = output.indexOf('\n', parsed); end >= 0; end = output.indexOf('\n', parsed)) {
                const QByteArray line = output.mid(parsed, end - parsed);
                QVERIFY2(!line.startsWith("error"), line.constData());
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3)
                    shownKinds.insert(parts.at(1));
                ++shownLines;
                parsed = end + 1;
            }
        }
        child.kill(); // SIGKILL, mid-burst: grouped commits queued and in progress
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        QList<QByteArray> lines = output.split('\n');
        lines.removeLast(); // the last piece is incomplete (or empty): not shown
        QCOMPARE(lines.takeFirst(), QByteArray("ready"));
        QVERIFY2(lines.size() >= killAfter, qPrintable(QString::number(lines.size())));

        RequestLogStore store;
        store.setRetention({0, 0});
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QHash<QByteArray, int> shownByKind;
        for (const QByteArray &line : std::as_const(lines)) {
            const QList<QByteArray> parts = line.split(' ');
            QCOMPARE(parts.size(), 3);
            const auto record = store.record(parts.at(0).toLongLong());
            QVERIFY2(record.has_value(), line.constData());
            QCOMPARE(record->path,
                     QStringLiteral("/api/v1/customers/%1/events").arg(QString::fromLatin1(parts.at(1) + parts.at(2))));
            QCOMPARE(record->status, 200);
            QCOMPARE(record->hops.size(), 1);
            ++shownByKind[parts.at(1)];
        }
        // Every path was exercised.
        QVERIFY(shownByKind.value("g") > 0);
        QVERIFY(shownByKind.value("s") > 0);
        QVERIFY(shownByKind.value("b") > 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        qInfo("%lld rows shown before SIGKILL (%d grouped, %d single, %d batched), all found; %lld rows in the file",
              qint64(lines.size()), shownByKind.value("g"), shownByKind.value("s"), shownByKind.value("b"),
              store.count());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--append-burst") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    tst_LogCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logcrash.moc"
