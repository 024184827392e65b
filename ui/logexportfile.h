#pragma once

#include "logexport.h"
#include "requestlogstore.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;
class QThread;

// Request log exports to files. A file is replaced only once the export is complete (QSaveFile): a failed
// export leaves whatever was there before.
namespace LogExportFile {

// Writes records to path; returns the number of calls written, or -1 with *error.
int write(const QString &path, LogExport::Format format, const QList<RequestRecord> &records, QString *error);

// Streams every call matching filter, oldest first, from the database at databasePath to path, on a worker
// thread with its own connection (Qt SQL connections are per thread), so that an export of the whole
// history never freezes the window. done(count, error) runs on context's thread once the thread ended
// (count -1: failed). The returned thread is started and deletes itself after done; wait() on it before
// destroying context if it may still run.
QThread *startMatching(const QString &databasePath, const RequestLogFilter &filter, const QString &path,
                       LogExport::Format format, QObject *context,
                       std::function<void(int count, const QString &error)> done);

} // namespace LogExportFile
