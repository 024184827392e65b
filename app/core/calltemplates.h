#pragma once

#include "trackcall.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// A call as the admin composed it, text as typed (the JSON is kept unparsed, so a half-written payload
// is saved as it is). Holds no secret: credentials are never part of a call.
struct ComposedCall
{
    enum class Via { Detected, Us, Eu };

    CallKind kind = CallKind::Event;
    QString identifier; // person, anonymous ID, or merge's primary person
    QString secondary; // merge's secondary person
    QString name; // event name, page URL or screen name
    QString deviceId;
    QString platform; // "ios" or "android"
    QString json; // attributes, event data or the Track v2 body, as typed
    std::optional<qint64> timestamp; // Unix seconds
    Via via = Via::Detected;

    // {"call":"event","identifier","secondary","name","device_id","platform","json","timestamp"?,
    //  "via":"detected"|"us"|"eu"}; empty strings are left out.
    QJsonObject toJson() const;
    // Unknown keys are ignored; an unknown "call" or "via" gives nothing.
    static std::optional<ComposedCall> fromJson(const QJsonObject &object);

    friend bool operator==(const ComposedCall &a, const ComposedCall &b) { return a.toJson() == b.toJson(); }
};

// Named payloads saved per workspace, and the last composed call, in the console's settings
// (QSettings INI; groups "templates/<workspace>" and "composer"). Template names: 1 to MaxNameLength
// characters, not blank, unique per workspace (saving under an existing name replaces it).
class CallTemplates
{
public:
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxTemplatesPerWorkspace = 200;

    explicit CallTemplates(QSettings *settings);

    QStringList names(const QString &workspace) const; // sorted, case-insensitively
    std::optional<ComposedCall> load(const QString &workspace, const QString &name) const;
    // Returns an error naming the field and the limit, or "" once saved.
    QString save(const QString &workspace, const QString &name, const ComposedCall &call);
    void remove(const QString &workspace, const QString &name);
    // Every template of a workspace, when the workspace is removed.
    void removeWorkspace(const QString &workspace);
    // Every template of a workspace moves with it when it is renamed.
    void renameWorkspace(const QString &from, const QString &to);

    std::optional<ComposedCall> lastComposed() const;
    void setLastComposed(const ComposedCall &call);

private:
    static QString group(const QString &workspace);
    QSettings *m_settings;
};
