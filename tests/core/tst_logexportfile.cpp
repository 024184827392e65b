#include "logexportfile.h"
#include "support/recordbuilder.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
RequestRecord call(const QString &workspace, int status)
{
    return RecordBuilder().workspace(workspace).path(QStringLiteral("/api/v1/customers/42/events")).status(status);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class tst_LogExportFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    RequestLogFilter workspaceA() const
    {
        RequestLogFilter filter;
        filter.workspace = QStringLiteral("A");
        return filter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("log.sqlite"));
        RequestLogStore store;
        QVERIFY(store.open(m_database));
        QCOMPARE(store
                     .appendBatch({call(QStringLiteral("A"), 200), call(QStringLiteral("B"), 200),
                                   call(QStringLiteral("A"), 401)})
                     .size(),
                 3);
    }

    void writesRecordsAndReplacesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("selected.har"));
        QVERIFY(writeFile(path, "old"));
        QString error;
        QCOMPARE(LogExportFile::write(path, LogExport::Format::Har, {call(QStringLiteral("A"), 200)}, &error), 1);
        const QJsonObject log = QJsonDocument::fromJson(contents(path)).object().value(u"log").toObject();
        QCOMPARE(log.value(u"entries").toArray().size(), 1);
        QVERIFY(error.isEmpty());
    }

    void streamsTheMatchingCallsOldestFirst()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_database));
        const QString path = m_dir.filePath(QStringLiteral("matching.jsonl"));
        const LogExportFile::Result result =
            LogExportFile::writeMatching(store, workspaceA(), path, LogExport::Format::Jsonl);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.count, 2);
        const QList<QByteArray> lines = contents(path).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"status").toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"status").toInt(), 401);

        // To a device (the CLI's stdout): the same bytes.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const LogExportFile::Result toDevice =
            LogExportFile::writeMatching(store, workspaceA(), &buffer, LogExport::Format::Jsonl);
        QCOMPARE(toDevice.count, 2);
        QCOMPARE(buffer.data(), contents(path));
    }

    void failedExportsLeaveTheFileAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.jsonl"));
        QVERIFY(writeFile(path, "before"));

        // The log cannot be read.
        RequestLogStore closed;
        const LogExportFile::Result unread = LogExportFile::writeMatching(closed, {}, path, LogExport::Format::Jsonl);
        QCOMPARE(unread.failure, LogExportFile::Result::Failure::Read);
        QCOMPARE(unread.count, -1);
        QCOMPARE(contents(path), QByteArray("before"));

        // The file cannot be created.
        RequestLogStore store;
        QVERIFY(store.open(m_database));
        const LogExportFile::Result noFile = LogExportFile::writeMatching(
            store, {}, m_dir.filePath(QStringLiteral("no/such/directory/x.har")), LogExport::Format::Har);
        QCOMPARE(noFile.failure, LogExportFile::Result::Failure::File);
        QVERIFY(!noFile.error.isEmpty());

        // The device refuses the bytes.
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        const LogExportFile::Result unwritten =
            LogExportFile::writeMatching(store, {}, &readOnly, LogExport::Format::Jsonl);
        QCOMPARE(unwritten.failure, LogExportFile::Result::Failure::Write);
        QCOMPARE(unwritten.count, -1);
    }

    void matchingExportRunsOnItsOwnThread()
    {
        QObject context;
        const QString path = m_dir.filePath(QStringLiteral("threaded.har"));
        bool done = false;
        int count = -2;
        QString error;
        QThread *thread = LogExportFile::startMatching(m_database, workspaceA(), path, LogExport::Format::Har, &context,
                                                       [&](int n, const QString &why) {
                                                           done = true;
                                                           count = n;
                                                           error = why;
                                                       });
        QVERIFY(thread);
        QVERIFY(thread != QThread::currentThread());
        QTRY_VERIFY(done);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count, 2);
        const QJsonObject log = QJsonDocument::fromJson(contents(path)).object().value(u"log").toObject();
        QCOMPARE(log.value(u"entries").toArray().size(), 2); // one hop each

        // A database that cannot be opened: nothing written, the reason given.
        done = false;
        LogExportFile::startMatching(m_database + QStringLiteral("/under-a-file.sqlite"), {},
                                     m_dir.filePath(QStringLiteral("never.har")), LogExport::Format::Har, &context,
                                     [&](int n, const QString &why) {
                                         done = true;
                                         count = n;
                                         error = why;
                                     });
        QTRY_VERIFY(done);
        QCOMPARE(count, -1);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.har"))));
    }
};

QTEST_GUILESS_MAIN(tst_LogExportFile)
#include "tst_logexportfile.moc"
