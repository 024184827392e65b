#include "logexportfile.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QThread>

#include <memory>

namespace {
using Add = std::function<bool(const RequestRecord &)>;

// source(add) feeds every record to add() until it returns false; source returns false when it could not
// read them all.
int writeFrom(const QString &path, LogExport::Format format, const std::function<bool(const Add &)> &source,
              QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return -1;
    }
    LogExport::Writer writer(&file, format);
    bool written = writer.begin();
    const bool read = written && source([&writer, &written](const RequestRecord &record) {
                          written = writer.add(record);
                          return written;
                      });
    written = written && writer.finish();
    if (!written || !read) {
        *error = !written ? writer.errorString()
                          : QCoreApplication::translate("LogExportFile", "the request log could not be read");
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return -1;
    }
    return writer.count();
}
} // namespace

namespace LogExportFile {

int write(const QString &path, LogExport::Format format, const QList<RequestRecord> &records, QString *error)
{
    return writeFrom(
        path, format,
        [&records](const Add &add) {
            for (const RequestRecord &record : records) {
                if (!add(record))
                    break; // the writer's error is reported
            }
            return true;
        },
        error);
}

QThread *startMatching(const QString &databasePath, const RequestLogFilter &filter, const QString &path,
                       LogExport::Format format, QObject *context,
                       std::function<void(int count, const QString &error)> done)
{
    struct Result
    {
        int count = -1;
        QString error;
    };
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, databasePath, filter, path, format] {
        RequestLogStore store;
        store.setRetention({0, 0}); // an export never prunes
        if (!store.open(databasePath)) {
            result->error = store.errorString();
            return;
        }
        result->count = writeFrom(
            path, format, [&store, &filter](const Add &add) { return store.forEach(filter, add); }, &result->error);
    });
    thread->setObjectName(QStringLiteral("logExport"));
    QObject::connect(thread, &QThread::finished, context, [thread, result, done = std::move(done)] {
        thread->deleteLater();
        done(result->count, result->error);
    });
    thread->start();
    return thread;
}

} // namespace LogExportFile
