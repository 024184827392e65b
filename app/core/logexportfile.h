#pragma once

#include "logexport.h"
#include "requestlogstore.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;
class QObject;
class QThread;

// Request log exports written out: to a file, replaced only once the export is complete (QSaveFile: a
// failed export leaves whatever was there before), or to an open device such as stdout. The window's
// Export actions and the CLI's `log export` both write through here; the formats are LogExport's.
namespace LogExportFile {

// What an export came to.
struct Result
{
    enum class Failure {
        None,
        File, // the file could not be created or replaced; error: the file system's reason
        Write, // the export could not be written (a full disk, a closed pipe...); error: the device's reason
        Read, // the request log could not be read; error: the store's reason
    };
    int count = -1; // calls written; -1 when it failed
    Failure failure = Failure::None;
    QString error;

    bool ok() const { return failure == Failure::None; }
};

// Writes records to path; returns the number of calls written, or -1 with *error.
int write(const QString &path, LogExport::Format format, const QList<RequestRecord> &records, QString *error);

// Streams every call of store (open, used from this thread) matching filter, oldest first, to path, one
// call at a time: memory stays flat whatever the history.
Result writeMatching(const RequestLogStore &store, const RequestLogFilter &filter, const QString &path,
                     LogExport::Format format);
// The same to an open device; what was written stays when it fails.
Result writeMatching(const RequestLogStore &store, const RequestLogFilter &filter, QIODevice *device,
                     LogExport::Format format);

// writeMatching() to path from the database at databasePath, on a worker thread with its own connection (Qt
// SQL connections are per thread), so that an export of the whole history never freezes the window.
// done(count, error) runs on context's thread once the thread ended (count -1: failed). The returned
// thread is started and deletes itself after done; wait() on it before destroying context if it may still
// run.
QThread *startMatching(const QString &databasePath, const RequestLogFilter &filter, const QString &path,
                       LogExport::Format format, QObject *context,
                       std::function<void(int count, const QString &error)> done);

} // namespace LogExportFile
