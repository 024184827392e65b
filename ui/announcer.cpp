#include "announcer.h"

#include "consolesession.h"
#include "regiondetector.h"
#include "requestrecord.h"

#include <QAccessible>
#include <QAccessibleEvent>

Announcer::Announcer(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("liveAnnouncement"));
    setAccessibleName(tr("Latest result"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QSize Announcer::sizeHint() const
{
    return QLabel::sizeHint().boundedTo(QSize(fontMetrics().averageCharWidth() * 48, QWIDGETSIZE_MAX));
}

QSize Announcer::minimumSizeHint() const
{
    // A long result never widens the window; the tooltip has it whole.
    return {0, QLabel::minimumSizeHint().height()};
}

void Announcer::follow(ConsoleSession *session)
{
    connect(session, &ConsoleSession::callFinished, this, [this](const RequestRecord &record) {
        if (record.call != CallKind::Region && record.call != CallKind::AppKeyCheck)
            announce(callText(record));
    });
    connect(session, &ConsoleSession::regionCheckFinished, this,
            [this](const QString &workspace, const RegionInfo &info) { announce(regionText(workspace, info)); });
}

void Announcer::announce(const QString &text)
{
    setText(text);
    setToolTip(text);
    // Qt 6.4 has no announcement event; a screen reader reads a status line whose name changed.
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(text);
}

QString Announcer::callText(const RequestRecord &record)
{
    const QString call = callName(record.call);
    if (record.outcome == RequestRecord::Outcome::Success)
        return tr("%1 call to %2 succeeded: HTTP %3").arg(call, record.workspace).arg(record.status);
    if (record.status != 0)
        return tr("%1 call to %2 failed: HTTP %3").arg(call, record.workspace).arg(record.status);
    return tr("%1 call to %2 failed: %3").arg(call, record.workspace, record.error);
}

QString Announcer::regionText(const QString &workspace, const RegionInfo &info)
{
    if (!info.ok)
        return tr("Region check of %1 failed: %2").arg(workspace, info.error);
    return tr("%1 is in the %2 region (verified)").arg(workspace, regionCode(info.region).toUpper());
}
