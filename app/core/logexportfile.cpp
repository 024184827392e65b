#include "logexportfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <memory>

namespace {
using Add = std::function<bool(const RequestRecord &)>;
// source(add) feeds every record to add() until it returns false; source returns false when it could not
// read them all, then readError() says why.
using Source = std::function<bool(const Add &)>;

LogExportFile::Result writeTo(QIODevice *device, LogExport::Format format, const Source &source,
                              const std::function<QString()> &readError)
{
    using Failure = LogExportFile::Result::Failure;
    LogExport::Writer writer(device, format);
    bool written = writer.begin();
    const bool read = written && source([&writer, &written](const RequestRecord &record) {
                          written = writer.add(record);
                          return written;
                      });
    written = written && writer.finish();
    LogExportFile::Result result;
    if (!written) {
        result.failure = Failure::Write;
        result.error = writer.errorString();
    } else if (!read) {
        result.failure = Failure::Read;
        result.error = readError();
    } else {
        result.count = writer.count();
    }
    return result;
}

LogExportFile::Result writeFile(const QString &path, LogExport::Format format, const Source &source,
                                const std::function<QString()> &readError)
{
    using Failure = LogExportFile::Result::Failure;
    // A device or a pipe would be replaced by a regular file (QSaveFile renames over it): refused.
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return {-1, Failure::File, QCoreApplication::translate("LogExportFile", "%1 is not a regular file").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {-1, Failure::File, file.errorString()};
    // Exports hold identifiers and bodies: readable by their owner only, like the log they come from.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    LogExportFile::Result result = writeTo(&file, format, source, readError);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return {-1, Failure::File, file.errorString()};
    return result;
}
} // namespace

namespace LogExportFile {

int write(const QString &path, LogExport::Format format, const QList<RequestRecord> &records, QString *error)
{
    const Result result = writeFile(
        path, format,
        [&records](const Add &add) {
            for (const RequestRecord &record : records) {
                if (!add(record))
                    break; // the writer's error is reported
            }
            return true;
        },
        [] { return QString(); });
    if (!result.ok())
        *error = result.error;
    return result.count;
}

Result writeMatching(const RequestLogStore &store, const RequestLogFilter &filter, const QString &path,
                     LogExport::Format format)
{
    return writeFile(
        path, format, [&store, &filter](const Add &add) { return store.forEach(filter, add); },
        [&store] { return store.errorString(); });
}

Result writeMatching(const RequestLogStore &store, const RequestLogFilter &filter, QIODevice *device,
                     LogExport::Format format)
{
    return writeTo(
        device, format, [&store, &filter](const Add &add) { return store.forEach(filter, add); },
        [&store] { return store.errorString(); });
}

QThread *startMatching(const QString &databasePath, const RequestLogFilter &filter, const QString &path,
                       LogExport::Format format, QObject *context,
                       std::function<void(int count, const QString &error)> done)
{
    struct Outcome
    {
        int count = -1;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([outcome, databasePath, filter, path, format] {
        RequestLogStore store;
        store.setRetention({0, 0}); // an export never prunes
        if (!store.open(databasePath)) {
            outcome->error = store.errorString();
            return;
        }
        const Result result = writeMatching(store, filter, path, format);
        outcome->count = result.count;
        outcome->error = result.failure == Result::Failure::Read
            ? QCoreApplication::translate("LogExportFile", "the request log could not be read")
            : result.error;
    });
    thread->setObjectName(QStringLiteral("logExport"));
    QObject::connect(thread, &QThread::finished, context, [thread, outcome, done = std::move(done)] {
        thread->deleteLater();
        done(outcome->count, outcome->error);
    });
    thread->start();
    return thread;
}

} // namespace LogExportFile
