#pragma once

#include "endpointtable.h"
#include "regiondetector.h"
#include "workspace.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

// "Data and Privacy": the selected workspace's account region by name and code, data center, workspace
// ID (environment_id), the Track API and App API hosts of that region from the endpoint table, when and
// through which host it was verified, and the route in use. A failed detection reads "Unknown" with the
// reason: the panel never falls back to the US.
class RegionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegionPanel(QWidget *parent = nullptr);

    void showEmpty(const QString &hint);
    void showChecking(const Workspace &workspace);
    void showDetected(const Workspace &workspace, const RegionInfo &info, const EndpointTable &endpoints);
    // endpoints may be null when no endpoint table is usable. A region stored before (workspace.region) is
    // shown as "last seen", never as the region now.
    void showUnknown(const Workspace &workspace, const QString &reason, const EndpointTable *endpoints);

    QString regionText() const;
    QString stateText() const;

private:
    // verified: the region was confirmed by the last check (else workspace.region is only "last seen").
    static QString routeText(const Workspace &workspace, const EndpointTable *endpoints, bool verified);
    QLabel *valueLabel(const QString &objectName, const QString &accessibleName);
    void setRegion(Region region, const QString &text);
    void setState(const QString &text, const QString &color);
    void setDetails(const QStringList &values);

    QLabel *m_badge;
    QLabel *m_region;
    QLabel *m_state;
    QLabel *m_workspace;
    QLabel *m_dataCenter;
    QLabel *m_workspaceId;
    QLabel *m_siteId;
    QLabel *m_trackHost;
    QLabel *m_appHost;
    QLabel *m_route;
};
