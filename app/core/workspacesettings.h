#pragma once

#include "workspace.h"

#include <QString>

class QSettings;

// The settings side of adding, editing and removing a workspace, written and then verified on disk:
//   - its metadata (WorkspaceRepository, array "workspaces"), which holds what was learned from its
//     credentials (region, workspace ID, when and through which host);
//   - its call templates (CallTemplates, group "templates");
//   - the window's remembered selection (lastSelectedKey()).
// Used by WorkspaceAdder, WorkspaceEditor and WorkspaceRemover; the window and the command line do not
// write these keys themselves when a workspace is added, edited or removed.
//
// Verification: QSettings writes its file on sync() and reports a failed write (a read-only file, a
// directory that cannot be created or written, a full disk) as status() == AccessError after it. That
// status is kept for the object's life, so an error left from an earlier failed write would fail every
// later one on a long-lived QSettings (the window's): a failed status is confirmed by a second QSettings
// on the same file, which shares the first one's unsaved changes (Qt keeps one in-memory copy per file
// and process) and reports only for its own sync.
//
// Session-only workspaces (Workspace::sessionOnly) live in memory only: for them nothing is read or
// written and every call succeeds.
class WorkspaceSettings
{
public:
    // settings: an INI-format QSettings on a file (AppIdentity::settingsPath() in the console). Not owned.
    explicit WorkspaceSettings(QSettings *settings);

    // "window/workspace": the name of the workspace the window showed last.
    static QString lastSelectedKey();

    QString fileName() const;

    // "" when the settings file can be written now: it exists and opens for writing, or its directory
    // exists (or can be created) and accepts a new file. Otherwise a sentence naming the file and why not.
    // Nothing in the file changes; the directory may be created.
    QString checkWritable() const;

    // Each call makes its change, writes the file and checks the write. "" once the file holds the change.
    // Otherwise a sentence naming the file and why ("could not write the settings file <path> (<why>)"),
    // and the in-memory settings are put back as they were, so that a later write (the window's geometry,
    // say) does not store half of a change the caller reports as not made.

    // Lists a new workspace (replacing a listed one of the same name).
    QString add(const Workspace &workspace);
    // The workspace named before.name becomes `after`, in its place in the list; its templates and the
    // remembered selection follow a new name.
    QString replace(const Workspace &before, const Workspace &after);
    // Unlists the workspace and drops its templates and, when it is the one, the remembered selection.
    QString remove(const Workspace &workspace);

private:
    struct Snapshot;
    Snapshot snapshot() const;
    void restore(const Snapshot &snapshot);
    // Writes the file and verifies it; on failure restores `before` and returns the sentence.
    QString commit(const Snapshot &before);
    bool written() const;
    QString whyUnwritable() const;
    QString failure(const QString &why) const;

    QSettings *m_settings;
};
